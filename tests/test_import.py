import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from conflicts.models import Article, Proposal

URL = reverse("conflicts:import")
TEXT = (
    "STEPANAKERT — Shelling hit the regional capital on Sunday, officials said. "
    "The offensive began on Sept. 27, and fighting has continued for decades in one form or another."
)


def form_data(conflict, **overrides):
    data = {"conflict": conflict.pk, "title": "Shelling hits Stepanakert", "outlet": "Demo Desk",
            "url": "https://news.example/a", "published": "2020-10-04", "text": TEXT}
    data.update(overrides)
    return data


def test_it_requires_sign_in(client, conflict):
    assert client.get(URL).url.startswith("/accounts/login/")


def test_it_forbids_readers(client, reader):
    client.force_login(reader)
    assert client.get(URL).status_code == 403


def test_it_imports_a_pasted_article_and_proposes_dated_events(editor_client, conflict, editor):
    response = editor_client.post(URL, form_data(conflict))

    assert response.status_code == 302 and response.url == reverse("conflicts:review")
    article = Article.objects.get()
    assert (article.title, article.outlet, article.published) == (
        "Shelling hits Stepanakert", "Demo Desk", datetime.date(2020, 10, 4))
    assert article.imported_by == editor and len(article.content_hash) == 64
    phrases = {p.phrase: p for p in article.proposals.all()}
    assert phrases["Sunday"].earliest == datetime.date(2020, 10, 4)
    assert phrases["Sept. 27"].earliest == datetime.date(2020, 9, 27)
    assert all(p.status == Proposal.Status.PENDING for p in phrases.values())
    quote = phrases["Sept. 27"]
    assert article.text[quote.quote_start:quote.quote_end] == quote.quote
    assert article.text[quote.phrase_start:quote.phrase_end] == "Sept. 27"


def test_it_imports_an_uploaded_html_file(editor_client, conflict):
    page = (b"<html><head><title>Truce announced</title><script>alert(1)</script></head><body>"
            b"<nav>Home</nav><p>MOSCOW \xe2\x80\x94 A humanitarian truce began at noon on Saturday.</p></body></html>")
    upload = SimpleUploadedFile("truce.html", page, content_type="text/html")

    response = editor_client.post(URL, form_data(conflict, title="", text="", url="", published="2020-10-10", file=upload))

    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == "Truce announced"
    assert article.text == "MOSCOW — A humanitarian truce began at noon on Saturday."
    assert article.proposals.get().earliest == datetime.date(2020, 10, 10)


def test_the_same_text_twice_creates_nothing_new(editor_client, conflict):
    editor_client.post(URL, form_data(conflict))
    proposals = Proposal.objects.count()

    response = editor_client.post(URL, form_data(conflict, url="", text="  " + TEXT.replace(" ", "  ")), follow=True)

    assert Article.objects.count() == 1 and Proposal.objects.count() == proposals
    assert "Already imported" in response.content.decode()


def test_the_same_url_twice_creates_nothing_new(editor_client, conflict):
    editor_client.post(URL, form_data(conflict))

    editor_client.post(URL, form_data(conflict, text="A different text about Friday."))

    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"text": "   "}, "Paste the article text or upload"),
        ({"published": "next tuesday"}, "Enter the publication date as YYYY-MM-DD"),
        ({"published": "2999-01-01"}, "is in the future"),
        ({"url": "javascript:alert(1)"}, "Enter a valid URL"),
    ],
)
def test_it_refuses_bad_input_with_a_clear_message(editor_client, conflict, overrides, message):
    response = editor_client.post(URL, form_data(conflict, **overrides))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0 and Proposal.objects.count() == 0


def test_it_refuses_text_over_the_size_limit(editor_client, conflict, settings):
    settings.ARTICLE_MAX_BYTES = 1000

    response = editor_client.post(URL, form_data(conflict, text="Friday. " * 200))

    assert response.status_code == 400
    assert "the limit is 1,000 bytes" in response.content.decode()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("latin1.txt", "Caf\xe9 talks on Friday".encode("latin-1"), "is not valid UTF-8"),
        ("report.pdf", b"%PDF-1.4", "is not a .txt or .html file"),
    ],
)
def test_it_refuses_unreadable_files(editor_client, conflict, name, content, message):
    upload = SimpleUploadedFile(name, content)

    response = editor_client.post(URL, form_data(conflict, text="", file=upload))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_nothing_is_half_saved_when_proposing_fails(editor_client, conflict, monkeypatch):
    def broken_bulk_create(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Proposal.objects, "bulk_create", broken_bulk_create)

    with pytest.raises(RuntimeError):
        editor_client.post(URL, form_data(conflict))

    assert Article.objects.count() == 0


def test_the_command_imports_jsonl_idempotently(conflict, tmp_path, capsys):
    lines = [
        {"conflict": conflict.slug, "title": "Talks", "text": "Talks opened in Moscow on Friday.",
         "url": "https://news.example/talks", "outlet": "Demo Desk", "published": "2020-10-09"},
        {"conflict": conflict.slug, "title": "Truce", "text": "A truce began at noon on Saturday.",
         "url": "", "outlet": "Demo Desk", "published": "2020-10-10"},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")

    call_command("import_articles", str(path))
    call_command("import_articles", str(path))

    out = capsys.readouterr().out.splitlines()
    assert out[0] == "created https://news.example/talks published=2020-10-09"
    assert out[2] == "created 2, duplicates 0, failed 0"
    assert out[-1] == "created 0, duplicates 2, failed 0"
    assert Article.objects.count() == 2


def test_the_command_reports_failures_and_exits_non_zero(conflict, tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"conflict": "nk-2020", "title": "Empty", "text": "", "published": "2020-10-09"}\n'
        "not json\n"
        '{"conflict": "nowhere", "title": "Lost", "text": "Friday.", "published": "2020-10-09"}\n'
        '{"conflict": "nk-2020", "title": "Future", "text": "Friday.", "published": "2999-10-09"}\n'
    )

    with pytest.raises(CommandError, match="4 of 4 articles failed"):
        call_command("import_articles", str(path))

    out = capsys.readouterr().out
    assert "failed Empty published=2020-10-09 [The article text is empty.]" in out
    assert "failed line 2 published=unknown [not JSON" in out
    assert "[no conflict with slug 'nowhere']" in out
    assert "is in the future" in out
    assert out.splitlines()[-1] == "created 0, duplicates 0, failed 4"
    assert Article.objects.count() == 0


def test_the_seed_article_yields_a_proposal_dated_sept_27(conflict, seed_text):
    from conflicts.importing import import_article

    result = import_article(conflict=conflict, title="Seed", text=seed_text, published="2020-10-09")

    dates = {p.earliest.isoformat() for p in result.article.proposals.pending()}
    assert "2020-09-27" in dates


def test_the_conflicts_own_gazetteer_names_actors(conflict):
    from conflicts.importing import import_article

    conflict.gazetteer = {"Artsakh Defense Army": "Nagorno-Karabakh Defense Army"}
    conflict.save()

    result = import_article(conflict=conflict, published="2020-10-09", title="Shelling",
                            text="The Artsakh Defense Army shelled positions near Fuzuli on Friday, officials said.")

    assert "Nagorno-Karabakh Defense Army" in result.article.proposals.get().actors


def test_a_malformed_gazetteer_is_refused(conflict):
    from django.core.exceptions import ValidationError

    conflict.gazetteer = {"Artsakh": 3}
    with pytest.raises(ValidationError, match="alias"):
        conflict.full_clean()
