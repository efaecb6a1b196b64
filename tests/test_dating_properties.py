"""Properties the tagger keeps on any text: it never raises, offsets slice the text, output is
sorted, non-overlapping and deterministic."""

import datetime as dt

import pytest

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conflicts.dating import lexicon, tag
from conflicts.dating.patterns import find_candidates

from .test_dating_cases import CASES as TABLE_CASES
from .test_dating_histories import CASES as HISTORY_CASES
from .test_dating_history_rounds import CASES as HISTORY_ROUND_CASES
from .test_dating_history_days import CASES as HISTORY_DAY_CASES
from .test_dating_rules import CASES as RULE_CASES
from .test_dating_news_rounds import CASES as NEWS_ROUND_CASES
from .test_dating_news_rounds_38_on import CASES as LATE_NEWS_ROUND_CASES
from .test_dating_world_news import CASES as WORLD_CASES

DATE_WORDS = [
    "Friday", "last", "month", "late", "Sept.", "27", "2020", "the", "early", "1990s", "ago", "two", "days",
    "next", "week", "this", "year", "quarter", "third", "a", "later", "earlier", "yesterday", "now", "p.m.",
    "10:35", "every", "decades", "for", "in", "on", "March", "May", "may", "-", ",", ".", "'s", "\n", "mid-",
    "summer", "of", "fiscal", "1/2", "9/27/2020", "2020-09-27", "night", "Thursday", "the next day", "ago.",
    "AD", "73", "c.", "1200", "then", "until", "the early hours", "8-month-old", "truce", "Q3", "3Q", "90s", "1st",
    "0800", "GMT", "twenties", "New", "Year's", "Day", "D-Day", "first light", "b.c.", "Fridays", "mornings",
    "Sundays", "evenings", "2020/10/10", "H1",
]
phrases = st.lists(st.sampled_from(DATE_WORDS), max_size=30).map(" ".join)
texts = st.one_of(st.text(max_size=300), phrases, st.lists(st.one_of(phrases, st.text(max_size=20)), max_size=6).map("".join))
dcts = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
FAST = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text, dct):
    found = tag(text, dct)
    previous_end = -1
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        if timex.earliest and timex.latest:
            assert timex.earliest <= timex.latest
        timex.as_dict()
    return found


@FAST
@given(texts, dcts)
def test_it_never_raises_and_offsets_slice_the_text(text, dct):
    check(text, dct)


@FAST
@given(phrases, dcts)
def test_it_is_deterministic(text, dct):
    assert tag(text, dct) == tag(text, dct)


@settings(max_examples=100, deadline=None)
@given(phrases, st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dated_values_lie_within_their_bounds_year(text, dct):
    for timex in check(text, dct):
        if timex.earliest and timex.value[:4].isdigit() and timex.precision in ("day", "month", "year"):
            assert timex.earliest.year == int(timex.value[:4])


def test_it_survives_extreme_dates_and_odd_input():
    assert check("Sept. 27 last year, 9999-12-31 and next week", dt.date(9999, 12, 31)) is not None
    assert check("Friday a year ago, the 1990s", dt.date(1, 1, 1)) is not None
    assert tag("", "2020-10-09") == []
    assert check("İstanbul on Friday, 27 Eylül; ΜΑΡΤΙΟΣ 2020 and May 5", "2020-10-09")


def test_extents_do_not_depend_on_the_dct():
    text = ("The offensive began on Sept. 27. The next day, and again late last month, a year earlier, "
            "in the third quarter, at year-end and in the quarter a year ago, the town was shelled.")
    with_dct = [(t.start, t.end) for t in tag(text, "2020-10-09")]
    without = [(t.start, t.end) for t in tag(text, None)]
    assert with_dct == without


def _same_candidates(text):
    found = [(c.start, c.end, c.rule) for c in find_candidates(text)]
    assert found == [(c.start, c.end, c.rule) for c in find_candidates(text, every_rule=True)]


_ALL_CASES = TABLE_CASES + RULE_CASES + HISTORY_CASES + HISTORY_ROUND_CASES + HISTORY_DAY_CASES + WORLD_CASES + NEWS_ROUND_CASES + LATE_NEWS_ROUND_CASES


@pytest.mark.parametrize("sentence", sorted({case[0] for case in _ALL_CASES}))
def test_the_word_triggers_never_keep_a_rule_from_matching(sentence):
    _same_candidates(sentence)


@FAST
@given(texts)
@example("0/0000GMT")  # a military clock at the end of a slashed token (hypothesis found it)
@example("000/1 MAR")  # a day at the end of a slashed token
def test_the_word_triggers_never_keep_a_rule_from_matching_any_text(text):
    _same_candidates(text)


def test_the_word_triggers_call_every_rule_a_lexicon_word_can_start():
    """Every word the tagger knows, in its plural, capitalised and abbreviated forms, in the places
    dates stand: the triggered rules find what running every rule finds."""
    words = {"year", "quarter", "half", "century", "period", "day", "week", "weekend", "month", "decade", "hour",
             "minute", "second", "fortnight", "millennium", "night", "now", "then", "today", "tonight", "tomorrow",
             "yesterday", "ago", "later", "daily", "weekly", "annually", "every", "each", "noon", "midnight", "dawn",
             "overnight", "circa", "c.", "AD", "BC", "CE", "a.d.", "b.c.", "while", "time", "fiscal", "q3", "3q", "h1"}
    for table in (lexicon.MONTHS, lexicon.WEEKDAYS, lexicon.SEASONS, lexicon.DAY_PARTS, lexicon.ORDINALS,
                  lexicon.SMALL_NUMBERS, lexicon.DECADE_WORDS, lexicon.HOLIDAYS, lexicon.TIME_ZONES):
        words |= set(table)
    templates = ["On {} 27, 1990, it began.", "In {} the war ended.", "27 {} 1990.", "the {} of 1990", "two {} ago",
                 "for a {}", "at 3 p.m. {}", "last {}", "every {}", "the early {} of 5 May", "until {}", "{}-long truce",
                 "from 3 {}-5 {} 1990", "{} 73"]
    for word in words:
        for form in {word, word.capitalize(), word + "s", word.capitalize() + "s", word + ".", word.upper()}:
            for template in templates:
                _same_candidates(template.replace("{}", form))
