"""Events carry a folded search text. On PostgreSQL only, a stored generated column holds its
English tsvector, with a GIN index: EventQuerySet.search() matches against it, so that no row's
tsvector is computed at query time. SQLite gets the text column only (it searches by substring)."""

from django.db import migrations, models

GIN_INDEX = "event_search_gin"


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE conflicts_event ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english'::regconfig, COALESCE(search_text, ''))) STORED"
        )
        # Events are written one at a time by editors: without a pending list the index is current
        # at once, and the planner does not shun it after a bulk load.
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON conflicts_event USING gin (search_vector) "
            "WITH (fastupdate = off)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
        schema_editor.execute("ALTER TABLE conflicts_event DROP COLUMN IF EXISTS search_vector")


def fill_search_text(apps, schema_editor):
    from conflicts.timeline.search import search_text

    Event = apps.get_model("conflicts", "Event")
    Proposal = apps.get_model("conflicts", "Proposal")
    events = list(Event.objects.all())
    quotes = {}
    for source in Proposal.objects.filter(event__isnull=False, status__in=["accepted", "merged"]).select_related("article"):
        quotes.setdefault(source.event_id, []).extend(
            [source.quote, source.attribution, source.article.title, source.article.outlet]
        )
    for event in events:
        event.search_text = search_text([event.title, event.kind, event.plover, *event.actors, *quotes.get(event.pk, [])])
    Event.objects.bulk_update(events, ["search_text"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("conflicts", "0004_review_queue"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_text",
            field=models.TextField(
                blank=True, default="", editable=False, help_text="Title, actors and sources, folded for search"
            ),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(create_search_index, drop_search_index),
    ]
