"""Proposals per second on 1,000 generated wire-style articles, against the tagger alone.

    .venv/bin/python benchmarks/bench_proposals.py [--articles 1000] [--runs 5] [--seed 7]

The articles are generated here from templates (headline, dateline, dated and undated sentences,
attributions, casualty figures, background), so the benchmark needs no data. Three passes are timed
in the same process, taking turns, each the median of several runs:

- the tagger alone (`tag(text, dct)`), the baseline every proposal pays for;
- proposing from tags already found (`propose(text, dct, timexes=...)`): what this package adds;
- the whole of `propose(text, dct)`.
"""

import argparse
import gc
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflicts.dating import tag  # noqa: E402
from conflicts.proposing import propose  # noqa: E402

SIDES = [("Armenia", "Armenian", "Yerevan"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Ukraine", "Ukrainian", "Kyiv"),
         ("Russia", "Russian", "Moscow"), ("Israel", "Israeli", "Jerusalem"), ("Sudan", "Sudanese", "Khartoum")]
TOWNS = ["Stepanakert", "Ganja", "Terter", "Kharkiv", "Bakhmut", "Rafah", "El Fasher", "Shusha", "Hadrut"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["late last month", "earlier this month", "last week", "this week", "two days ago", "early this year"]
HEADLINES = ["Fighting Flares Near {town}", "{a} and {b} Agree to Truce Talks", "Shelling Hits {town} as Talks Stall",
             "Ceasefire Takes Effect Along Front Line"]
LEADS = [
    "{A} forces shelled {town} on {day}, killing {n} civilians and wounding dozens of others, officials said.",
    "The foreign ministers of {a} and {b} met for talks in {capital} on {day}, their first meeting since fighting "
    "erupted {rel}.",
    "A humanitarian ceasefire between {a} and {b} took effect on {day}, hours after talks mediated by the United Nations.",
    "{A} troops advanced toward {town}, the defense ministry said.",
]
BODY = [
    "{a} said on {day} that {n} of its soldiers had died since {month} {date}.",
    "{a}'s Defense Ministry said {B} forces had fired rockets at {town} on {day2}.",
    "The two sides accused each other of violating the truce on {day2} morning.",
    "Mr. {leader} this week said that {a} would respond if the attacks continued.",
    "The conflict has simmered for decades, after a war in the early 1990s ended in a cease-fire.",
    "Residents of {town} fled to shelters as explosions were heard every night.",
    "\u201cWe will not give up. We will defend our land,\u201d the president said in a televised address.",
    "The European Union called for an immediate halt to the fighting on {day2}.",
    "Azerbaijan has not been releasing death tolls.",
    "Between {n} and {n2} people were killed in the strike, according to local officials.",
    "Mediators from the OSCE Minsk Group are expected to meet the ministers in Geneva later this week.",
    "The fighting, which began on {month} {date}, has displaced tens of thousands of people.",
]
LEADERS = ["Putin", "Aliyev", "Pashinyan", "Erdogan", "Zelensky", "Netanyahu"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def generate(count: int, seed: int) -> list[tuple[str, dt.date]]:
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        (a, a_adj, capital), (b, b_adj, _) = rng.sample(SIDES, 2)
        dct = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        slots = {
            "a": a, "A": a_adj, "b": b, "B": b_adj, "capital": capital, "town": rng.choice(TOWNS),
            "day": WEEKDAYS[dct.weekday()], "day2": rng.choice(WEEKDAYS), "rel": rng.choice(RELATIVE),
            "n": rng.randrange(2, 400), "n2": rng.randrange(400, 900), "leader": rng.choice(LEADERS),
            "month": MONTHS[(dct.month - 2) % 12], "date": rng.randrange(1, 28),
        }
        body = rng.sample(BODY, rng.randrange(5, 10))
        paragraphs = [rng.choice(HEADLINES).format(**slots), f"{capital.upper()} \u2014 " + rng.choice(LEADS).format(**slots)]
        paragraphs += [" ".join(s.format(**slots) for s in body[i:i + 2]) for i in range(0, len(body), 2)]
        articles.append(("\n\n".join(paragraphs), dct))
    return articles


def round_robin(passes: dict, runs: int) -> dict[str, float]:
    """Median seconds of each pass, the passes taking turns so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(runs):
        for name, function in passes.items():
            gc.collect()
            started = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each pass (median taken)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    articles = generate(args.articles, args.seed)
    characters = sum(len(text) for text, _ in articles)
    tags = [tag(text, dct) for text, dct in articles]
    pairs = list(zip(articles, tags))
    proposals = [propose(text, dct, timexes=found) for (text, dct), found in pairs]  # also warms the caches
    seconds = round_robin(
        {
            "tagger alone (baseline)": lambda: [tag(text, dct) for text, dct in articles],
            "proposing from existing tags": lambda: [propose(text, dct, timexes=found) for (text, dct), found in pairs],
            "propose(): tagger + proposing": lambda: [propose(text, dct) for text, dct in articles],
        },
        args.runs,
    )
    tag_seconds, propose_seconds, full_seconds = seconds.values()
    count = sum(len(found) for found in proposals)
    timexes = sum(len(found) for found in tags)
    print(f"{args.articles} generated articles, {characters / args.articles:.0f} characters each on average, "
          f"{timexes} time expressions, {count} proposals; median of {args.runs} runs")
    print(f"{'pass':<36}{'seconds':>9}{'articles/s':>12}{'proposals/s':>13}")
    for name, median in seconds.items():
        print(f"{name:<36}{median:>9.3f}{args.articles / median:>12,.0f}{count / median:>13,.0f}")
    print(f"proposing adds {propose_seconds / tag_seconds:.0%} to the tagger's time; "
          f"the whole pipeline takes {full_seconds / tag_seconds:.2f}x the tagger alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
