import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.transfer import TransferError, import_conflict


class Command(BaseCommand):
    help = "Import a conflict written by export_conflict (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"{file} is not a JSON export: {error}") from None
        try:
            conflict = import_conflict(document)
        except TransferError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Imported {conflict.name}: {conflict.articles.count()} articles, {conflict.proposals.count()} proposals, "
            f"{conflict.events.count()} events."
        )
