"""Tag the temporal expressions of documents: JSON lines in, JSON lines out, or one file as a table."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.dating import parse_dct, tag

OUTPUT_FIELDS = ("start", "end", "text", "type", "value", "mod", "earliest", "latest")


class Command(BaseCommand):
    help = (
        "Find and resolve dates. `--jsonl IN.jsonl` reads {id, dct, text} lines and writes "
        "{id, timex: [...]} lines; `--dct YYYY-MM-DD FILE` prints a table for one text file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a plain-text file to tag (prints a table)")
        parser.add_argument("--jsonl", help="a JSON-lines file of documents {id, dct, text}")
        parser.add_argument("--dct", help="publication date of FILE, YYYY-MM-DD (omit for narrative mode)")

    def handle(self, *args, **options):
        if options["jsonl"] and options["file"]:
            raise CommandError("Give either --jsonl IN.jsonl or a FILE, not both.")
        if options["jsonl"]:
            self._tag_jsonl(Path(options["jsonl"]))
        elif options["file"]:
            self._tag_file(Path(options["file"]), options["dct"])
        else:
            raise CommandError("Give --jsonl IN.jsonl or a FILE to tag.")

    def _tag_jsonl(self, path: Path) -> None:
        for number, line in enumerate(_read(path).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"{path}, line {number}: not valid JSON ({error.msg}).") from None
            if not isinstance(document, dict) or not isinstance(document.get("text"), str):
                raise CommandError(f"{path}, line {number}: expected an object with a \"text\" string.")
            dct = _dct(document.get("dct"), f"{path}, line {number}")
            timexes = [{key: t.as_dict()[key] for key in OUTPUT_FIELDS} for t in tag(document["text"], dct)]
            self.stdout.write(json.dumps({"id": document.get("id"), "timex": timexes}, ensure_ascii=False))

    def _tag_file(self, path: Path, dct_text: str | None) -> None:
        dct = _dct(dct_text, "--dct")
        timexes = tag(_read(path), dct)
        self.stdout.write(f"{len(timexes)} expressions in {path} (DCT {dct or 'none: narrative mode'})")
        header = f"{'offsets':>11}  {'text':<28} {'type':<8} {'value':<16} {'mod':<6} {'bounds':<23} label"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for t in timexes:
            bounds = f"{t.earliest or ''}..{t.latest or ''}" if t.earliest or t.latest else ""
            self.stdout.write(
                f"{t.start:>5}-{t.end:<5}  {_short(t.text, 28):<28} {t.type:<8} {t.value:<16} {t.mod or '':<6} {bounds:<23} {t.label}"
            )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"No such file: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from None


def _dct(value, where: str):
    if value is None or value == "":
        return None
    try:
        return parse_dct(value)
    except (ValueError, TypeError):
        raise CommandError(f"{where}: dct must be YYYY-MM-DD or null, got {value!r}.") from None


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
