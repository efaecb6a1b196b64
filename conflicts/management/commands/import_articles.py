"""Import articles in bulk and propose dated events from them.

    import_articles FILE.jsonl        lines of {"conflict", "title", "text", "url", "outlet", "published"}
    import_articles FILE.csv          the same fields as columns, with a header row
    import_articles FOLDER --conflict SLUG     every .txt/.md/.html/.pdf/.docx file in the folder
    import_articles --conflict SLUG --url URL  one web page, or every entry of a feed

Idempotent: an article already stored (same URL or same text) is a duplicate. One line per item,
`created|duplicate|failed <url or title> published=<YYYY-MM-DD|unknown> [reason]`, then the summary
`created N, duplicates N, failed N`; the exit status is non-zero when anything failed. A publication
date that is not given is looked for (page metadata, URL path, dateline) and the line says where it
was found; without one the item fails rather than being dated today."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from conflicts.importing import ImportRejected, import_article
from conflicts.importing.extract import ExtractionError
from conflicts.importing.feeds import Feed as ParsedFeed
from conflicts.importing.files import DOCUMENT_SUFFIXES, read_document
from conflicts.importing.published import find_published
from conflicts.importing.web import Outcome, fetch_source, import_entry, import_page
from conflicts.models import Article, Conflict

FIELDS = ("conflict", "title", "text", "url", "outlet", "published")


class Command(BaseCommand):
    help = "Import articles from JSONL, CSV, a folder of files, or a web page or feed, and propose dated events."

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", help="a .jsonl or .csv file, or a folder of .txt/.md/.html/.pdf/.docx files")
        parser.add_argument("--conflict", help="slug of the conflict (for a folder, a URL, or lines without one)")
        parser.add_argument("--url", help="a web page or an RSS/Atom feed to import")
        parser.add_argument("--published", help="publication date YYYY-MM-DD, when the source has none")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    def handle(self, *args, source=None, conflict=None, url=None, published=None, no_progress=False, **options):
        self.conflicts: dict[str, Conflict | None] = {}
        self.default_conflict = self._conflict(conflict) if conflict else None
        self.published = published
        if url and source:
            raise CommandError("Give a file or folder, or --url, not both.")
        if url:
            if self.default_conflict is None:
                raise CommandError("--url needs --conflict SLUG.")
            items = self._url_items(url)
        elif source:
            items = self._source_items(Path(source))
        else:
            raise CommandError("Give a .jsonl or .csv file, a folder, or --conflict SLUG --url URL.")

        counts = {"created": 0, "duplicate": 0, "failed": 0}
        progress = Progress(self.stderr, len(items)) if not no_progress and _is_tty(self.stderr) else None
        for run in items:
            outcome = run()
            counts[outcome.status] += 1
            if progress:
                progress.clear()
            self.stdout.write(outcome.line())
            if progress:
                progress.advance()
        if progress:
            progress.clear()
        self.stdout.write(f"created {counts['created']}, duplicates {counts['duplicate']}, failed {counts['failed']}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {sum(counts.values())} articles failed.", returncode=1)

    # Sources: each gives a list of callables, one per item, so the count is known for the progress bar.

    def _source_items(self, path: Path) -> list[Callable[[], Outcome]]:
        if path.is_dir():
            if self.default_conflict is None:
                raise CommandError("A folder needs --conflict SLUG.")
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not files:
                raise CommandError(f"{path} has no .txt, .md, .html, .pdf or .docx files.")
            return [lambda file=file: self._import_file(file) for file in files]
        if not path.is_file():
            raise CommandError(f"{path}: no such file or folder.")
        try:
            content = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text.") from None
        if path.suffix.lower() == ".csv":
            return [lambda row=row, number=number: self._import_record(row, f"row {number}")
                    for number, row in _csv_rows(content, path)]
        return [lambda line=line, number=number: self._import_line(line, number)
                for number, line in enumerate(content.splitlines(), start=1) if line.strip()]

    def _url_items(self, url: str) -> list[Callable[[], Outcome]]:
        try:
            source = fetch_source(url)
        except ImportRejected as error:
            reason = str(error)
            return [lambda: Outcome("failed", url, reason=reason)]
        if isinstance(source, ParsedFeed):
            return [lambda entry=entry: import_entry(self.default_conflict, entry) for entry in source.entries]
        return [lambda: self._import_url(url)]

    # Items

    def _import_line(self, line: str, number: int) -> Outcome:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            return Outcome("failed", f"line {number}", reason=f"not JSON: {error.msg}")
        if not isinstance(item, dict):
            return Outcome("failed", f"line {number}", reason="not a JSON object")
        return self._import_record(item, f"line {number}")

    def _import_record(self, item: dict, fallback_label: str) -> Outcome:
        label = str(item.get("url") or item.get("title") or fallback_label)
        given = item.get("published") or self.published
        slug = item.get("conflict")
        conflict = self._conflict_or_none(slug) if slug else self.default_conflict
        if conflict is None:
            return _failed(label, given, f"no conflict with slug {slug!r}")
        text, url = str(item.get("text") or ""), str(item.get("url") or "")
        if not text.strip() and url:
            # A line with a URL and no text: fetch the page.
            return self._import_url(url, conflict, given)
        note = ""
        if not given and text.strip():
            guesses = find_published(None, url, text)
            if guesses:
                given, note = guesses[0].date, _found(guesses[0])
        try:
            result = import_article(conflict=conflict, title=str(item.get("title") or ""), text=text, url=url,
                                    outlet=str(item.get("outlet") or ""), published=given)
        except ImportRejected as error:
            return _failed(label, given, str(error))
        return Outcome(result.status, label, result.article.published, note, result.article.pk, result.proposals)

    def _import_url(self, url: str, conflict: Conflict | None = None, published=None) -> Outcome:
        existing = Article.objects.filter(url=url).only("pk", "published").first()
        if existing:
            return Outcome("duplicate", url, existing.published, article_id=existing.pk)
        try:
            result, guess = import_page(conflict or self.default_conflict, url, published=published or self.published)
        except ImportRejected as error:
            return _failed(url, published or self.published, str(error))
        note = _found(guess) if guess and not (published or self.published) else ""
        return Outcome(result.status, url, result.article.published, note, result.article.pk, result.proposals)

    def _import_file(self, file: Path) -> Outcome:
        label = file.name
        try:
            data = file.read_bytes()
            title, text = read_document(data, file.name)
        except (ExtractionError, OSError) as error:
            return _failed(label, self.published, str(error))
        given, note = self.published, ""
        if not given:
            markup = data.decode("utf-8", "replace") if file.suffix.lower() in (".html", ".htm") else None
            guesses = find_published(markup, f"/{file.name}", text)
            if not guesses:
                return _failed(label, None, "No publication date was found in the file, its name or a dateline; "
                                            "give one with --published.")
            given, note = guesses[0].date, _found(guesses[0]).replace("the URL path", "the file name")
        try:
            result = import_article(conflict=self.default_conflict, title=title or file.stem, text=text, published=given)
        except ImportRejected as error:
            return _failed(label, given, str(error))
        return Outcome(result.status, label, result.article.published, note, result.article.pk, result.proposals)

    def _conflict(self, slug: str) -> Conflict:
        conflict = self._conflict_or_none(slug)
        if conflict is None:
            raise CommandError(f"No conflict with slug {slug!r}.")
        return conflict

    def _conflict_or_none(self, slug) -> Conflict | None:
        if not isinstance(slug, str):
            return None
        if slug not in self.conflicts:
            self.conflicts[slug] = Conflict.objects.filter(slug=slug).first()
        return self.conflicts[slug]


def _failed(label: str, published, reason: str) -> Outcome:
    return Outcome("failed", label, reason=reason, given=str(published) if published else "")


def _found(guess) -> str:
    return f"date from {guess.detail}, {guess.confidence_label} confidence"


def _csv_rows(content: str, path: Path) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(content))
    if not reader.fieldnames or not {"text", "url"} & {name.strip() for name in reader.fieldnames}:
        raise CommandError(f"{path}: the first row must name the columns ({', '.join(FIELDS)}).")
    for number, row in enumerate(reader, start=2):
        yield number, {(key or "").strip(): (value or "").strip() if key != "text" else value or ""
                       for key, value in row.items()}


def _is_tty(stream) -> bool:
    raw = getattr(stream, "_out", stream)
    return hasattr(raw, "isatty") and raw.isatty()


class Progress:
    """A one-line progress bar on a terminal's stderr, redrawn between the item lines."""

    WIDTH = 30

    def __init__(self, stream, total: int):
        self.stream, self.total, self.done = getattr(stream, "_out", stream), total, 0
        self.draw()

    def draw(self) -> None:
        filled = self.WIDTH * self.done // self.total if self.total else self.WIDTH
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total}")
        self.stream.flush()

    def advance(self) -> None:
        self.done += 1
        self.draw()

    def clear(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()
