"""Turning uploaded bytes into article text (no Django): decoding, and HTML to plain text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser


class ExtractionError(ValueError):
    """The file cannot be read as an article; the message says why, for the editor."""


def decode(data: bytes, filename: str = "the file") -> str:
    if b"\x00" in data[:8192]:
        raise ExtractionError(f"{filename} looks like a binary file; upload plain text (.txt) or HTML (.html).")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionError(f"{filename} is not valid UTF-8 text; save it as UTF-8 and upload it again.")


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form", "iframe"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
          "header", "tr", "figcaption", "pre", "ul", "ol", "table", "main"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """Return (title, text) of an HTML page; the text keeps paragraphs as blank-line-separated blocks."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(parser.parts)):
        line = " ".join(block.split())
        if line:
            paragraphs.append(line)
    title = " ".join(html.unescape("".join(parser.title_parts)).split())
    return title, "\n\n".join(paragraphs)


def looks_like_html(filename: str, text: str) -> bool:
    if filename.lower().endswith((".html", ".htm")):
        return True
    return bool(re.match(r"\s*(<!doctype html|<html)", text, re.IGNORECASE))
