"""Documents per second of our tagger against dateparser.search_dates on the TBAQ documents.

    .venv/bin/python benchmarks/bench_tagger.py [--runs 5] [--rounds 3]

Both run in the same process on one core, in alternating rounds (ours, search_dates, ours) so that a
machine whose speed drifts slows both alike; each figure is a median, and the ratio is the median of
the rounds' own ratios. The baseline gets its fastest fair setting (English only, the DCT as RELATIVE_BASE). Our peak memory is measured
with tracemalloc over one tagging pass and as the process's peak RSS before dateparser is imported.
Skips cleanly when ../shared (the data) is absent.
"""

import argparse
import datetime as dt
import gc
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "tbaq-cleaned.jsonl"
sys.path.insert(0, str(ROOT))


def load_documents() -> list[dict]:
    with DATA.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def one_pass(function, documents) -> float:
    """Seconds for one pass over all documents, each pass starting from a collected heap."""
    gc.collect()
    started = time.perf_counter()
    for document in documents:
        function(document)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="passes of our tagger before the rounds (median taken)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds: ours, search_dates, ours")
    parser.add_argument("--auto-language-docs", type=int, default=0,
                        help="also time search_dates with its default language detection on this many documents")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (the shared data is not on this machine)")
        return 0

    from conflicts.dating import tag

    def tag_one(document):
        tag(document["text"], document["dct"])

    documents = load_documents()
    ours_alone = statistics.median(one_pass(tag_one, documents) for _ in range(args.runs))

    tracemalloc.start()
    for document in documents:
        tag(document["text"], document["dct"])
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    from dateparser.search import search_dates

    def baseline(document):
        base = dt.datetime.fromisoformat(document["dct"]) if document.get("dct") else None
        settings = {"RELATIVE_BASE": base} if base else {}
        search_dates(document["text"], languages=["en"], settings=settings)

    baseline(documents[0])  # dateparser loads its language data on first use
    ours_times, theirs_times, ratios = [], [], []
    for _ in range(args.rounds):
        before = one_pass(tag_one, documents)
        theirs_times.append(one_pass(baseline, documents))
        after = one_pass(tag_one, documents)
        ours_times += [before, after]
        ratios.append(theirs_times[-1] / ((before + after) / 2))
    ours, theirs = statistics.median(ours_times), statistics.median(theirs_times)

    n = len(documents)
    print(f"documents: {n} TBAQ news articles, {sum(len(d['text']) for d in documents):,} characters")
    print(f"ours alone (conflicts.dating.tag):  {n / ours_alone:8.1f} docs/s  (median of {args.runs}, {ours_alone:.3f} s/pass)")
    print(f"ours in the rounds:                 {n / ours:8.1f} docs/s  (median of {len(ours_times)}, {ours:.3f} s/pass)")
    print(f"dateparser.search_dates (en):       {n / theirs:8.1f} docs/s  (median of {args.rounds}, {theirs:.3f} s/pass)")
    print(f"ratio ours / search_dates:          {statistics.median(ratios):8.1f}x  "
          f"(median of {args.rounds} rounds: {', '.join(f'{r:.1f}' for r in ratios)})")
    print(f"our peak memory: {traced_peak / 1e6:.2f} MB traced while tagging, {rss_peak_mb:.0f} MB process peak RSS before dateparser")
    if args.auto_language_docs:
        sample = documents[: args.auto_language_docs]
        started = time.perf_counter()
        for document in sample:
            search_dates(document["text"])
        auto = (time.perf_counter() - started) / len(sample)
        print(f"search_dates (default languages): {1 / auto:8.1f} docs/s on {len(sample)} documents; ratio {auto * n / ours:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
