"""A TempEval-3 style scorer for TIMEX3 annotations, independent of any tagger.

Gold and predicted annotations are lists of dicts with at least start, end, type and value (and
text, for the error lists). Pairs are aligned one-to-one: exact offsets first, then the largest
overlap. Strict extent counts exact matches; relaxed extent counts any overlap. A value (or type)
counts as correct on a relaxed-matched pair whose values (types) are equal, so value precision is
correct/predicted and value recall correct/gold, as in TempEval-3.
"""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class PRF:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "correct": self.correct, "predicted": self.predicted, "gold": self.gold}


@dataclass
class Scores:
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    type: PRF = field(default_factory=PRF)
    by_type: dict[str, dict[str, PRF]] = field(default_factory=dict)
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)
    wrong_value: Counter = field(default_factory=Counter)

    @property
    def type_accuracy(self) -> float:
        return self.type.correct / self.relaxed.correct if self.relaxed.correct else 0.0

    def _for_type(self, name: str) -> dict[str, PRF]:
        return self.by_type.setdefault(name, {"relaxed": PRF(), "value": PRF()})

    def as_dict(self) -> dict:
        return {
            "strict": self.strict.as_dict(), "relaxed": self.relaxed.as_dict(), "value": self.value.as_dict(),
            "type": self.type.as_dict(), "type_accuracy": round(self.type_accuracy, 4),
            "by_type": {name: {k: v.as_dict() for k, v in figures.items()} for name, figures in sorted(self.by_type.items())},
        }

    def report(self, errors: int = 15) -> str:
        lines = [f"{'':18}{'P':>8}{'R':>8}{'F1':>8}{'correct':>9}{'pred':>7}{'gold':>7}"]
        for name, prf in (("strict extent", self.strict), ("relaxed extent", self.relaxed),
                          ("value", self.value), ("type", self.type)):
            lines.append(_row(name, prf))
        lines.append(f"type accuracy on relaxed matches: {self.type_accuracy:.4f}")
        lines.append("")
        lines.append("by gold/predicted type (relaxed extent; value)")
        for name, figures in sorted(self.by_type.items()):
            lines.append(_row(f"{name} extent", figures["relaxed"]))
            lines.append(_row(f"{name} value", figures["value"]))
        for title, counter in (("missed (gold not found)", self.missed), ("spurious (not in gold)", self.spurious),
                               ("wrong value (text: gold → predicted)", self.wrong_value)):
            lines.append("")
            lines.append(f"commonest {title}:")
            for item, count in counter.most_common(errors):
                lines.append(f"  {count:4d}  {item}")
        return "\n".join(lines)


def _row(name: str, prf: PRF) -> str:
    return f"{name:18}{prf.precision:8.4f}{prf.recall:8.4f}{prf.f1:8.4f}{prf.correct:9d}{prf.predicted:7d}{prf.gold:7d}"


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def align(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: exact matches first, then largest overlaps."""
    pairs, used_gold, used_pred = [], set(), set()
    exact = {(p["start"], p["end"]): j for j, p in enumerate(predicted)}
    for i, g in enumerate(gold):
        j = exact.get((g["start"], g["end"]))
        if j is not None and j not in used_pred:
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    overlaps = sorted(
        ((_overlap(g, p), i, j) for i, g in enumerate(gold) if i not in used_gold
         for j, p in enumerate(predicted) if j not in used_pred and _overlap(g, p) > 0),
        reverse=True,
    )
    for _, i, j in overlaps:
        if i not in used_gold and j not in used_pred:
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    return sorted(pairs)


def score_document(gold: list[dict], predicted: list[dict], scores: Scores | None = None) -> Scores:
    """Add one document's figures to `scores` (a new Scores when None) and return it."""
    scores = scores or Scores()
    pairs = align(gold, predicted)
    for prf in (scores.strict, scores.relaxed, scores.value, scores.type):
        prf.predicted += len(predicted)
        prf.gold += len(gold)
    for g in gold:
        scores._for_type(g.get("type", "?"))["relaxed"].gold += 1
        scores._for_type(g.get("type", "?"))["value"].gold += 1
    for p in predicted:
        scores._for_type(p.get("type", "?"))["relaxed"].predicted += 1
        scores._for_type(p.get("type", "?"))["value"].predicted += 1
    matched_gold, matched_pred = set(), set()
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        matched_gold.add(i)
        matched_pred.add(j)
        scores.relaxed.correct += 1
        by_gold_type = scores._for_type(g.get("type", "?"))
        if (g["start"], g["end"]) == (p["start"], p["end"]):
            scores.strict.correct += 1
        if g.get("type") == p.get("type"):
            scores.type.correct += 1
            by_gold_type["relaxed"].correct += 1
        if g.get("value") == p.get("value"):
            scores.value.correct += 1
            if g.get("type") == p.get("type"):
                by_gold_type["value"].correct += 1
        else:
            scores.wrong_value[f"{_text(g)}: {g.get('value')} → {p.get('value')}"] += 1
    for i, g in enumerate(gold):
        if i not in matched_gold:
            scores.missed[f"{_text(g)} ({g.get('type')} {g.get('value')})"] += 1
    for j, p in enumerate(predicted):
        if j not in matched_pred:
            scores.spurious[f"{_text(p)} ({p.get('type')} {p.get('value')})"] += 1
    return scores


def _text(annotation: dict) -> str:
    return str(annotation.get("text", f"[{annotation['start']}:{annotation['end']}]")).lower()


def evaluate(gold_documents: list[dict], predicted_documents: list[dict]) -> Scores:
    """Score documents `{"id", "timex": [...]}` matched by id; a document missing from the
    predictions counts as predicting nothing."""
    predicted_by_id = {doc["id"]: doc.get("timex", []) for doc in predicted_documents}
    scores = Scores()
    for doc in gold_documents:
        score_document(doc.get("timex", []), predicted_by_id.get(doc["id"], []), scores)
    return scores
