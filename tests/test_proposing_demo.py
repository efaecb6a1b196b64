"""The demo articles: every sentence the demo accepts is proposed at its phrase, and its kind is mostly right."""

from conflicts.demo_articles import ARTICLES
from conflicts.proposing import propose


def _accepted():
    for article in ARTICLES:
        candidates = propose(article["text"], article["published"])
        for entry in article["accept"]:
            yield entry, [c for c in candidates if entry["quote_contains"] in c.quote]


def test_every_accepted_sentence_is_proposed_at_its_phrase():
    for entry, candidates in _accepted():
        assert any(c.phrase == entry["phrase"] for c in candidates), entry


def test_the_kind_is_right_for_most_accepted_sentences():
    results = []
    for entry, candidates in _accepted():
        candidate = next(c for c in candidates if c.phrase == entry["phrase"])
        results.append(candidate.kind == entry["kind"])
    assert sum(results) / len(results) >= 0.85, f"{sum(results)}/{len(results)}"
