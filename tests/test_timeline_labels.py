"""Date labels at every precision, in AP style, from the bounds alone (no database)."""

import datetime as dt

import pytest

from conflicts.timeline.labels import date_label, infer_precision, machine_date, spelled_out

D = dt.date


@pytest.mark.parametrize(
    ("earliest", "latest", "precision", "label"),
    [
        (D(2020, 9, 27), D(2020, 9, 27), "day", "Sept. 27, 2020"),
        (D(2020, 3, 5), D(2020, 3, 5), "day", "March 5, 2020"),
        (D(2020, 10, 9), D(2020, 10, 10), "day", "Oct. 9-10, 2020"),
        (D(2020, 9, 30), D(2020, 10, 2), "day", "Sept. 30-Oct. 2, 2020"),
        (D(2020, 12, 30), D(2021, 1, 2), "day", "Dec. 30, 2020-Jan. 2, 2021"),
        (D(2020, 10, 5), D(2020, 10, 11), "week", "week of Oct. 5, 2020"),
        (D(2020, 10, 10), D(2020, 10, 11), "week", "weekend of Oct. 10-11, 2020"),
        (D(2020, 9, 21), D(2020, 9, 30), "part_of_month", "late Sept. 2020"),
        (D(2020, 10, 1), D(2020, 10, 10), "part_of_month", "early Oct. 2020"),
        (D(2020, 10, 11), D(2020, 10, 20), "part_of_month", "mid-Oct. 2020"),
        (D(2020, 10, 1), D(2020, 10, 31), "month", "Oct. 2020"),
        (D(2020, 6, 1), D(2020, 6, 30), "month", "June 2020"),
        (D(2020, 9, 1), D(2020, 10, 31), "month", "Sept.-Oct. 2020"),
        (D(2020, 6, 1), D(2020, 8, 31), "season", "summer 2020"),
        (D(2020, 9, 1), D(2020, 11, 30), "season", "fall 2020"),
        (D(2020, 12, 1), D(2021, 2, 28), "season", "winter 2020-21"),
        (D(2020, 7, 1), D(2020, 9, 30), "quarter", "Q3 2020"),
        (D(2020, 1, 1), D(2020, 6, 30), "half", "first half of 2020"),
        (D(2020, 1, 1), D(2020, 12, 31), "year", "2020"),
        (D(2020, 1, 1), D(2020, 4, 30), "year", "early 2020"),
        (D(2020, 9, 1), D(2020, 12, 31), "year", "late 2020"),
        (D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s"),
        (D(1990, 1, 1), D(1993, 12, 31), "decade", "early 1990s"),
        (D(1994, 1, 1), D(1996, 12, 31), "decade", "mid-1990s"),
        (D(1997, 1, 1), D(1999, 12, 31), "decade", "late 1990s"),
        (D(1900, 1, 1), D(1999, 12, 31), "century", "20th century"),
        (D(2000, 1, 1), D(2099, 12, 31), "century", "21st century"),
    ],
)
def test_it_labels_each_precision(earliest, latest, precision, label):
    assert date_label(earliest, latest, precision) == label


def test_it_falls_back_on_the_bounds_when_the_precision_does_not_fit_them():
    assert date_label(D(2020, 9, 1), D(2020, 10, 31), "day") == "Sept.-Oct. 2020"
    assert date_label(D(2020, 9, 3), D(2020, 10, 17), "week") == "Sept. 3-Oct. 17, 2020"
    assert date_label(D(2020, 9, 21), D(2020, 9, 30), "") == "late Sept. 2020"


def test_it_labels_open_and_missing_bounds():
    assert date_label(None, None) == "undated"
    assert date_label(None, D(2020, 10, 9)) == "by Oct. 9, 2020"
    assert date_label(D(2020, 10, 9), None) == "since Oct. 9, 2020"
    assert date_label(D(2020, 10, 9), D(2020, 10, 3), "day") == "Oct. 3-9, 2020"


def test_it_infers_the_unit_the_bounds_fill():
    assert infer_precision(D(2020, 10, 5), D(2020, 10, 11)) == "week"
    assert infer_precision(D(2020, 7, 1), D(2020, 9, 30)) == "quarter"
    assert infer_precision(D(2020, 1, 1), D(2020, 12, 31)) == "year"
    assert infer_precision(D(2020, 10, 3), D(2020, 10, 7)) == ""


def test_it_gives_a_valid_html_datetime_at_the_known_precision():
    assert machine_date(D(2020, 9, 27), D(2020, 9, 27)) == "2020-09-27"
    assert machine_date(D(2020, 9, 21), D(2020, 9, 30)) == "2020-09"
    assert machine_date(D(2020, 6, 1), D(2020, 8, 31)) == "2020"
    assert machine_date(D(1990, 1, 1), D(1993, 12, 31)) == ""


def test_it_spells_out_uncertain_spans():
    assert spelled_out(D(2020, 9, 21), D(2020, 9, 30)) == "between Sept. 21 and Sept. 30, 2020"
    assert spelled_out(D(2020, 9, 27), D(2020, 9, 27)) == ""
