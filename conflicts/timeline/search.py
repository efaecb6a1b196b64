"""Search terms and the text they are matched against.

PostgreSQL matches a `websearch_to_tsquery` against a GIN-indexed `to_tsvector` of the event's
search text; SQLite, which has no such thing, matches every term as a substring (quoted phrases
kept whole, `-word` excluded) of the same text, folded the same way."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_QUERY = 200
TERM = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')
# The expression of the GIN index (migration 0005); the query must repeat it exactly to use it.
TSVECTOR_SQL = "to_tsvector('english'::regconfig, COALESCE(\"conflicts_event\".\"search_text\", ''))"


@dataclass(frozen=True)
class Terms:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)


def fold(text: str) -> str:
    """Lower case without accents, so that 'Shushi' finds 'ŞUŞİ' and SQLite's LIKE can compare."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def printable(raw: str) -> str:
    """Without control characters (a NUL would make PostgreSQL refuse the query)."""
    return "".join(char for char in raw if unicodedata.category(char) != "Cc" or char.isspace())


def clean_query(raw: str) -> str:
    return " ".join(printable(raw).split())[:MAX_QUERY]


def parse_terms(raw: str) -> Terms:
    include, exclude = [], []
    for negated_phrase, phrase, negated_word, word in TERM.findall(clean_query(raw)):
        text = fold(phrase or word).strip("\"'.,;:!?()")
        if not text or text.upper() == "OR":
            continue
        (exclude if (negated_phrase or negated_word) else include).append(text)
    return Terms(tuple(include), tuple(exclude))


def search_text(parts: Iterable[str]) -> str:
    return fold(" \n".join(part for part in parts if part))
