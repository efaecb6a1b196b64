"""Reading a fetched web page (no Django): decoding its bytes, extracting the article's title, outlet
and main text without the site's navigation, and guessing its publication date."""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .extract import ExtractionError, html_to_text
from .published import DateGuess, find_published

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.IGNORECASE)
MIN_TEXT_CHARS = 80


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    outlet: str
    text: str
    language: str = ""
    dates: list[DateGuess] = field(default_factory=list)
    encoding_note: str = ""

    @property
    def published(self) -> DateGuess | None:
        return self.dates[0] if self.dates else None


def decode_html(body: bytes, declared: str = "") -> tuple[str, str]:
    """Return (markup, note). Tries the charset the server declared, then the page's own <meta>, then
    UTF-8, then a detector; a page in a broken encoding is read with replacement characters and a note
    rather than refused."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), ""
    if body[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return body.decode("utf-16", "replace"), ""
    meta = _META_CHARSET.search(body[:4096])
    candidates = [declared, meta.group(1).decode("ascii", "ignore") if meta else "", "utf-8"]
    for name in candidates:
        try:
            encoding = codecs.lookup(name.strip().lower()).name if name else ""
        except LookupError:
            continue
        if encoding:
            try:
                return body.decode(encoding), ""
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, "replace"), f"The page's declared encoding was wrong; read it as {best.encoding}."
    return body.decode("utf-8", "replace"), "The page is not valid text in any encoding tried; unreadable characters were replaced."


def read_page(markup: str, url: str = "", encoding_note: str = "") -> Page:
    """Extract an article from the markup of a news page."""
    if not markup.strip():
        raise ExtractionError("The page is empty.")
    markup = strip_xml_declaration(markup)
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        raise ExtractionError("The page could not be parsed as HTML.") from None
    document = _trafilatura(markup, url)
    text = (document.text or "").strip() if document else ""
    if len(text) < MIN_TEXT_CHARS:
        # Short pages defeat trafilatura's boilerplate model; fall back to the plain reader.
        text = max(_plain_text(markup), text, key=len)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractionError("No article text was found on the page.")
    meta = _metadata(tree)
    title = meta.get("title") or (document.title if document and document.title else "") or _title_tag(tree)
    text = _paragraphs(text, title)
    sitename = document.sitename if document and document.sitename else ""
    if sitename == urlsplit(url).netloc:
        sitename = ""  # trafilatura falls back to the host and port; the host alone reads better
    outlet = meta.get("outlet") or sitename or _host(url)
    title = _strip_site_suffix(title, outlet)
    language = (tree.get("lang") or (document.language if document else "") or "").split("-")[0].lower()
    dates = find_published(markup, url, text)
    return Page(url, " ".join(title.split())[:500], " ".join(outlet.split())[:200], text, language, dates, encoding_note)


def strip_xml_declaration(markup: str) -> str:
    """lxml refuses a str that still declares its byte encoding (XHTML pages do)."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)


def _trafilatura(markup: str, url: str):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # the extractor parses arbitrary markup; our own reader takes over when it fails
        return None


def _paragraphs(text: str, title: str) -> str:
    """Paragraphs separated by blank lines, without the headline repeated as the first one."""
    paragraphs = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _plain_text(markup: str) -> str:
    _, text = html_to_text(markup)
    return text


def _metadata(tree) -> dict:
    found = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key in ("og:site_name", "application-name", "publisher") and value:
            found.setdefault("outlet", value)
        elif key in ("og:title", "twitter:title") and value:
            found.setdefault("title", value)
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data if isinstance(data, list) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            if item.get("headline") and isinstance(item["headline"], str):
                found.setdefault("title", item["headline"])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("outlet", publisher["name"])
    return found


def _title_tag(tree) -> str:
    titles = tree.xpath("//title")
    return titles[0].text_content() if titles else ""


def _strip_site_suffix(title: str, outlet: str) -> str:
    if outlet:
        for separator in (" | ", " - ", " — ", " – ", " :: "):
            if title.endswith(separator + outlet):
                return title[: -len(separator + outlet)]
    return title


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
