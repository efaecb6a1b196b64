"""Reading uploaded documents (no Django): .txt, .md, .html, and .pdf (pypdf) and .docx (python-docx)."""

from __future__ import annotations

import io
import re
import zipfile

from .extract import ExtractionError, decode, html_to_text, looks_like_html

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + (".pdf", ".docx")
MAX_PDF_PAGES = 200


def read_document(data: bytes, filename: str) -> tuple[str, str]:
    """Return (title, text) of an uploaded file; the title may be empty."""
    name = filename.lower()
    if name.endswith(".pdf"):
        return _read_pdf(data, filename)
    if name.endswith(".docx"):
        return _read_docx(data, filename)
    if not name.endswith(TEXT_SUFFIXES):
        raise ExtractionError(f"{filename} is not a .txt, .md, .html, .pdf or .docx file.")
    raw = decode(data, filename)
    if looks_like_html(filename, raw):
        return html_to_text(raw)
    if name.endswith((".md", ".markdown")):
        return markdown_to_text(raw)
    return "", raw


def markdown_to_text(raw: str) -> tuple[str, str]:
    """Markdown's markup is dropped; a leading '# heading' becomes the title."""
    title = ""
    lines = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            if not title:
                title = heading.group(1)
                continue
            line = heading.group(1)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)  # images
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links
        line = re.sub(r"(\*\*|__|`)(.+?)\1", r"\2", line)
        line = re.sub(r"^\s{0,3}(?:[-*+]|>)\s+", "", line)
        lines.append(line)
    return title, "\n".join(lines).strip()


def _read_pdf(data: bytes, filename: str) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ExtractionError(f"{filename} is an encrypted PDF; remove the password and upload it again.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ExtractionError(f"{filename} has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}.")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "")
    except ExtractionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ExtractionError(
            f"{filename} is not a .txt or .html file, and it cannot be read as a PDF ({type(error).__name__})."
        ) from None
    text = "\n\n".join(" ".join(block.split()) for page in pages for block in re.split(r"\n\s*\n", page) if block.strip())
    if not text:
        raise ExtractionError(f"{filename} has no text layer (a scanned PDF?); paste the text instead.")
    return title, text


def _read_docx(data: bytes, filename: str) -> tuple[str, str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExtractionError(f"{filename} cannot be read as a Word document ({type(error).__name__}).") from None
    except Exception as error:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise ExtractionError(f"{filename} cannot be read as a Word document ({type(error).__name__}).") from None
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    title = document.core_properties.title or ""
    if not title and document.paragraphs:
        first = next((p for p in document.paragraphs if p.text.strip()), None)
        if first is not None and first.style is not None and first.style.name.lower().startswith(("title", "heading")):
            title = first.text.strip()
            paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ExtractionError(f"{filename} has no text.")
    return title, "\n\n".join(paragraphs)
