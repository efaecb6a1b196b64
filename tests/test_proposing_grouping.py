"""The same event reported by several articles is grouped; other events are not."""

import datetime

from conflicts.proposing import propose
from conflicts.proposing.grouping import (
    content_words,
    dates_overlap,
    group,
    group_key,
    matches,
    same_event,
    similarity,
)

# Four short reports: three on the first humanitarian truce (10 Oct 2020), two of which also report
# the shelling of Stepanakert the day before, and one on the second truce a week later.
ARTICLES = [
    ("moscow", datetime.date(2020, 10, 10),
     "MOSCOW — A humanitarian ceasefire between Armenia and Azerbaijan took effect in Nagorno-Karabakh at noon on "
     "Saturday, after all-night talks in Moscow mediated by Sergei Lavrov.\n\n"
     "Officials in Nagorno-Karabakh said Azerbaijani forces had shelled Stepanakert on Friday."),
    ("yerevan", datetime.date(2020, 10, 10),
     "YEREVAN — Armenia and Azerbaijan began observing a humanitarian truce in Nagorno-Karabakh on Saturday, "
     "agreed at talks hosted by Russia in Moscow.\n\n"
     "Stepanakert was shelled heavily by Azerbaijani forces on Friday, officials in Nagorno-Karabakh said."),
    ("baku", datetime.date(2020, 10, 11),
     "BAKU — The ceasefire agreed in Moscow between Azerbaijan and Armenia came into force in Nagorno-Karabakh "
     "on Saturday, the Russian Foreign Ministry said."),
    ("ganja", datetime.date(2020, 10, 18),
     "GANJA, Azerbaijan — A second humanitarian ceasefire between Armenia and Azerbaijan took effect at midnight "
     "on Saturday, the foreign ministries of both countries said."),
]


def _proposals():
    items = []
    for name, published, text in ARTICLES:
        for number, candidate in enumerate(propose(text, published)):
            items.append((f"{name}-{number}", candidate))
    return items


def test_it_groups_one_truce_reported_three_times():
    items = _proposals()
    kinds = {identifier: candidate.kind for identifier, candidate in items}
    groups = group(items)
    truce = next(g for g in groups if "moscow-0" in g)
    assert sorted(truce) == ["baku-0", "moscow-0", "yerevan-0"]
    assert {kinds[identifier] for identifier in truce} == {"ceasefire"}


def test_it_groups_the_shelling_apart_from_the_truce():
    groups = group(_proposals())
    assert ["moscow-1", "yerevan-1"] in groups


def test_the_second_truce_a_week_later_stands_alone():
    groups = group(_proposals())
    assert ["ganja-0"] in groups
    assert len(groups) == 3


def test_it_works_on_plain_dicts_with_iso_dates_and_ids():
    rows = [
        {"id": 1, "kind": "ceasefire", "earliest": "2020-10-10", "latest": "2020-10-10",
         "actors": ["Armenia", "Azerbaijan"], "quote": "A humanitarian truce took effect in Nagorno-Karabakh."},
        {"id": 2, "kind": "ceasefire", "earliest": "2020-10-01", "latest": "2020-10-31",
         "actors": ["Azerbaijan", "Armenia"], "quote": "The truce in Nagorno-Karabakh took effect this month."},
        {"id": 3, "kind": "escalation", "earliest": "2020-10-10", "latest": "2020-10-10",
         "actors": ["Armenia", "Azerbaijan"], "quote": "The truce in Nagorno-Karabakh was violated."},
        {"id": 4, "kind": "ceasefire", "earliest": "2020-10-26", "latest": "2020-10-26",
         "actors": ["Armenia", "Azerbaijan"], "quote": "A humanitarian truce took effect in Nagorno-Karabakh."},
    ]
    assert group(rows) == [[1, 2], [3], [4]]


def test_same_event_needs_the_same_kind_overlapping_dates_and_similar_words():
    truce = {"kind": "ceasefire", "earliest": datetime.date(2020, 10, 10), "latest": datetime.date(2020, 10, 10),
             "actors": ["Armenia", "Azerbaijan"], "quote": "A humanitarian truce took effect in Nagorno-Karabakh."}
    unrelated = dict(truce, actors=["Israel", "Hamas"], quote="Israel and Hamas agreed a pause in Gaza.")
    assert same_event(truce, dict(truce))
    assert not same_event(truce, dict(truce, kind="escalation"))
    assert not same_event(truce, dict(truce, earliest=datetime.date(2020, 10, 11), latest=datetime.date(2020, 10, 12)))
    assert not same_event(truce, unrelated)
    assert similarity(truce, unrelated) < similarity(truce, dict(truce))


def test_the_helpers():
    assert content_words("The cease-fire took effect on Saturday, officials said.") == {"ceasefire", "took", "effect"}
    assert group_key({"kind": "diplomacy"}) == "diplomacy"
    assert not dates_overlap({"earliest": None, "latest": None}, {"earliest": "2020-10-10", "latest": "2020-10-10"})


def test_matches_lists_the_same_event_most_similar_first():
    items = dict(_proposals())
    found = matches(items["moscow-0"], items.values())
    assert found[0] in (items["yerevan-0"], items["baku-0"])
    assert set(map(id, found)) == {id(items["yerevan-0"]), id(items["baku-0"])}
