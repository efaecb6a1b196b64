"""The TempEval-3 style scorer on small hand-made gold and predictions."""

import pytest

from conflicts.evaluation import align, evaluate, score_document


def timex(start, end, text, value, type_="DATE"):
    return {"start": start, "end": end, "text": text, "type": type_, "value": value}


GOLD = [
    timex(0, 6, "Friday", "2020-10-09"),
    timex(20, 35, "late last month", "2020-09"),
    timex(50, 57, "decades", "PXY", "DURATION"),
    timex(70, 79, "this week", "2020-W41"),
]


def test_it_scores_a_perfect_prediction_as_one():
    scores = score_document(GOLD, [dict(t) for t in GOLD])
    for prf in (scores.strict, scores.relaxed, scores.value, scores.type):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert scores.type_accuracy == 1.0


def test_it_separates_strict_from_relaxed_extents():
    predicted = [
        timex(0, 6, "Friday", "2020-10-09"),            # exact
        timex(25, 35, "last month", "2020-09"),         # overlaps, value right
        timex(50, 57, "decades", "PXE", "DURATION"),    # exact, value wrong
        timex(90, 95, "today", "2020-10-09"),           # spurious
    ]
    scores = score_document(GOLD, predicted)
    assert (scores.strict.correct, scores.relaxed.correct, scores.value.correct) == (2, 3, 2)
    assert scores.strict.precision == pytest.approx(2 / 4)
    assert scores.strict.recall == pytest.approx(2 / 4)
    assert scores.relaxed.precision == pytest.approx(3 / 4)
    assert scores.relaxed.recall == pytest.approx(3 / 4)
    # Value: correct over all predicted / all gold, TempEval-3 style.
    assert scores.value.precision == pytest.approx(2 / 4)
    assert scores.value.recall == pytest.approx(2 / 4)
    assert scores.value.f1 == pytest.approx(0.5)


def test_it_lists_the_commonest_errors():
    predicted = [timex(0, 6, "Friday", "2020-10-02"), timex(90, 95, "today", "2020-10-09")]
    scores = score_document(GOLD, predicted)
    assert scores.wrong_value["friday: 2020-10-09 → 2020-10-02"] == 1
    assert scores.spurious["today (DATE 2020-10-09)"] == 1
    assert scores.missed["this week (DATE 2020-W41)"] == 1
    report = scores.report()
    assert "strict extent" in report and "commonest wrong value" in report


def test_it_counts_type_accuracy_on_relaxed_matches_and_by_type():
    predicted = [timex(0, 6, "Friday", "2020-10-09", "TIME"), timex(50, 57, "decades", "PXY", "DURATION")]
    scores = score_document(GOLD, predicted)
    assert scores.relaxed.correct == 2
    assert scores.type_accuracy == 0.5
    assert scores.by_type["DURATION"]["relaxed"].f1 == 1.0
    assert scores.by_type["DATE"]["relaxed"].recall == 0.0
    assert scores.by_type["TIME"]["relaxed"].predicted == 1


def test_it_aligns_one_to_one_preferring_exact_then_largest_overlap():
    gold = [timex(0, 10, "a", "x"), timex(12, 20, "b", "y")]
    predicted = [timex(5, 15, "c", "x"), timex(12, 20, "b", "y"), timex(0, 4, "d", "x")]
    assert align(gold, predicted) == [(0, 0), (1, 1)]


def test_it_evaluates_documents_by_id_and_counts_missing_predictions_as_empty():
    gold = [{"id": "a", "timex": GOLD[:2]}, {"id": "b", "timex": GOLD[2:]}]
    predicted = [{"id": "a", "timex": GOLD[:2]}]
    scores = evaluate(gold, predicted)
    assert scores.relaxed.gold == 4 and scores.relaxed.predicted == 2
    assert scores.relaxed.precision == 1.0 and scores.relaxed.recall == 0.5
    assert scores.as_dict()["relaxed"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_it_handles_empty_input():
    scores = evaluate([], [])
    assert scores.relaxed.f1 == 0.0 and scores.type_accuracy == 0.0
