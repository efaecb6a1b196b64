from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("conflicts", "0010_queue_kind_index")]

    operations = [
        migrations.AddField(
            model_name="conflict",
            name="revision",
            field=models.PositiveBigIntegerField(
                default=0, editable=False,
                help_text="Counts the changes to the published timeline: events, their sources, their articles",
            ),
        ),
        migrations.AddField(
            model_name="conflict",
            name="queue_revision",
            field=models.PositiveBigIntegerField(
                default=0, editable=False, help_text="Counts the proposals added, decided, undone or removed",
            ),
        ),
    ]
