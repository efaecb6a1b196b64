"""Print the event proposals for one article: `propose --dct 2020-10-09 FILE [--json]`."""

import datetime
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.proposing import propose

JSON_KEYS = (
    "quote", "quote_start", "quote_end", "phrase", "value", "mod", "earliest", "latest", "precision", "label",
    "kind", "plover", "score", "cue", "actors", "attribution", "date_role", "figures", "confidence",
)


class Command(BaseCommand):
    help = "Propose dated events for one article (a UTF-8 text file) published on --dct."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the article as UTF-8 text, or - for standard input")
        parser.add_argument("--dct", help="publication date, YYYY-MM-DD (relative dates resolve against it)")
        parser.add_argument("--json", action="store_true", help="print a JSON array instead of a table")

    def handle(self, *args, file: str, dct: str | None, json: bool, **options):
        text = _read(file)
        published = _parse_dct(dct)
        candidates = [candidate.as_dict() for candidate in propose(text, published)]
        if json:
            self.stdout.write(_dumps([{key: candidate[key] for key in JSON_KEYS} for candidate in candidates]))
            return
        self._table(candidates)

    def _table(self, candidates: list[dict]) -> None:
        if not candidates:
            self.stdout.write("No proposals.")
            return
        for number, candidate in enumerate(candidates, start=1):
            figures = ", ".join(f"{name} {value}" for name, value in candidate["figures"].items())
            self.stdout.write(
                f"{number:>2}. {candidate['label'] or candidate['value']:<28} {candidate['kind']:<12} "
                f"{candidate['plover'] or '-':<9} {candidate['score']:>+5.1f}  conf {candidate['confidence']:.2f}"
            )
            self.stdout.write(f"    phrase: {candidate['phrase'] or '(publication date)'} = {candidate['value']}"
                              + (f" {candidate['mod']}" if candidate["mod"] else ""))
            details = [
                f"cue: {candidate['cue']}" if candidate["cue"] else "",
                f"said by: {candidate['attribution']} ({candidate['date_role']} date)" if candidate["attribution"] else "",
                f"actors: {', '.join(candidate['actors'])}" if candidate["actors"] else "",
                f"figures: {figures}" if figures else "",
            ]
            for detail in filter(None, details):
                self.stdout.write(f"    {detail}")
            quote = candidate["quote"]
            self.stdout.write(f"    “{quote if len(quote) <= 160 else quote[:157] + '...'}”")


def _read(file: str) -> str:
    if file == "-":
        return sys.stdin.read().replace("\r\n", "\n")
    path = Path(file)
    if not path.is_file():
        raise CommandError(f"{file}: no such file.")
    try:
        return path.read_text(encoding="utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise CommandError(f"{file} is not UTF-8 text.") from None


def _parse_dct(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(f"--dct {value!r} is not a date in the form YYYY-MM-DD.") from None


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
