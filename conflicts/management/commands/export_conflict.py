import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from conflicts.models import Conflict
from conflicts.transfer import export_conflict


class Command(BaseCommand):
    help = "Write a conflict with its articles, proposals, events and decision log as JSON."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")

    def handle(self, *args, slug: str, output: str | None, **options):
        conflict = Conflict.objects.filter(slug=slug).first()
        if conflict is None:
            raise CommandError(f"No conflict with the slug {slug!r}.")
        document = export_conflict(conflict)
        text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
            counts = ", ".join(f"{len(document[key])} {key}" for key in ("articles", "proposals", "events", "decisions"))
            self.stderr.write(f"Exported {conflict.name}: {counts}.")
        else:
            sys.stdout.write(text + "\n")
