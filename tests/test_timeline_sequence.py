"""Phases, the chart's buckets and geometry, search terms and filter parsing (no database)."""

import datetime as dt

from django.http import QueryDict

from conflicts.timeline.chart import build_chart, buckets_of
from conflicts.timeline.filters import parse_day, parse_filters
from conflicts.timeline.periods import group_page, period_key
from conflicts.timeline.phases import Moment, derive_phases, signal
from conflicts.timeline.search import fold, parse_terms

D = dt.date
KINDS = {"escalation": "Escalation", "ceasefire": "Ceasefire", "diplomacy": "Diplomacy"}

# The 2020 war as the demo tells it: fighting, talks, three broken truces, the final statement.
WAR = [
    Moment(1, D(2020, 9, 27), "escalation", -9), Moment(2, D(2020, 9, 27), "escalation", -7),
    Moment(3, D(2020, 10, 4), "escalation", -9), Moment(4, D(2020, 10, 9), "diplomacy", 3.5),
    Moment(5, D(2020, 10, 10), "ceasefire", 7.5), Moment(6, D(2020, 10, 10), "escalation", -9),
    Moment(7, D(2020, 10, 17), "ceasefire", 2.5), Moment(8, D(2020, 10, 18), "escalation", -9),
    Moment(9, D(2020, 10, 20), "statement", -2), Moment(10, D(2020, 11, 9), "ceasefire", 7.5),
    Moment(11, D(2020, 11, 10), "other", -4),
]


def test_it_reads_the_escalation_and_ceasefire_sequence():
    phases = derive_phases(WAR)

    assert [(p.label, p.dates) for p in phases] == [
        ("Escalation", "Sept. 27-Oct. 4, 2020"),
        ("Talks", "Oct. 9, 2020"),
        ("Truce", "Oct. 10, 2020"),
        ("Truce broken", "Oct. 10, 2020"),
        ("Truce", "Oct. 17, 2020"),
        ("Truce broken", "Oct. 18-20, 2020"),
        ("Truce", "Nov. 9-10, 2020"),
    ]
    assert phases[0].events == 3 and phases[0].low == -9 and phases[0].first_event == 1
    assert 9 in phases[5].event_ids and 11 in phases[6].event_ids


def test_a_very_violent_event_of_another_kind_counts_as_fighting():
    assert signal("other", -9) == "fighting"
    assert signal("statement", -2) == "" and signal("humanitarian", 6) == ""


def test_it_reads_long_timelines_by_period_so_single_events_do_not_flicker():
    moments = [Moment(n, D(2018, 1, 1) + dt.timedelta(days=n), "escalation" if (n // 60) % 2 == 0 else "ceasefire",
                      -9 if (n // 60) % 2 == 0 else 7) for n in range(400)]
    moments[70] = Moment(70, moments[70].earliest, "escalation", -9)  # one shot fired in a truce

    phases = derive_phases(moments)

    assert [p.kind for p in phases][:4] == ["escalation", "truce", "broken", "truce"]
    assert all(p.unit == "week" for p in phases)
    assert sum(p.events for p in phases) == 400


def test_a_second_ceasefire_weeks_into_a_truce_opens_a_new_truce():
    phases = derive_phases([Moment(1, D(2020, 10, 10), "ceasefire", 7), Moment(2, D(2020, 10, 26), "ceasefire", 7)])

    assert [p.kind for p in phases] == ["truce", "truce"]


def test_the_chart_buckets_by_day_on_short_wars_and_by_week_on_longer_ones():
    buckets, unit = buckets_of(WAR)
    assert unit == "day" and buckets[0].start == D(2020, 9, 27) and buckets[0].events == 2
    assert buckets[0].low == -9 and buckets[0].high == -7 and buckets[0].mean == -8

    longer = [Moment(n, D(2020, 1, 1) + dt.timedelta(days=3 * n), "escalation", -5) for n in range(50)]
    buckets, unit = buckets_of(longer)
    assert unit == "week" and buckets[0].start == D(2019, 12, 30) and buckets[0].label == "week of Dec. 30, 2019"


def test_the_chart_geometry_stays_inside_the_plot():
    chart = build_chart(WAR, derive_phases(WAR))

    assert chart.zero == (chart.top + chart.bottom_edge) / 2
    for bar in chart.bars:
        assert chart.left <= bar.x and bar.x + bar.width <= chart.right_edge + 0.5
        assert chart.top <= bar.y and bar.y + bar.height <= chart.bottom_edge + 0.5
        assert (bar.y >= chart.zero) == bar.violent or bar.height <= 2
    violent = [bar for bar in chart.bars if bar.violent]
    assert violent[0].height == chart.bottom_edge - chart.zero - (chart.bottom_edge - chart.zero) / 10
    assert [band.phase.kind for band in chart.bands][:2] == ["escalation", "talks"]
    assert "11 events" in chart.description and "Sept. 27, 2020" in chart.description


def test_an_empty_chart_has_no_buckets():
    assert build_chart([], []).buckets == []


def test_search_terms_keep_phrases_and_exclusions_folded():
    terms = parse_terms('Ganja "humanitarian truce" -Moscow OR Şuşa')

    assert terms.include == ("ganja", "humanitarian truce", "susa") and terms.exclude == ("moscow",)
    assert fold("ŞUŞİ") == "susi" and not parse_terms("   ")


def test_filters_drop_what_makes_no_sense_with_a_note():
    filters = parse_filters(QueryDict("kind=escalation&kind=bogus&from=notadate&to=2020-10&page=abc"), KINDS)

    assert filters.kinds == ["escalation"] and filters.start is None and filters.end == D(2020, 10, 31)
    assert filters.page == 1 and len(filters.problems) == 2
    assert filters.query_string(page=2) == "?kind=escalation&to=2020-10&page=2"


def test_filters_swap_a_reversed_range():
    filters = parse_filters(QueryDict("from=2020-11&to=2020-10"), KINDS)

    assert (filters.start, filters.end) == (D(2020, 10, 1), D(2020, 11, 30)) and filters.problems


def test_dates_parse_at_year_month_or_day():
    assert parse_day("2020") == D(2020, 1, 1) and parse_day("2020", end=True) == D(2020, 12, 31)
    assert parse_day("2020-02", end=True) == D(2020, 2, 29) and parse_day("2020-02-30") is None
    assert parse_day("20201") is None


class FakeEvent:
    def __init__(self, pk, earliest, latest, precision="day"):
        self.pk, self.earliest, self.latest, self.precision = pk, earliest, latest, precision


def test_a_page_is_grouped_by_year_and_month_and_continues_across_pages():
    events = [FakeEvent(1, D(2019, 1, 1), D(2019, 12, 31), "year"), FakeEvent(2, D(2020, 9, 27), D(2020, 9, 27)),
              FakeEvent(3, D(2020, 9, 21), D(2020, 9, 30), "part_of_month"), FakeEvent(4, D(2020, 10, 2), D(2020, 10, 2))]

    groups = group_page(events, {})

    assert [(g.year, g.month, g.show_year) for g in groups] == [
        ("2019", "Dated only to 2019", True), ("2020", "September 2020", True), ("2020", "October 2020", False)]
    assert groups[1].entries[1].label == "late Sept. 2020" and not groups[1].entries[1].exact
    more = group_page([FakeEvent(5, D(2020, 10, 3), D(2020, 10, 3))], {}, before=events[-1])
    assert more[0].continued and not more[0].show_year
    assert period_key(None, None, "") == ("Undated", "No date given")
    assert period_key(D(1990, 1, 1), D(1993, 12, 31), "decade") == ("early 1990s", "Dated only to the early 1990s")
    assert period_key(D(2020, 7, 1), D(2020, 9, 30), "quarter") == ("2020", "Dated only to Q3 2020")


def test_events_known_only_to_a_wide_span_do_not_move_the_sequence():
    moments = [Moment(1, D(2020, 10, 1), "ceasefire", 7.5, D(2020, 10, 31)),  # "in October"
               Moment(2, D(2020, 10, 2), "escalation", -9), Moment(3, D(2020, 10, 5), "escalation", -9, D(2020, 10, 11))]

    phases = derive_phases(moments)

    assert [(p.kind, p.events) for p in phases] == [("escalation", 2)]
    assert phases[0].event_ids == {2, 3}
