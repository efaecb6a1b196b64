"""Load the demo: the 2020 Nagorno-Karabakh war from articles the project wrote itself, with
enough proposals accepted that the timeline tells the story and the rest left for the queue.
Safe to re-run: articles already there are duplicates and decided proposals stay decided."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from conflicts import demo_articles
from conflicts.importing import import_article
from conflicts.models import Conflict

DEMO_EDITOR = ("editor", "editor")


class Command(BaseCommand):
    help = "Create the demo conflict, its articles and events, and the demo editor (editor / editor)."

    @transaction.atomic
    def handle(self, *args, **options):
        editor = self._demo_editor()
        conflict, _ = Conflict.objects.get_or_create(
            slug=demo_articles.CONFLICT["slug"],
            defaults={"name": demo_articles.CONFLICT["name"], "summary": demo_articles.CONFLICT["summary"]},
        )
        created = accepted = 0
        for item in demo_articles.ARTICLES:
            result = import_article(
                conflict=conflict,
                title=item["title"],
                text=item["text"],
                url=item["url"],
                outlet=item["outlet"],
                published=item["published"],
                by=editor,
            )
            created += result.created
            for wanted in item["accept"]:
                accepted += self._accept(result.article, wanted, editor)
        pending = conflict.proposals.pending().count()
        self.stdout.write(
            f"Demo conflict “{conflict.name}”: {created} articles created, {accepted} events accepted, "
            f"{pending} proposals pending. Sign in as editor / editor."
            if editor
            else f"Demo conflict “{conflict.name}”: {created} articles created, {accepted} events accepted."
        )

    def _demo_editor(self):
        if not settings.DEBUG:
            self.stderr.write("DEBUG is off: the demo editor account (editor / editor) is not created.")
            return None
        User = get_user_model()
        user, created = User.objects.get_or_create(username=DEMO_EDITOR[0])
        if created:
            user.set_password(DEMO_EDITOR[1])
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name="Editors"))
        return user

    def _accept(self, article, wanted: dict, editor) -> int:
        candidates = [p for p in article.proposals.order_by("id") if wanted["quote_contains"] in p.quote]
        # Prefer the proposal dated by the phrase the demo names; the proposer may have judged
        # another date in the sentence to be the event's.
        proposal = next((p for p in candidates if p.phrase == wanted["phrase"]), candidates[0] if candidates else None)
        if proposal is None:
            self.stderr.write(f"No proposal for {wanted['title']!r}: its sentence was not proposed.")
            return 0
        if proposal.status != proposal.Status.PENDING:
            return 0
        proposal.kind = wanted["kind"]
        proposal.save(update_fields=["kind"])
        proposal.accept(by=editor, title=wanted["title"])
        return 1
