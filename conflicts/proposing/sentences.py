"""Sentence splitting for news text, with exact character offsets.

A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) before
whitespace and an upper-case letter, digit or opening quote, unless the word before the
period is a known abbreviation ("Sept.", "Mr.", "U.S.") or an initial ("Vladimir V. Putin").
Blank lines always end a sentence; a single line break ends one after a line that looks
like a headline. Lines without closing punctuation (section names, headlines, "Source: ...")
are marked as headlines, and a dateline ("MOSCOW —") is left out of the sentence it opens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr hon pres
    no nos vs etc approx est dept univ corp inc ltd co ft mt messrs mmes mlle sens reps gens govs bros
    ave blvd rd fig al vol cf op
    """.split()
)
# Multi-period abbreviations such as U.S., U.N., a.m., p.m. are recognised by shape.
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
# "MOSCOW —", "STEPANAKERT, Nagorno-Karabakh —", "KYIV, Ukraine (Reuters) -": an upper-case place,
# an optional region and agency, then a dash.
_DATELINE = re.compile(
    r"""[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][\w.'’\- ]{1,40})?(?:\s+\([^)]{1,30}\))?\s*(?:—|–|--|-)\s+"""
)
# A dateline on a line of its own ("INDEPENDENCE, MO. (AP)--") or a section label ("KENYA:").
_DATELINE_LINE = re.compile(
    r"""[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][\w.'’\- ]{1,40})?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--|-|:)?\s*"""
)
# After "a.m."/"p.m." these words go on with the same sentence: "at 5 p.m. Wednesday", "8 a.m. EST".
_AFTER_TIME = frozenset(
    """
    moscow local gmt utc eastern kyiv est edt cst cdt pst pdt et bst cet cest msk
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    jan feb march april may june july aug sept oct nov dec january february august september october november december
    """.split()
)
_CLOSE_QUOTES = "”\""
_AM_PM = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?(\w+)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    headline: bool = False
    paragraph: int = 0


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        for line_start, line_end, headline in _lines(text, block_start, block_end):
            if headline:
                _append(sentences, text, line_start, line_end, headline=True, paragraph=paragraph)
                continue
            line_start = _skip_dateline(text, line_start, line_end)
            start = line_start
            for match in _BOUNDARY.finditer(text, line_start, line_end):
                if _is_abbreviation(text, start, match.start(), match.end()) or _inside_quotation(
                    text, start, match.end(), line_end
                ):
                    continue
                _append(sentences, text, start, match.end(), paragraph=paragraph)
                start = match.end()
            _append(sentences, text, start, line_end, paragraph=paragraph)
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence that holds `offset` (sentences in text order, as split_sentences gives them)."""
    index = bisect.bisect_right([sentence.start for sentence in sentences], offset) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def lead_sentence(sentences: list[Sentence]) -> Sentence | None:
    """The first sentence of the body: after headlines, section names and the dateline."""
    for sentence in sentences:
        if not sentence.headline:
            return sentence
    return None


def _blocks(text: str):
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _lines(text: str, start: int, end: int):
    """Runs of prose lines, and headline-like lines on their own (a title above the body, "Source: ...")."""
    run_start = None
    line_start = start
    while line_start < end:
        newline = text.find("\n", line_start, end)
        line_end = end if newline == -1 else newline
        line = text[line_start:line_end].strip()
        if line and _looks_like_headline(line) and (newline != -1 or run_start is None):
            if run_start is not None:
                yield run_start, line_start, False
                run_start = None
            yield line_start, line_end, True
        elif line and run_start is None:
            run_start = line_start
        line_start = line_end + 1
    if run_start is not None:
        yield run_start, end, False


def _looks_like_headline(line: str) -> bool:
    if _DATELINE_LINE.fullmatch(line):
        return True
    if line[-1] in ".!?”\"’':;,":
        return False
    if _DATELINE.match(line + " "):
        return False
    words = line.split()
    if len(words) > 20:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return len(words) <= 4 or capitalised / len(words) >= 0.6


def _skip_dateline(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    match = _DATELINE.match(text, start, end)
    if match and any(c.islower() for c in text[match.end():match.end() + 40]):
        return match.end()
    return start


def _is_abbreviation(text: str, start: int, period: int, boundary_end: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period + 1].lstrip("(\"'“‘")
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    if _AM_PM.search(word):
        # "at 3 a.m. Officials said" ends a sentence; "at 3 a.m. Moscow time" does not.
        following = _NEXT_WORD.match(text, boundary_end)
        return bool(following) and following.group(1).lower() in _AFTER_TIME
    if _DOTTED.search(word):
        # News style keeps "the U.S. Army" together; a sentence ending in "U.S." is rarer.
        return True
    # A single capital letter is an initial: "Vladimir V. Putin".
    return len(bare) == 1 and bare.isalpha() and word[0].isupper()


def _inside_quotation(text: str, start: int, boundary: int, line_end: int) -> bool:
    """True when the boundary falls inside a quotation that goes on to a speech tag ("..., he said").

    “We will fight. We will win,” he said.  stays one sentence, so the quote keeps its speaker.
    """
    before = text[start:boundary]
    opened = before.count("“") + (before.count('"') % 2)
    closed = before.count("”")
    if opened <= closed:
        return False
    closing = _find_closing_quote(text, boundary, line_end)
    if closing == -1:
        return False
    return text[closing - 1] == "," and text[boundary:closing].count("“") == 0


def _find_closing_quote(text: str, start: int, end: int) -> int:
    for index in range(start, min(end, start + 600)):
        if text[index] in _CLOSE_QUOTES and (index + 1 == end or not text[index + 1].isalnum()):
            return index
    return -1


def _append(sentences: list[Sentence], text: str, start: int, end: int, *, headline: bool = False,
            paragraph: int = 0) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end], headline=headline, paragraph=paragraph))
