"""Uploads of .md, .pdf and .docx articles, and reading them without Django."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conflicts.importing.extract import ExtractionError
from conflicts.importing.files import markdown_to_text, read_document
from conflicts.models import Article

URL = reverse("conflicts:import")
TEXT = "STEPANAKERT - Shelling hit the regional capital on Sunday, officials said."


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF with a text layer, written by hand so the tests need no PDF writer."""
    operations = " ".join(f"({line}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {operations} ET".encode()
    info = f"<< /Title ({title}) >>".encode() if title else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_markdown():
    title, text = read_document(
        "# Truce agreed\n\nA truce was agreed on **Saturday**, [officials](https://x.example) said.\n\n- Talks resume Monday.".encode(),
        "truce.md")

    assert title == "Truce agreed"
    assert text == "A truce was agreed on Saturday, officials said.\n\nTalks resume Monday."
    assert markdown_to_text("No heading here.") == ("", "No heading here.")


def test_it_reads_a_pdf_text_layer():
    title, text = read_document(make_pdf([TEXT, "The offensive began on Sept. 27."], title="Shelling"), "report.pdf")

    assert title == "Shelling"
    assert "Shelling hit the regional capital on Sunday" in text and "Sept. 27" in text


def test_it_reads_a_word_document():
    title, text = read_document(make_docx("Shelling hits Stepanakert", [TEXT, "The offensive began on Sept. 27."]), "a.docx")

    assert title == "Shelling hits Stepanakert"
    assert text == TEXT + "\n\nThe offensive began on Sept. 27."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("report.pdf", b"%PDF-1.4 garbage", "cannot be read as a PDF"),
     ("scan.pdf", make_pdf([]), "has no text layer"),
     ("a.docx", b"PK\x03\x04 not really a zip", "cannot be read as a Word document"),
     ("a.docx", b"plain text", "cannot be read as a Word document"),
     ("sheet.xlsx", b"PK", "is not a .txt, .md, .html, .pdf or .docx file")],
)
def test_unreadable_documents_say_why(name, data, message):
    with pytest.raises(ExtractionError, match=message):
        read_document(data, name)


def form_data(conflict, upload):
    return {"conflict": conflict.pk, "title": "", "outlet": "Demo Desk", "url": "", "published": "2020-10-04",
            "text": "", "file": upload}


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [("a.pdf", make_pdf([TEXT], title="From a PDF"), "From a PDF"),
     ("a.docx", make_docx("From Word", [TEXT]), "From Word"),
     ("a.md", f"# From Markdown\n\n{TEXT}".encode(), "From Markdown")],
)
def test_the_form_imports_pdf_word_and_markdown(editor_client, conflict, name, data, title):
    response = editor_client.post(URL, form_data(conflict, SimpleUploadedFile(name, data)))

    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == title and "Shelling hit the regional capital" in article.text
    assert article.proposals.filter(phrase="Sunday", earliest=datetime.date(2020, 10, 4)).exists()


def test_a_broken_upload_is_a_400_and_nothing_is_saved(editor_client, conflict):
    response = editor_client.post(URL, form_data(conflict, SimpleUploadedFile("a.docx", b"not a docx")))

    assert response.status_code == 400
    assert "cannot be read as a Word document" in response.content.decode()
    assert Article.objects.count() == 0
