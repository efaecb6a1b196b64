"""The tagger against the project's own annotated development sets (tests/fixtures/dating_dev):
424 war news texts with a publication date and 413 war histories without one, written for the project
in many outlets' styles and annotated with TimeML TIMEX3 values. They were used to find and fix
errors, so they overstate what unseen text gets; the floors below only keep the tagger from sliding
back."""

import json
from pathlib import Path

import pytest

from conflicts.dating import tag
from conflicts.evaluation import evaluate

DEV_SETS = Path(__file__).parent / "fixtures" / "dating_dev"


def _scores(name: str):
    documents = [json.loads(line) for line in (DEV_SETS / name).read_text(encoding="utf-8").splitlines() if line]
    predicted = [{"id": d["id"], "timex": [t.as_dict() for t in tag(d["text"], d["dct"])]} for d in documents]
    return evaluate(documents, predicted)


@pytest.mark.parametrize("name, value_floor", [("news.jsonl", 0.945), ("histories.jsonl", 0.96)])
def test_the_tagger_keeps_its_level_on_the_development_sets(name, value_floor):
    scores = _scores(name)
    assert scores.relaxed.f1 >= 0.96
    assert scores.value.f1 >= value_floor
