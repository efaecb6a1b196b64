"""Give the queue back the work of a worker that died.

django-tasks-db's `db_worker` marks a task RUNNING when it claims it and only a finished task changes
state again, so a worker killed mid-task (SIGKILL, out of memory, the machine going away) leaves it
RUNNING for ever: no worker takes it again. This command puts such tasks back to READY, then enqueues
every import batch left unfinished without a task (its task failed while recording a failure, say).
Batches skip the items already done, so nothing is imported twice.

Which RUNNING tasks are stale:
  --worker-id ID     the tasks last claimed by the worker ID; run it just before starting that worker
                     with the same `db_worker --worker-id ID` (what it held then, it held when it died)
  --older-than SECS  the tasks claimed more than SECS seconds ago (for a worker that never comes back;
                     longer than any task runs)
  --all              every RUNNING task: only while no worker runs (a deploy that stopped them all)
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.tasks.base import TaskResultStatus
from django.utils import timezone

# A batch is enqueued when its transaction commits; give that a moment before calling it orphaned.
ORPHAN_GRACE = datetime.timedelta(minutes=1)


class Command(BaseCommand):
    help = "Put tasks left RUNNING by a dead db_worker back in the queue, and re-enqueue orphaned import batches."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--worker-id", action="append", default=[], metavar="ID",
                           help="the tasks last claimed by this worker id (repeatable)")
        which.add_argument("--older-than", type=float, metavar="SECONDS", help="the tasks claimed longer ago than this")
        which.add_argument("--all", action="store_true", help="every RUNNING task (only while no worker runs)")
        parser.add_argument("--backend", default=DEFAULT_TASK_BACKEND_ALIAS, help="the task backend (default: %(default)s)")
        parser.add_argument("--dry-run", action="store_true", help="say what would be requeued, change nothing")

    def handle(self, *, worker_id, older_than, all, backend, dry_run, **options):
        from django_tasks_db import DatabaseBackend
        from django_tasks_db.models import DBTaskResult

        if not isinstance(task_backends[backend], DatabaseBackend):
            raise CommandError(f"The task backend {backend!r} is not django-tasks-db's DatabaseBackend "
                               "(TASKS_BACKEND=database); there is no queue to repair.")
        if older_than is not None and older_than < 0:
            raise CommandError("--older-than must be zero or more seconds.")
        running = DBTaskResult.objects.running().filter(backend_name=backend).order_by("started_at")
        if older_than is not None:
            running = running.filter(started_at__lt=timezone.now() - datetime.timedelta(seconds=older_than))
        requeued = 0
        for result in running:
            claimed_by = result.worker_ids[-1] if result.worker_ids else ""
            if worker_id and claimed_by not in worker_id:
                continue
            # Only if it is still RUNNING: a worker that was alive after all may just have finished it.
            if not dry_run and not DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
                    status=TaskResultStatus.READY):
                continue
            requeued += 1
            self.stdout.write(f"requeued task {result.pk} {result.task_path} claimed by {claimed_by or '?'} "
                              f"at {result.started_at:%Y-%m-%d %H:%M:%S}")
        batches = self._orphaned_batches(backend, dry_run)
        self.stdout.write(f"{'would requeue' if dry_run else 'requeued'} {requeued} task{'s' * (requeued != 1)}, "
                          f"{'would enqueue' if dry_run else 'enqueued'} {batches} orphaned import "
                          f"batch{'es' * (batches != 1)}")

    def _orphaned_batches(self, backend: str, dry_run: bool) -> int:
        from django_tasks_db.models import DBTaskResult

        from conflicts.models import ImportBatch
        from conflicts.tasks import run_import_batch

        pending = DBTaskResult.objects.filter(
            backend_name=backend, task_path=run_import_batch.module_path,
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
        ).values_list("args_kwargs", flat=True)
        queued = {args["args"][0] for args in pending if args.get("args")}
        orphans = ImportBatch.objects.filter(
            status__in=[ImportBatch.Status.QUEUED, ImportBatch.Status.RUNNING],
            created_at__lt=timezone.now() - ORPHAN_GRACE,
        ).exclude(pk__in=queued).values_list("pk", flat=True)
        count = 0
        for batch_id in orphans:
            if not dry_run:
                run_import_batch.using(backend=backend).enqueue(batch_id)
            count += 1
            self.stdout.write(f"enqueued import batch {batch_id} (unfinished, no task in the queue)")
        return count
