"""Proposals from different articles that report the same event, grouped.

Two proposals are the same event when their kinds match, their date intervals overlap, and they
share enough actors and content words (Jaccard similarity). Groups are the connected components
of that relation, with one more condition: all the dates of a group share at least one day. Works on Candidates, dicts or model instances alike: anything with kind,
earliest, latest, actors and quote, as attributes or keys.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any

THRESHOLD = 0.2

_STOPWORDS = frozenset(
    """
    a about above after again against all also an and any are around as at be been before being both but by
    can could did do does during each either few for from further had has have having he her here hers him his
    how i if in into is it its itself just more most no nor not now of off on once only or other our out over
    own same she should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    said says say told according officials official statement reported reports added spokesman spokeswoman
    mr mrs ms new two three one first second third last next later earlier week weeks month months year years
    day days hours hour time local morning afternoon evening night today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb aug sept sep oct nov dec
    """.split()
)
_WORD = re.compile(r"[a-z][a-z\-]+")
# Words that say the same thing in different articles.
_SYNONYMS = {
    "cease-fire": "ceasefire", "truce": "ceasefire", "pause": "ceasefire", "armistice": "ceasefire",
    "shelling": "shell", "shelled": "shell", "shells": "shell", "killed": "kill", "killing": "kill",
    "died": "kill", "dead": "kill", "deaths": "kill",
}


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _date(value: Any) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def content_words(text: str) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        word = _SYNONYMS.get(word, word)
        if word in _STOPWORDS or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        words.add(word)
    return frozenset(words)


def jaccard(first: Iterable, second: Iterable) -> float:
    first, second = set(first), set(second)
    if not first and not second:
        return 0.0
    return len(first & second) / len(first | second)


def group_key(item: Any) -> str:
    """A coarse blocking key: only proposals with the same key can be the same event."""
    return _get(item, "kind") or "other"


def dates_overlap(first: Any, second: Any) -> bool:
    first_start, first_end = _date(_get(first, "earliest")), _date(_get(first, "latest"))
    second_start, second_end = _date(_get(second, "earliest")), _date(_get(second, "latest"))
    if None in (first_start, first_end, second_start, second_end):
        return False
    return first_start <= second_end and second_start <= first_end


def similarity(first: Any, second: Any) -> float:
    """0..1: half shared actors, half shared content words of the quotes (words only if neither names an actor)."""
    words = jaccard(content_words(_get(first, "quote", "")), content_words(_get(second, "quote", "")))
    first_actors, second_actors = set(_get(first, "actors") or ()), set(_get(second, "actors") or ())
    if not first_actors and not second_actors:
        return words
    return 0.5 * jaccard(first_actors, second_actors) + 0.5 * words


def same_event(first: Any, second: Any, threshold: float = THRESHOLD) -> bool:
    return (
        group_key(first) == group_key(second)
        and dates_overlap(first, second)
        and similarity(first, second) >= threshold
    )


def matches(proposal: Any, others: Iterable, threshold: float = THRESHOLD) -> list:
    """The others that report the same event as `proposal`, most similar first (for "attach as sources")."""
    found = [other for other in others if other is not proposal and same_event(proposal, other, threshold)]
    return sorted(found, key=lambda other: -similarity(proposal, other))


def group(items: Iterable, threshold: float = THRESHOLD) -> list[list]:
    """Group (id, proposal) pairs into lists of ids, each list one event, in order of first appearance.

    Items may also be proposals with an `id` (or `pk`) of their own. Singletons are returned too.
    """
    pairs = [_with_id(item) for item in items]
    parent = list(range(len(pairs)))
    # Each group keeps the days common to all its members, so a month-wide "this month" cannot chain
    # two different days' events together.
    common = [(_date(_get(proposal, "earliest")), _date(_get(proposal, "latest"))) for _, proposal in pairs]

    def find(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    buckets: dict[str, list[int]] = {}
    for index, (_, proposal) in enumerate(pairs):
        buckets.setdefault(group_key(proposal), []).append(index)
    for members in buckets.values():
        members.sort(key=lambda index: _date(_get(pairs[index][1], "earliest")) or datetime.date.max)
        for position, index in enumerate(members):
            latest = _date(_get(pairs[index][1], "latest"))
            for other in members[position + 1:]:
                other_start = _date(_get(pairs[other][1], "earliest"))
                if latest is None or other_start is None or other_start > latest:
                    break
                if not same_event(pairs[index][1], pairs[other][1], threshold):
                    continue
                root, other_root = find(index), find(other)
                if root == other_root:
                    continue
                start = max(common[root][0], common[other_root][0])
                end = min(common[root][1], common[other_root][1])
                if start <= end:
                    parent[other_root] = root
                    common[root] = (start, end)

    groups: dict[int, list] = {}
    for index, (identifier, _) in enumerate(pairs):
        groups.setdefault(find(index), []).append(identifier)
    return list(groups.values())


def _with_id(item: Any) -> tuple[Any, Any]:
    if isinstance(item, tuple) and len(item) == 2:
        return item
    identifier = _get(item, "id")
    if identifier is None:
        identifier = _get(item, "pk")
    return identifier, item
