"""Import the new entries of every saved feed (or one conflict's): run it from cron, or enqueue the
`conflicts.tasks.refresh_feeds` task. Prints a line per entry and a summary; exits non-zero when a
feed or an entry failed."""

from django.core.management.base import BaseCommand, CommandError

from conflicts.importing.web import refresh_feed
from conflicts.models import Conflict, Feed
from conflicts.tasks import run_import_batch


class Command(BaseCommand):
    help = "Fetch every saved feed and import the entries not imported yet."

    def add_arguments(self, parser):
        parser.add_argument("--conflict", help="only this conflict's feeds (slug)")

    def handle(self, *args, conflict=None, **options):
        feeds = Feed.objects.select_related("conflict", "added_by")
        if conflict:
            if not Conflict.objects.filter(slug=conflict).exists():
                raise CommandError(f"No conflict with slug {conflict!r}.")
            feeds = feeds.filter(conflict__slug=conflict)
        counts = {"created": 0, "duplicate": 0, "failed": 0}
        for feed in feeds:
            batch = refresh_feed(feed)
            if feed.last_error:
                counts["failed"] += 1
                self.stdout.write(f"failed {feed.url} published=unknown [{feed.last_error}]")
                continue
            if batch is None:
                continue
            # Run the batch here, not in the background, so cron sees the outcome.
            run_import_batch.call(batch.pk)
            batch.refresh_from_db()
            for item in batch.items:
                counts[item["status"]] += 1
                reason = f" [{item['reason']}]" if item.get("reason") else ""
                self.stdout.write(f"{item['status']} {item['url']} published={item.get('published') or 'unknown'}{reason}")
        self.stdout.write(f"created {counts['created']}, duplicates {counts['duplicate']}, failed {counts['failed']}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} feeds or entries failed.", returncode=1)
