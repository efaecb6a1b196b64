import datetime

from django.urls import reverse

from conflicts.models import Conflict, Event


def timeline_url(conflict):
    return reverse("conflicts:timeline", args=[conflict.slug])


def test_home_links_each_conflict(client, conflict):
    response = client.get("/")

    assert f'href="{timeline_url(conflict)}"' in response.content.decode()


def test_it_shows_published_events_in_date_order_with_their_quotes(client, article, editor):
    proposals = {p.phrase: p for p in article.proposals.all()}
    later = proposals["Friday"].accept(by=editor)
    earlier = proposals["Sept. 27"].accept(by=editor)

    html = client.get(timeline_url(article.conflict)).content.decode()

    assert html.index(f'data-event-id="{earlier.pk}"') < html.index(f'data-event-id="{later.pk}"')
    assert 'data-kind="escalation"' in html
    assert f"<blockquote cite=\"{article.url}\">{proposals['Sept. 27'].quote}</blockquote>" in html
    assert f'<a href="{article.url}" rel="noopener">{article.title}</a>' in html


def test_it_hides_unpublished_events(client, article, editor):
    event = article.proposals.get(phrase="Sept. 27").accept(by=editor)
    event.published = False
    event.save(update_fields=["published"])

    response = client.get(timeline_url(article.conflict))

    assert "data-event-id" not in response.content.decode()
    assert client.get(reverse("conflicts:event", args=[article.conflict.slug, event.pk])).status_code == 404


def test_htmx_gets_the_event_list_and_a_plain_request_the_page(client, article, editor):
    article.proposals.get(phrase="Sept. 27").accept(by=editor)
    url = timeline_url(article.conflict) + "?kind=escalation"

    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    page = client.get(url)

    assert partial.lstrip().startswith('<section id="events"') and "<html" not in partial
    assert "<html" in page.content.decode() and 'id="events"' in page.content.decode()
    assert page.headers["Vary"].count("HX-Request") == 1


def test_kind_filter_keeps_only_that_kind(client, conflict):
    day = datetime.date(2020, 10, 10)
    truce = Event.objects.create(conflict=conflict, title="Truce", kind="ceasefire", earliest=day, latest=day,
                                 precision="day", label="Oct. 10, 2020")
    Event.objects.create(conflict=conflict, title="Shelling", kind="escalation", earliest=day, latest=day,
                         precision="day", label="Oct. 10, 2020")

    html = client.get(timeline_url(conflict), {"kind": "ceasefire"}).content.decode()

    assert html.count("data-event-id") == 1 and f'data-event-id="{truce.pk}"' in html


def test_an_unknown_conflict_is_404(client, db):
    assert client.get("/conflicts/nowhere/").status_code == 404


def test_pages_carry_a_strict_content_security_policy(client, conflict):
    policy = client.get(timeline_url(conflict)).headers["Content-Security-Policy"]

    assert "script-src 'self' 'nonce-" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_event_permalink(client, article, editor):
    event = article.proposals.get(phrase="Sept. 27").accept(by=editor)

    response = client.get(event.get_absolute_url())

    assert response.status_code == 200 and event.title in response.content.decode()
    assert Conflict.objects.count() == 1
