"""Import articles from a JSON Lines file: one {"conflict", "title", "text", "url", "outlet", "published"}
object per line. Idempotent: an article already stored (same URL or same text) is a duplicate."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.importing import ImportRejected, import_article
from conflicts.models import Conflict


class Command(BaseCommand):
    help = "Import articles from a JSONL file and propose dated events from them."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON Lines file, one article per line")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        counts = {"created": 0, "duplicate": 0, "failed": 0}
        conflicts: dict[str, Conflict | None] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text.") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            status, label, published, reason = self._import_line(line, number, conflicts)
            counts[status] += 1
            self.stdout.write(f"{status} {label} published={published}" + (f" {reason}" if reason else ""))
        self.stdout.write(f"created {counts['created']}, duplicates {counts['duplicate']}, failed {counts['failed']}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {sum(counts.values())} articles failed.", returncode=1)

    def _import_line(self, line: str, number: int, conflicts: dict):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            return "failed", f"line {number}", "unknown", f"[not JSON: {error.msg}]"
        if not isinstance(item, dict):
            return "failed", f"line {number}", "unknown", "[not a JSON object]"
        label = item.get("url") or item.get("title") or f"line {number}"
        published = item.get("published") or "unknown"
        slug = item.get("conflict")
        if slug not in conflicts:
            conflicts[slug] = Conflict.objects.filter(slug=slug).first() if isinstance(slug, str) else None
        conflict = conflicts[slug]
        if conflict is None:
            return "failed", label, published, f"[no conflict with slug {slug!r}]"
        try:
            result = import_article(
                conflict=conflict,
                title=str(item.get("title") or ""),
                text=str(item.get("text") or ""),
                url=str(item.get("url") or ""),
                outlet=str(item.get("outlet") or ""),
                published=item.get("published"),
            )
        except ImportRejected as error:
            return "failed", label, published, f"[{error}]"
        return result.status, label, result.article.published.isoformat(), ""
