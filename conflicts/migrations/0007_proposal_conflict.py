import django.db.models.deletion
from django.db import migrations, models


def copy_conflicts(apps, schema_editor):
    Proposal = apps.get_model("conflicts", "Proposal")
    Article = apps.get_model("conflicts", "Article")
    for article_id, conflict_id in Article.objects.values_list("id", "conflict_id").iterator():
        Proposal.objects.filter(article_id=article_id).update(conflict_id=conflict_id)


class Migration(migrations.Migration):
    dependencies = [
        ("conflicts", "0006_conflict_gazetteer"),
    ]

    operations = [
        migrations.AddField(
            model_name="proposal",
            name="conflict",
            field=models.ForeignKey(
                editable=False, null=True, on_delete=django.db.models.deletion.CASCADE,
                related_name="proposals", to="conflicts.conflict",
            ),
        ),
        migrations.RunPython(copy_conflicts, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="proposal",
            name="conflict",
            field=models.ForeignKey(
                editable=False, on_delete=django.db.models.deletion.CASCADE,
                related_name="proposals", to="conflicts.conflict",
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(fields=["conflict", "status", "-confidence", "id"], name="proposal_conflict_queue_idx"),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(fields=["conflict", "status", "earliest", "id"], name="proposal_conflict_date_idx"),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(fields=["status", "earliest", "id"], name="proposal_date_idx"),
        ),
    ]
