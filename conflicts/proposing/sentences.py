"""Sentence splitting for news text, with exact character offsets.

A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) before
whitespace and an upper-case letter, digit or opening quote, unless the word before the
period is a known abbreviation ("Sept.", "Mr.", "U.S.") or an initial ("Vladimir V. Putin").
Blank lines always end a sentence, so headlines and datelines stand alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr hon pres
    no vs etc approx est dept univ corp inc ltd co
    """.split()
)
# Multi-period abbreviations such as U.S., U.N., a.m., p.m. end in ".X." and are handled by shape.
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _BOUNDARY.finditer(text, block_start, block_end):
            if _is_abbreviation(text, start, match.start()):
                continue
            _append(sentences, text, start, match.end())
            start = match.end()
        _append(sentences, text, start, block_end)
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _blocks(text: str):
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_abbreviation(text: str, start: int, period: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period + 1].lstrip("(\"'“‘")
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    if _DOTTED.search(word):
        # "U.S." ends a sentence only when the next word could not continue it; news style keeps
        # "the U.S. Army" together, so treat it as an abbreviation unless the text ends a paragraph.
        return True
    # A single capital letter is an initial: "Vladimir V. Putin".
    return len(bare) == 1 and bare.isalpha() and word[0].isupper()


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))
