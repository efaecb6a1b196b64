"""Check a held-out round before it is scored (docs/heldout-brief.md).

    python3 scripts/check_heldout.py FILE.jsonl

Offsets must slice the text to the phrase, expressions must be in order and not overlap, values must be
TIMEX3 values, and a weekday written in an expression must be the weekday of its value (from 1753, when
Britain left the Julian calendar). Prints each document's count and every problem; exits 1 on any.
"""

import datetime as dt
import json
import re
import sys

VALUE = re.compile(
    r"^(?:"
    r"-?\d{1,4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-(?:\d|WE))?|Q[1-4]|H[12]|SP|SU|FA|WI|XX(?:-XX)?))?"  # dates
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?"  # a time of day
    r"|\d{1,3}X{1,3}|\d{2}X{2}(?:-XX(?:-XX)?)?|XXXX(?:-(?:XX|\d{2}|W\d{2}|WXX)(?:-(?:XX|\d{1,2}))?)?(?:T\w+)?"
    r"|\d{4}-WXX|XXXX-(?:SP|SU|FA|WI)|FY\d{4}|PXX"
    r"|BC\d{1,4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|E|C|L)|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)"
    r"|P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?"
    r"|PAST_REF|PRESENT_REF|FUTURE_REF"
    r")$"
)
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PREPOSITION = re.compile(r"(?i)(on|in|at(?! least| most)|by|since|until|from|during|of)\s")


def timex_problems(text: str, timex: dict) -> list[str]:
    start, end, phrase = timex["start"], timex["end"], timex["text"]
    problems = []
    if text[start:end] != phrase:
        problems.append(f"offsets {start}:{end} slice {text[start:end]!r}, not {phrase!r}")
    if phrase != phrase.strip():
        problems.append(f"{phrase!r} has outer spaces")
    if PREPOSITION.match(phrase):
        problems.append(f"{phrase!r} starts with a preposition")
    if timex["type"] not in TYPES:
        problems.append(f"{phrase!r} type {timex['type']!r}")
    value = str(timex["value"])
    if not VALUE.match(value):
        problems.append(f"{phrase!r} value {value!r} is not a TIMEX3 value")
    if timex.get("mod") not in MODS:
        problems.append(f"{phrase!r} mod {timex.get('mod')!r}")
    if timex["type"] == "DURATION" and not value.startswith("P"):
        problems.append(f"{phrase!r} DURATION value must start with P")
    if timex["type"] == "TIME" and "T" not in value:
        problems.append(f"{phrase!r} TIME value needs a T part")
    extra = set(timex) - {"start", "end", "text", "type", "value", "mod"}
    if extra:
        problems.append(f"{phrase!r} unexpected keys {extra}")
    if day_match := re.match(r"^(\d{4})-(\d{2})-(\d{2})", value):
        try:
            day = dt.date(*map(int, day_match.groups()))
        except ValueError:
            return problems + [f"{phrase!r} value {value!r} is not a real day"]
        for number, name in enumerate(WEEKDAYS):
            named = re.search(rf"(?i)\b{name[:3]}(?:{name[3:]}|\.|\b)", phrase)
            if named and day.year >= 1753 and day.weekday() != number:
                problems.append(f"{phrase!r} says {name} but {day} is a {WEEKDAYS[day.weekday()]}")
    return problems


def document_problems(document: dict) -> list[str]:
    problems = []
    if set(document) != {"id", "dct", "text", "timex"}:
        problems.append(f"keys must be id, dct, text, timex: {sorted(document)}")
    if document.get("dct") is not None:
        try:
            dt.date.fromisoformat(document["dct"])
        except (TypeError, ValueError):
            problems.append(f"dct {document['dct']!r} is not YYYY-MM-DD or null")
    last_end = -1
    for timex in document.get("timex", []):
        if not isinstance(timex, dict) or {"start", "end", "text", "type", "value"} - set(timex):
            problems.append(f"each timex needs start, end, text, type and value: {timex!r}")
            continue
        if not (isinstance(timex["start"], int) and isinstance(timex["end"], int)):
            problems.append(f"{timex['text']!r} offsets must be integers")
            continue
        if timex["start"] < last_end:
            problems.append(f"{timex['text']!r} overlaps or is out of order")
        last_end = timex["end"]
        problems += timex_problems(document["text"], timex)
    return problems


def read_document(line: str) -> tuple[dict | None, str | None]:
    """The line's document, or None and what is wrong with the line."""
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON ({error.msg})"
    if not isinstance(document, dict) or not isinstance(document.get("text"), str):
        return None, "not an object with a text"
    return document, None


def main(path: str) -> int:
    try:
        with open(path, encoding="utf-8") as source:
            lines = source.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        print(f"cannot read {path}: {error}")
        return 2
    problems, ids = 0, set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        document, unreadable = read_document(line)
        if document is None:
            print(f"line {number}: {unreadable}")
            problems += 1
            continue
        name = document.get("id", f"line {number}")
        found = document_problems(document) + (["duplicate id"] if name in ids else [])
        ids.add(name)
        for problem in found:
            print(f"{name}: {problem}")
        problems += len(found)
        print(f"{name}: {len(document.get('timex', []))} TIMEX3, {len(document['text'].split())} words")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
