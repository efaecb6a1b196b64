"""Score the tagger against gold TIMEX3 annotations, TempEval-3 style."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.dating import tag
from conflicts.evaluation import evaluate


class Command(BaseCommand):
    help = "Tag FILE.jsonl ({id, dct, text, timex: [gold]}) and print TempEval-3 figures and the commonest errors."

    def add_arguments(self, parser):
        parser.add_argument("file", help="gold documents, one JSON object per line")
        parser.add_argument("--errors", type=int, default=15, help="how many of each kind of error to list")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON instead")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        gold, predicted = [], []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
                text, timex = document["text"], document.get("timex", [])
                _check_annotations(timex)
                doc_id = document.get("id", number)
                found = tag(text, document.get("dct"))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                raise CommandError(f"{path}, line {number}: not a gold document ({error}).") from None
            gold.append({"id": doc_id, "timex": timex})
            predicted.append({"id": doc_id, "timex": [t.as_dict() for t in found]})
        scores = evaluate(gold, predicted)
        if options["json"]:
            self.stdout.write(json.dumps(scores.as_dict(), indent=2))
            return
        self.stdout.write(f"{len(gold)} documents, {scores.relaxed.gold} gold and {scores.relaxed.predicted} predicted expressions")
        self.stdout.write(scores.report(errors=options["errors"]))


def _check_annotations(timex) -> None:
    """Gold annotations are objects with integer start and end and a type and value (ValueError if not)."""
    if not isinstance(timex, list):
        raise ValueError("timex must be a list")
    for annotation in timex:
        if not (isinstance(annotation, dict) and isinstance(annotation.get("start"), int) and isinstance(annotation.get("end"), int)
                and "type" in annotation and "value" in annotation):
            raise ValueError(f"each timex needs integer start and end, a type and a value: {annotation!r}")
