"""The embeddable widget, its loader and oEmbed: only the widget may be framed by other sites; it keeps
no session, caches, stays fresh, reads without JavaScript, and stays within its size budget."""

import datetime as dt
import gzip
import json
import random
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from conflicts.models import Article, Conflict, Decision, Kind, Proposal
from tests.test_exports import HOSTILE, add_event

D = dt.date
EMBED_STATIC = settings.BASE_DIR / "static" / "conflicts" / "embed"
BUDGET = 15 * 1024


@pytest.fixture
def war(conflict):
    return {
        "outbreak": add_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27),
                              quotes=("Heavy fighting broke out on Sunday.", "Both sides blamed each other.")),
        "late": add_event(conflict, "Shelling intensifies", earliest=D(2020, 9, 21), latest=D(2020, 9, 30),
                          precision="part_of_month", quotes=("The fighting flared late last month.",)),
        "talks": add_event(conflict, "Talks in Moscow", "diplomacy", D(2020, 10, 9), score=3.5,
                           quotes=("The foreign ministers met in Moscow.",), attribution="the Kremlin"),
        "truce": add_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                           quotes=("A humanitarian ceasefire took effect at noon.",)),
        "hidden": add_event(conflict, "Unverified claim", published=False),
    }


def widget_url(conflict, **params):
    return reverse("conflicts:embed", args=[conflict.slug]), params


def get_widget(client, conflict, **params):
    path, params = widget_url(conflict, **params)
    return client.get(path, params)


def event_ids(html):
    import re

    return [int(pk) for pk in re.findall(r'href="/conflicts/nk-2020/events/(\d+)/"', html)]


# Framing


def test_the_widget_may_be_framed_by_any_site(client, war):
    conflict = war["outbreak"].conflict
    for response in (get_widget(client, conflict),
                     client.get(reverse("conflicts:embed-event", args=[conflict.slug, war["truce"].pk]))):
        assert response.status_code == 200
        assert "X-Frame-Options" not in response.headers
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors *" in policy and "'none'" not in policy.split("frame-ancestors")[1].split(";")[0]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_every_other_page_still_refuses_to_be_framed(client, war, editor):
    conflict = war["outbreak"].conflict
    client.force_login(editor)
    pages = [
        reverse("conflicts:home"),
        conflict.get_absolute_url(),
        war["truce"].get_absolute_url(),
        reverse("conflicts:review"),
        reverse("conflicts:timeline-json", args=[conflict.slug]),
        reverse("conflicts:api-events", args=[conflict.slug]),
        reverse("conflicts:oembed") + "?url=" + quote("http://testserver" + conflict.get_absolute_url()),
        reverse("login"),
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert response["X-Frame-Options"] == "DENY", page
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], page


# No session, caching, freshness


def test_the_widget_keeps_no_session_and_sets_no_cookie(client, war, editor):
    conflict = war["outbreak"].conflict
    anonymous = get_widget(client, conflict)
    client.force_login(editor)
    signed_in = get_widget(client, conflict)

    for response in (anonymous, signed_in):
        assert not response.cookies and "Set-Cookie" not in response.headers
        assert "Cookie" not in response.get("Vary", "")
    assert anonymous.content == signed_in.content and anonymous["ETag"] == signed_in["ETag"]


def test_the_widget_is_cacheable_and_answers_304_while_nothing_changes(client, war):
    conflict = war["outbreak"].conflict
    first = get_widget(client, conflict)

    assert first["ETag"] and "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    path, _ = widget_url(conflict)
    again = client.get(path, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert "X-Frame-Options" not in again.headers and "frame-ancestors *" in again["Content-Security-Policy"]


@pytest.mark.parametrize("change", ["edit", "unpublish", "new event", "new source", "undone source", "delete",
                                    "source retitled", "conflict renamed"])
def test_the_widget_is_fresh_when_events_change(client, war, editor, change):
    conflict = war["outbreak"].conflict
    path, _ = widget_url(conflict)
    etag = client.get(path)["ETag"]

    if change == "edit":
        war["talks"].edit(by=editor, title="Talks in Moscow end")
    elif change == "unpublish":
        war["talks"].set_published(by=editor, published=False)
    elif change == "new event":
        add_event(conflict, "Second truce", "ceasefire", D(2020, 10, 17))
    elif change == "new source":
        article = Article.objects.create(conflict=conflict, title="Talks resume", url="https://news.example/resume",
                                         published=D(2020, 10, 9), text="Talks resumed.", content_hash="resume")
        proposal = Proposal.objects.create(article=article, quote="Talks resumed.", quote_start=0, quote_end=14,
                                           phrase="", phrase_start=0, phrase_end=0, value="2020-10-09")
        proposal.accept(by=editor, into=war["talks"])
    elif change == "undone source":
        source = war["outbreak"].sources.last()
        Proposal.objects.filter(pk=source.pk).update(status="pending", event=None)
        source.refresh_from_db()
        source.accept(by=editor, into=war["outbreak"])
        etag = client.get(path)["ETag"]
        Decision.last_undoable(editor).undo(by=editor)
    elif change == "source retitled":
        article = war["talks"].sources.get().article
        article.title = "Moscow talks, a correction"
        article.save()
    elif change == "conflict renamed":
        Conflict.objects.filter(pk=conflict.pk).update(name="Second Karabakh war")
    else:
        war["talks"].delete()

    response = client.get(path, headers={"If-None-Match": etag})
    assert response.status_code == 200 and response["ETag"] != etag
    html = response.content.decode()
    if change == "edit":
        assert "Talks in Moscow end" in html
    if change in ("unpublish", "delete"):
        assert "Talks in Moscow" not in html
    if change == "new event":
        assert "Second truce" in html


# Content


def test_the_widget_reads_without_javascript(client, war):
    html = get_widget(client, war["outbreak"].conflict).content.decode()

    assert "Fighting erupts" in html and "<blockquote>Heavy fighting broke out on Sunday.</blockquote>" in html
    assert '<time datetime="2020-09-27">Sept. 27, 2020</time>' in html
    assert ">late Sept. 2020</time>" in html and 'title="between Sept. 21 and Sept. 30, 2020"' in html
    assert "The Kremlin, " in html and '<a href="https://news.example/' in html
    # The one script only reports the height; nothing inline.
    scripts = [part.split(">")[0] for part in html.split("<script")[1:]]
    assert len(scripts) == 1 and 'src="/static/conflicts/embed/resize.js"' in scripts[0]
    assert "<style" not in html and " style=" not in html
    assert '<base target="_blank">' in html


def test_the_widget_shows_published_events_only_in_date_order(client, war):
    html = get_widget(client, war["outbreak"].conflict).content.decode()

    assert event_ids(html) == [war[key].pk for key in ("late", "outbreak", "talks", "truce")]


def test_the_widget_takes_its_options_from_the_query_string(client, war):
    conflict = war["outbreak"].conflict

    assert event_ids(get_widget(client, conflict, kind="ceasefire").content.decode()) == [war["truce"].pk]
    assert event_ids(get_widget(client, conflict, **{"from": "2020-10"}).content.decode()) == [
        war["talks"].pk, war["truce"].pk]
    assert event_ids(get_widget(client, conflict, to="2020-09-26").content.decode()) == [war["late"].pk]
    limited = get_widget(client, conflict, limit="2").content.decode()
    assert event_ids(limited) == [war["late"].pk, war["outbreak"].pk]
    assert "2 of 4 events" in limited and ">All 4 events, with sources</a>" in limited
    assert '<html lang="en" class="dark">' in get_widget(client, conflict, theme="dark").content.decode()


@pytest.mark.parametrize("params", [{"theme": "<b>"}, {"limit": "lots"}, {"limit": "-3"}, {"kind": "riot"},
                                    {"from": "soon"}, {"limit": "100000"}, {"limit": "²"}, {"page": "²"}])
def test_odd_options_fall_back_to_defaults_rather_than_fail(client, war, params):
    response = get_widget(client, war["outbreak"].conflict, **params)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" class="light">' in html or params.get("theme") != "<b>"
    assert len(event_ids(html)) == 4


def test_a_hostile_title_is_inert_in_the_widget(client, conflict):
    add_event(conflict, title=HOSTILE, quotes=(HOSTILE,), attribution=HOSTILE, url="javascript:alert(1)//{n}")

    html = get_widget(client, conflict).content.decode()

    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "javascript:" not in html


def test_an_unknown_conflict_or_unpublished_event_is_a_404_the_publisher_can_still_frame(client, war):
    conflict = war["outbreak"].conflict

    nowhere = client.get(reverse("conflicts:embed", args=["nowhere"]))
    hidden = client.get(reverse("conflicts:embed-event", args=[conflict.slug, war["hidden"].pk]))

    for response in (nowhere, hidden):
        assert response.status_code == 404
        assert "X-Frame-Options" not in response.headers and "frame-ancestors *" in response["Content-Security-Policy"]
        assert "Set-Cookie" not in response.headers
    assert "This timeline is not available." in nowhere.content.decode()
    assert "Unverified claim" not in hidden.content.decode()
    assert 'This event is not published any more. <a href="/conflicts/nk-2020/">' in hidden.content.decode()


def test_one_event_can_be_embedded(client, war):
    response = client.get(reverse("conflicts:embed-event", args=[war["talks"].conflict.slug, war["talks"].pk]))

    html = response.content.decode()
    assert event_ids(html) == [war["talks"].pk]
    assert f'<a href="/conflicts/nk-2020/#event-{war["talks"].pk}">The full timeline, with sources</a>' in html


# The size budget


def test_fifty_events_transfer_under_15_kb_gzipped(client, conflict):
    # Words of the demo articles drawn at random: English words without English's redundancy, so
    # they compress worse than real quotes do. Quotes of about 40 words, titles of about 8.
    from conflicts.demo_articles import ARTICLES

    words = sorted({word for article in ARTICLES for word in article["text"].split()})
    rng = random.Random(7)
    for n in range(50):
        quote = " ".join(rng.choice(words) for _ in range(40)) + "."
        add_event(conflict, title=" ".join(rng.choice(words) for _ in range(8)).capitalize(),
                  kind=list(Kind.values)[n % 7], earliest=D(2020, 9, 27) + dt.timedelta(days=n),
                  quotes=(quote,), attribution="the Defense Ministry" if n % 3 else "",
                  outlet="Timeline Demo Caucasus Desk")

    response = client.get(reverse("conflicts:embed", args=[conflict.slug]), {"limit": "50"},
                          headers={"Accept-Encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert len(event_ids(gzip.decompress(response.content).decode())) == 50
    html = len(response.content)
    css = len(gzip.compress((EMBED_STATIC / "widget.css").read_bytes()))
    js = len(gzip.compress((EMBED_STATIC / "resize.js").read_bytes()))
    total = html + css + js
    print(f"widget, 50 events: HTML {html} + CSS {css} + JS {js} = {total} bytes gzip (budget {BUDGET})")
    assert total < BUDGET


# The loader


def test_the_loader_has_a_stable_url_and_is_cached(client, db):
    response = client.get("/embed.js")

    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert "public" in response["Cache-Control"] and response["ETag"]
    assert client.get("/embed.js", headers={"If-None-Match": response["ETag"]}).status_code == 304
    source = response.content.decode()
    assert "message.source !== frame.contentWindow" in source and "message.origin !== origin" in source
    assert "data-conflict" in source and "insertBefore(frame, script.nextSibling)" in source
    assert len(gzip.compress(response.content)) < 2048


def test_the_widget_script_reports_its_height_with_the_loaders_key(client, db):
    resize = (EMBED_STATIC / "resize.js").read_text()
    loader = (EMBED_STATIC / "loader.js").read_text()

    assert '"conflict-timeline": "height"' in resize and 'var KEY = "conflict-timeline"' in loader
    assert 'data[KEY] !== "height"' in loader


# oEmbed


def oembed(client, page_url, **params):
    return client.get(reverse("conflicts:oembed"), {"url": page_url, **params})


def test_oembed_describes_a_timeline_as_rich_html(client, war):
    conflict = war["outbreak"].conflict
    response = oembed(client, f"http://testserver{conflict.get_absolute_url()}")

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert (data["width"], data["height"]) == (600, 600) and data["title"] == conflict.name
    assert data["provider_name"] and data["provider_url"] == "http://testserver/"
    assert data["html"].startswith('<iframe src="http://testserver/embed/nk-2020/"')
    assert 'width="600" height="600"' in data["html"] and "<script" not in data["html"]


def test_oembed_carries_the_timelines_filters_into_the_widget(client, war):
    conflict = war["outbreak"].conflict
    data = json.loads(oembed(client, f"http://testserver{conflict.get_absolute_url()}?kind=ceasefire&from=2020-10&q=x").content)

    src = data["html"].split('src="')[1].split('"')[0].replace("&amp;", "&")
    assert urlsplit(src).path == "/embed/nk-2020/"
    assert parse_qs(urlsplit(src).query) == {"kind": ["ceasefire"], "from": ["2020-10"]}


def test_oembed_describes_an_event(client, war):
    data = json.loads(oembed(client, f"http://testserver{war['talks'].get_absolute_url()}").content)

    assert data["type"] == "rich" and data["title"] == "Talks in Moscow" and data["height"] == 320
    assert f'src="http://testserver/embed/nk-2020/events/{war["talks"].pk}/"' in data["html"]


def test_oembed_respects_the_consumers_maximum_size(client, war):
    page = f"http://testserver{war['outbreak'].conflict.get_absolute_url()}"
    small = json.loads(oembed(client, page, maxwidth="320", maxheight="240").content)
    large = json.loads(oembed(client, page, maxwidth="2000", maxheight="5000").content)

    assert (small["width"], small["height"]) == (320, 240) and 'width="320" height="240"' in small["html"]
    assert (large["width"], large["height"]) == (600, 600)


@pytest.mark.parametrize("page_url", [
    "http://elsewhere.example/conflicts/nk-2020/",
    "javascript:alert(1)",
    "http://testserver/review/",
    "http://testserver/conflicts/nowhere/",
    "http://testserver/no/such/page/",
    "ftp://testserver/conflicts/nk-2020/",
])
def test_oembed_is_404_for_urls_that_are_not_ours(client, war, page_url):
    response = oembed(client, page_url)

    assert response.status_code == 404 and json.loads(response.content)["error"]


def test_oembed_is_404_for_an_unpublished_event(client, war):
    assert oembed(client, f"http://testserver{war['hidden'].get_absolute_url()}").status_code == 404


@pytest.mark.parametrize("fmt", ["xml", "yaml", ""])
def test_oembed_is_501_for_other_formats(client, war, fmt):
    response = oembed(client, f"http://testserver{war['outbreak'].conflict.get_absolute_url()}", format=fmt)

    assert response.status_code == 501


@pytest.mark.parametrize("params", [{"url": ""}, {"maxwidth": "wide"}, {"maxheight": "0"}, {"maxwidth": "²"}])
def test_oembed_is_400_for_a_malformed_request(client, war, params):
    page = f"http://testserver{war['outbreak'].conflict.get_absolute_url()}"
    response = client.get(reverse("conflicts:oembed"), {"url": page, **params})

    assert response.status_code == 400


def test_oembed_escapes_titles_in_its_html(client, conflict):
    conflict.name = HOSTILE
    conflict.save()

    data = json.loads(oembed(client, f"http://testserver{conflict.get_absolute_url()}").content)

    assert data["title"] == HOSTILE and "<script>" not in data["html"] and "&lt;script&gt;" in data["html"]


# The includes for the timeline and event pages


def test_the_discovery_link_points_at_oembed_for_the_page(db):
    request = RequestFactory().get("/conflicts/nk-2020/", {"kind": "ceasefire"})
    html = render_to_string("conflicts/_oembed_link.html", {"request": request})

    assert html.startswith('<link rel="alternate" type="application/json+oembed" href="http://testserver/oembed?')
    assert "url=http%3A%2F%2Ftestserver%2Fconflicts%2Fnk-2020%2F%3Fkind%3Dceasefire" in html
    given = render_to_string("conflicts/_oembed_link.html", {"oembed_url": "http://testserver/oembed?url=x&format=json"})
    assert 'href="http://testserver/oembed?url=x&amp;format=json"' in given


def test_the_discovery_url_helper_and_the_link_lead_to_a_working_answer(client, war):
    from conflicts.views.embed import oembed_discovery_url

    conflict = war["outbreak"].conflict
    request = RequestFactory().get(conflict.get_absolute_url())
    link = oembed_discovery_url(request)

    response = client.get(link.removeprefix("http://testserver"))
    assert response.status_code == 200 and json.loads(response.content)["type"] == "rich"


def test_the_embed_dialog_offers_options_code_preview_and_copy(db):
    conflict = Conflict.objects.create(name=HOSTILE, slug="nk-2020")
    request = RequestFactory().get("/conflicts/nk-2020/")
    kinds = [(value, name, 1 if value in ("escalation", "ceasefire") else 0) for value, name in Kind.choices]

    html = render_to_string("conflicts/_embed_dialog.html", {"request": request, "conflict": conflict, "kinds": kinds})

    assert '<a href="#embed-dialog" data-embed-open' in html and '<dialog id="embed-dialog"' in html
    assert 'value="escalation"' in html and 'value="ceasefire"' in html and 'value="diplomacy"' not in html
    assert ('&lt;script src="http://testserver/embed.js" data-conflict="nk-2020" async&gt;&lt;/script&gt;</textarea>'
            in html)
    assert 'src="/embed/nk-2020/"' in html and "data-embed-copy" in html and "data-embed-preview" in html
    assert "<script>alert" not in html
    assert 'src="/static/conflicts/js/embed-dialog.js"' in html and "<style" not in html


def test_timeline_and_event_pages_offer_oembed_discovery_and_the_embed_dialog(client, article, editor):
    event = article.proposals.get(phrase="Sept. 27").accept(by=editor)

    timeline = client.get(f"/conflicts/{article.conflict.slug}/").content.decode()
    page = client.get(event.get_absolute_url()).content.decode()

    for html in (timeline, page):
        assert 'type="application/json+oembed"' in html
    assert "/embed.js" in timeline and 'data-conflict="' in timeline
