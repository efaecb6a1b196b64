"""`import_articles` from JSONL, CSV, a folder and the web, and `refresh_feeds`."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from conflicts.models import Article, Feed, ImportBatch
from tests.test_import_fetch import FIXTURES, web, web_server  # noqa: F401  (web, web_server: fixtures)


def run(*args, **options) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *args, stdout=out, stderr=err, **options)
    return out.getvalue().splitlines(), err.getvalue()


def run_failing(*args, **options) -> list[str]:
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_articles", *args, stdout=out, stderr=io.StringIO(), **options)
    assert raised.value.returncode == 1
    return out.getvalue().splitlines()


def test_it_imports_a_web_page_with_the_date_it_found(conflict, web):
    url = f"{web}/jsonld-article.html"

    lines, _ = run(conflict="nk-2020", url=url)

    assert lines == [
        f"created {url} published=2020-10-18 [date from JSON-LD datePublished “2020-10-18T07:40:00Z”, high confidence]",
        "created 1, duplicates 0, failed 0",
    ]
    article = Article.objects.get()
    assert (article.title, article.outlet) == ("Second ceasefire in a week collapses within minutes", "Frontline Daily")
    assert run(conflict="nk-2020", url=url)[0] == [f"duplicate {url} published=2020-10-18", "created 0, duplicates 1, failed 0"]


def test_it_imports_every_entry_of_a_feed(conflict, web):
    lines, _ = run(conflict="nk-2020", url=f"{web}/feed.rss")

    assert lines[-1] == "created 3, duplicates 0, failed 0"
    assert sorted(Article.objects.values_list("published", flat=True)) == [
        datetime.date(2020, 10, 4), datetime.date(2020, 10, 10), datetime.date(2020, 10, 18)]
    assert run(conflict="nk-2020", url=f"{web}/feed.rss")[0][-1] == "created 0, duplicates 3, failed 0"


def test_a_page_without_a_date_fails_unless_one_is_given(conflict, web):
    url = f"{web}/undated-article.html"

    lines = run_failing(conflict="nk-2020", url=url)
    assert lines[0].startswith(f"failed {url} published=unknown [No publication date was found")
    assert Article.objects.count() == 0

    lines, _ = run(conflict="nk-2020", url=url, published="2020-11-17")
    assert lines[0] == f"created {url} published=2020-11-17"


@pytest.mark.parametrize(("path", "reason"), [("/missing.html", "HTTP 404"), ("/empty.rss", "has no entries"),
                                              ("/data.json", "is not a web page or a feed")])
def test_a_failed_url_says_why_and_exits_non_zero(conflict, web, path, reason):
    lines = run_failing(conflict="nk-2020", url=web + path)

    assert lines[0].startswith(f"failed {web}{path} published=unknown [") and reason in lines[0]
    assert lines[-1] == "created 0, duplicates 0, failed 1"


def test_a_private_address_is_refused(conflict, web_server, settings):
    settings.ALLOW_PRIVATE_URLS = False

    assert "private or local address" in run_failing(conflict="nk-2020", url=f"{web_server}/og-article.html")[0]


def test_usage_errors(conflict, tmp_path):
    with pytest.raises(CommandError, match="--url needs --conflict"):
        call_command("import_articles", url="https://example.com/")
    with pytest.raises(CommandError, match="No conflict with slug 'nowhere'"):
        call_command("import_articles", conflict="nowhere", url="https://example.com/")
    with pytest.raises(CommandError, match="Give a .jsonl or .csv file"):
        call_command("import_articles")
    with pytest.raises(CommandError, match="A folder needs --conflict"):
        call_command("import_articles", str(tmp_path))
    with pytest.raises(CommandError, match="has no .txt"):
        call_command("import_articles", str(tmp_path), conflict="nk-2020")


def test_it_imports_csv(conflict, tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        "conflict,title,text,url,outlet,published\n"
        'nk-2020,Talks,"Talks opened in Moscow on Friday, officials said.",https://news.example/talks,Demo Desk,2020-10-09\n'
        'nk-2020,Truce,"A truce began at noon on Saturday.",https://news.example/2020/10/10/truce,Demo Desk,\n'
        "nk-2020,Empty,,,,2020-10-09\n", encoding="utf-8")

    lines = run_failing(str(path))

    assert lines == [
        "created https://news.example/talks published=2020-10-09",
        "created https://news.example/2020/10/10/truce published=2020-10-10 "
        "[date from the URL path “2020/10/10”, medium confidence]",
        "failed Empty published=2020-10-09 [The article text is empty.]",
        "created 2, duplicates 0, failed 1",
    ]
    assert run_failing(str(path))[-1] == "created 0, duplicates 2, failed 1"


def test_a_csv_without_a_header_is_refused(conflict, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("nk-2020,Talks,Text\n")

    with pytest.raises(CommandError, match="must name the columns"):
        call_command("import_articles", str(path))


def test_a_jsonl_line_with_a_url_and_no_text_fetches_the_page(conflict, web, tmp_path):
    path = tmp_path / "urls.jsonl"
    path.write_text(json.dumps({"conflict": "nk-2020", "url": f"{web}/news/2020/10/26/us-brokered-truce.html"}) + "\n")

    lines, _ = run(str(path))

    assert lines[0].endswith("published=2020-10-26 [date from the URL path “2020/10/26”, medium confidence]")


def test_it_imports_a_folder_of_files(conflict, tmp_path, web):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-dateline.txt").write_text(
        "YEREVAN, Nov. 10, 2020 — Russian peacekeepers began deploying on Tuesday, officials said.")
    (folder / "b-meta.html").write_bytes((FIXTURES / "og-article.html").read_bytes())
    (folder / "c-2020-10-17-named.md").write_text("# Truce agreed\n\nA new truce was agreed on Saturday, **officials** said.")
    (folder / "d-undated.txt").write_text("Analysts say the agreement signed last week changes the balance of power.")
    (folder / "e-notes.csv").write_text("ignored")

    lines = run_failing(str(folder), conflict="nk-2020")

    assert lines[0] == "created a-dateline.txt published=2020-11-10 [date from a dateline in the text “Nov. 10, 2020”, low confidence]"
    assert lines[1].startswith("created b-meta.html published=2020-10-10 [date from <meta article:published_time>")
    assert lines[2] == "created c-2020-10-17-named.md published=2020-10-17 [date from the file name “2020-10-17”, medium confidence]"
    assert lines[3].startswith("failed d-undated.txt published=unknown [No publication date was found")
    assert lines[4] == "created 3, duplicates 0, failed 1"
    assert Article.objects.get(title="Truce agreed").text == "A new truce was agreed on Saturday, officials said."
    assert run_failing(str(folder), conflict="nk-2020")[-1] == "created 0, duplicates 3, failed 1"
    assert run(str(folder), conflict="nk-2020", published="2020-11-17")[0][-1] == "created 1, duplicates 3, failed 0"


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_a_progress_bar_is_drawn_only_on_a_terminal(conflict, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"conflict": "nk-2020", "text": f"Talks opened on Friday, round {n}.",
                                          "published": "2020-10-09"}) for n in range(3)))
    terminal = FakeTerminal()

    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=terminal)
    assert "[" + "#" * 30 + "] 3/3" in terminal.getvalue()

    _, err = run(str(path))
    assert err == ""


def test_refresh_feeds_imports_new_entries_of_saved_feeds(conflict, editor, web):
    Feed.objects.create(conflict=conflict, url=f"{web}/feed.atom", added_by=editor)
    out = io.StringIO()

    call_command("refresh_feeds", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[-1] == "created 2, duplicates 0, failed 0"
    assert f"created {web}/dateline-article.html published=2020-11-10" in lines
    assert ImportBatch.objects.get().status == "done"
    again = io.StringIO()
    call_command("refresh_feeds", conflict="nk-2020", stdout=again)
    assert again.getvalue().splitlines() == ["created 0, duplicates 0, failed 0"]


def test_refresh_feeds_reports_a_broken_feed(conflict, web):
    feed = Feed.objects.create(conflict=conflict, url=f"{web}/missing.rss")
    out = io.StringIO()

    with pytest.raises(CommandError):
        call_command("refresh_feeds", stdout=out)

    assert "HTTP 404" in out.getvalue()
    feed.refresh_from_db()
    assert "HTTP 404" in feed.last_error


def test_the_refresh_task_queues_and_runs_batches(conflict, editor, web, django_capture_on_commit_callbacks):
    from conflicts.tasks import refresh_feeds

    Feed.objects.create(conflict=conflict, url=f"{web}/feed.rss", added_by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        result = refresh_feeds.enqueue(conflict.pk)

    assert len(result.return_value) == 1
    batch = ImportBatch.objects.get()
    assert (batch.status, batch.created) == ("done", 3)
    assert Article.objects.filter(imported_by=editor).count() == 3
