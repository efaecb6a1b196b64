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


# ---------------------------------------------------------------------------------------------
# The sequence, filters, paging, sources and search

import re  # noqa: E402

import pytest  # noqa: E402

from conflicts.models import Article, Proposal  # noqa: E402
from conflicts.views.public import PAGE_SIZE  # noqa: E402

D = datetime.date


def make_event(conflict, title, kind="escalation", earliest=D(2020, 10, 2), latest=None, precision="day",
               actors=(), score=-9.0, quotes=("Shelling hit the city, officials said.",), published=True):
    event = Event.objects.create(
        conflict=conflict, title=title, kind=kind, earliest=earliest, latest=latest or earliest,
        precision=precision, actors=list(actors), score=score, published=published,
    )
    for number, quote in enumerate(quotes):
        article = Article.objects.create(
            conflict=conflict, title=f"{title}, report {number + 1}", outlet="Demo Desk",
            url=f"https://news.example/{event.pk}/{number}", published=event.latest, text=quote,
            content_hash=f"{event.pk}-{number}-{title}",
        )
        Proposal.objects.create(
            article=article, quote=quote, quote_start=0, quote_end=len(quote), phrase="", phrase_start=0,
            phrase_end=0, value="", status=Proposal.Status.ACCEPTED if number == 0 else Proposal.Status.MERGED,
            event=event,
        )
    event.refresh_search_text()
    return event


def event_ids(html):
    return [int(pk) for pk in re.findall(r'data-event-id="(\d+)"', html)]


@pytest.fixture
def war(conflict):
    """Fighting, talks, a truce broken the same day, a later month and an imprecise report."""
    return {
        "outbreak": make_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27), actors=["Azerbaijan", "Armenia"],
                               quotes=("Heavy fighting broke out on Sunday.", "Both sides blamed each other.",
                                       "Martial law was declared.")),
        "late_sept": make_event(conflict, "Shelling of Stepanakert", earliest=D(2020, 9, 21), latest=D(2020, 9, 30),
                                precision="part_of_month", actors=["Armenia"], quotes=("Stepanakert was shelled.",)),
        "talks": make_event(conflict, "Talks in Moscow", "diplomacy", D(2020, 10, 9), actors=["Russia"], score=3.5,
                            quotes=("The foreign ministers met in Moscow.",)),
        "truce": make_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                            quotes=("A humanitarian ceasefire took effect at noon.",)),
        "broken": make_event(conflict, "Truce broken", "escalation", D(2020, 10, 10), actors=["Azerbaijan"],
                             quotes=("Rockets hit Ganja hours later.",)),
        "shusha": make_event(conflict, "Şuşa falls", "escalation", D(2020, 11, 8), actors=["Azerbaijan"],
                             quotes=("Azerbaijani forces took Shusha.",)),
    }


def test_it_groups_events_by_year_and_month_in_date_order(client, war):
    html = client.get(timeline_url(war["talks"].conflict)).content.decode()

    assert event_ids(html) == [war[name].pk for name in ("late_sept", "outbreak", "talks", "truce", "broken", "shusha")]
    assert html.count('<h3 class="year">2020</h3>') == 1
    months = re.findall(r'<h4 class="month"[^>]*>([^<]+)', html)
    assert months == ["September 2020", "October 2020", "November 2020"]
    assert '<ol class="timeline">' in html


def test_it_labels_dates_at_their_precision_and_marks_uncertain_spans(client, war):
    html = client.get(timeline_url(war["talks"].conflict)).content.decode()

    assert '<time datetime="2020-09-27" class="exact">Sept. 27, 2020</time>' in html
    assert ('<time datetime="2020-09" class="span" title="between Sept. 21 and Sept. 30, 2020">late Sept. 2020</time>'
            in html)


def test_it_shows_the_phases_as_a_sequence_and_on_the_events(client, war):
    html = client.get(timeline_url(war["talks"].conflict)).content.decode()

    sequence = re.findall(r'<li class="phase phase-(\w+)">', html)
    assert sequence == ["escalation", "talks", "truce", "broken"]
    broken = html[html.index(f'data-event-id="{war["broken"].pk}"'):]
    assert broken.index('class="phase-name">Truce broken') < broken.index("</li>")
    assert f'class="event kind-escalation phase-broken" id="event-{war["shusha"].pk}"' in html


def test_the_chart_is_an_accessible_svg_with_a_table_of_its_data(client, war):
    html = client.get(timeline_url(war["talks"].conflict)).content.decode()

    assert '<svg viewBox="0 0 720 240" role="img" aria-labelledby="chart-title chart-desc"' in html
    assert '<desc id="chart-desc">6 events from Sept. 21, 2020 to Nov. 8, 2020, by day.' in html
    rows = re.findall(r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a></th><td>(\d+)</td><td>([-\d.]+)</td>'
                      r'<td>([-\d.]+)</td>', html)
    assert rows[0] == ("Sept. 21, 2020", "1", "-9.0", "-9.0")
    assert ("Oct. 10, 2020", "2", "-9.0", "7.5") in rows
    assert html.count('class="bar violent"') == 4 and html.count('class="bar cooperative"') == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "diplomacy"}, ["talks"]),
        ({"kind": ["diplomacy", "ceasefire"]}, ["talks", "truce"]),
        ({"actor": "Azerbaijan"}, ["outbreak", "broken", "shusha"]),
        ({"from": "2020-10-01", "to": "2020-10-31"}, ["talks", "truce", "broken"]),
        ({"from": "2020-09-29", "to": "2020-09-29"}, ["late_sept"]),
        ({"to": "2020-09"}, ["late_sept", "outbreak"]),
        ({"q": "ganja"}, ["broken"]),
        ({"q": "martial law"}, ["outbreak"]),
        ({"q": "shusha"}, ["shusha"]),
        ({"q": "truce -ganja"}, ["truce"]),
        ({"kind": "escalation", "actor": "Azerbaijan", "from": "2020-10"}, ["broken", "shusha"]),
    ],
)
def test_filters_work_as_plain_links(client, war, params, expected):
    response = client.get(timeline_url(war["talks"].conflict), params)

    assert response.status_code == 200
    assert event_ids(response.content.decode()) == [war[name].pk for name in expected]


def test_the_actor_filter_offers_the_most_frequent_actors(client, war, conflict):
    make_event(conflict, "Unpublished", actors=["Nobody"], published=False)
    html = client.get(timeline_url(conflict)).content.decode()

    options = re.findall(r'<option value="([^"]+)"', html)
    assert options == ["Armenia", "Azerbaijan", "Russia"]


def test_a_filter_with_htmx_returns_only_the_list(client, war):
    response = client.get(timeline_url(war["talks"].conflict), {"kind": "ceasefire"}, headers={"HX-Request": "true"})
    html = response.content.decode()

    assert html.lstrip().startswith('<section id="events"') and "<form" not in html and "<svg" not in html
    assert event_ids(html) == [war["truce"].pk] and "1 of 6 events match" in html
    assert '<p id="events-status" class="visually-hidden" role="status" hx-swap-oob="true">1 of 6 events match</p>' in html


def test_a_history_restore_gets_the_whole_page(client, war):
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    html = client.get(timeline_url(war["talks"].conflict), {"kind": "ceasefire"}, headers=headers).content.decode()

    assert "<html" in html and event_ids(html) == [war["truce"].pk] and html.count('id="events-status"') == 1
    assert '<input type="checkbox" name="kind" value="ceasefire" checked>' in html


@pytest.mark.parametrize(
    "params",
    [{"from": "notadate"}, {"to": "2020-13-45"}, {"kind": "nonsense"}, {"page": "abc"}, {"page": "-3"},
     {"page": "99999999999999999999"}, {"q": "'\"(&*) OR -"}, {"q": "x" * 5000}, {"actor": "\x00"}, {"q": "truce\x00"},
     {"from": "2020-11", "to": "2020-10"}, {"kind": ""}],
)
def test_bad_parameters_give_a_page_not_an_error(client, war, params):
    response = client.get(timeline_url(war["talks"].conflict), params, follow=True)

    assert response.status_code == 200


def test_bad_parameters_are_explained(client, war):
    html = client.get(timeline_url(war["talks"].conflict), {"from": "notadate", "kind": "nonsense"}).content.decode()

    assert "“notadate” is not a date" in html and "There is no kind “nonsense”" in html
    assert len(event_ids(html)) == 6


def test_a_page_past_the_end_says_so(client, war):
    html = client.get(timeline_url(war["talks"].conflict), {"page": "5"}).content.decode()

    assert "No more events." in html and not event_ids(html)


def test_long_timelines_come_in_pages_with_a_more_link(client, conflict):
    start = D(2020, 1, 1)
    events = Event.objects.bulk_create(
        Event(conflict=conflict, title=f"Event {n}", kind="escalation", earliest=start + datetime.timedelta(days=n),
              latest=start + datetime.timedelta(days=n), precision="day", score=-5)
        for n in range(PAGE_SIZE + 5)
    )
    url = timeline_url(conflict)

    first = client.get(url, {"kind": "escalation"}).content.decode()
    more = client.get(url, {"kind": "escalation", "page": 2}, headers={"HX-Request": "true"}).content.decode()

    assert event_ids(first) == [event.pk for event in events[:PAGE_SIZE]]
    assert f'href="{url}?kind=escalation&amp;page=2"' in first and 'hx-trigger="click, revealed"' in first
    assert event_ids(more) == [event.pk for event in events[PAGE_SIZE:]]
    assert not more.lstrip().startswith('<section id="events"') and "<html" not in more and 'class="more"' not in more
    assert f'{events[PAGE_SIZE].earliest:%B %Y} <span class="continued">(continued)</span>' in more


def test_the_first_screen_takes_a_bounded_number_of_queries(client, conflict, django_assert_num_queries):
    for n in range(3):
        make_event(conflict, f"Event {n}", earliest=D(2020, 10, n + 1), quotes=("One.", "Two."))
    # conflict (its revision stamps the overview), overview and its actors (cached afterwards), the
    # page's events, their sources
    with django_assert_num_queries(5):
        client.get(timeline_url(conflict))
    for n in range(60):
        make_event(conflict, f"More {n}", earliest=D(2020, 11, 1) + datetime.timedelta(days=n), quotes=("One.", "Two."))
    with django_assert_num_queries(5):
        client.get(timeline_url(conflict))
    with django_assert_num_queries(3):
        client.get(timeline_url(conflict))
    with django_assert_num_queries(3):
        client.get(timeline_url(conflict), {"page": 2})
    # a filtered list adds its count
    with django_assert_num_queries(4):
        client.get(timeline_url(conflict), {"q": "one", "kind": "escalation", "from": "2020"})


def test_more_sources_expand_in_place_with_htmx_and_as_a_link_without(client, war):
    outbreak = war["outbreak"]
    html = client.get(timeline_url(outbreak.conflict)).content.decode()

    item = html[html.index(f'data-event-id="{outbreak.pk}"'):]
    item = item[: item.index("</li>")]
    assert item.count("<blockquote") == 1 and "Heavy fighting broke out on Sunday." in item
    assert (f'<a href="{outbreak.get_absolute_url()}#sources" hx-get="{outbreak.get_absolute_url()}" '
            f'hx-target="#sources-{outbreak.pk}" hx-swap="outerHTML">2 more sources</a>') in item

    partial = client.get(outbreak.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert partial.lstrip().startswith(f'<div class="sources" id="sources-{outbreak.pk}">')
    assert partial.count("<blockquote") == 3 and "<html" not in partial


def test_the_event_page_has_open_graph_tags_and_every_source(client, war):
    outbreak = war["outbreak"]
    response = client.get(outbreak.get_absolute_url())
    html = response.content.decode()

    assert '<meta property="og:title" content="Sept. 27, 2020: Fighting erupts">' in html
    assert '<meta property="og:description" content="Heavy fighting broke out on Sunday.">' in html
    assert f'<meta property="og:url" content="http://testserver{outbreak.get_absolute_url()}">' in html
    assert html.count("<blockquote") == 3 and response.headers["Vary"].count("HX-Request") == 1


def test_an_event_of_another_conflict_is_404(client, war):
    other = Conflict.objects.create(name="Elsewhere", slug="elsewhere")

    assert client.get(f"/conflicts/{other.slug}/events/{war['talks'].pk}/").status_code == 404


def test_pages_have_no_inline_script_or_style(client, war):
    for url in (timeline_url(war["talks"].conflict), war["talks"].get_absolute_url(), "/"):
        # The embed dialog shows snippets for other sites as text; they are not markup of this page.
        html = re.sub(r"<textarea[^>]*>.*?</textarea>", "", client.get(url).content.decode(), flags=re.S)
        assert " style=" not in html and "<style" not in html
        assert all('src="' in tag or "nonce=" in tag for tag in re.findall(r"<script[^>]*>", html))


def test_search_text_follows_accepted_and_merged_sources(article, editor, django_capture_on_commit_callbacks):
    proposals = {p.phrase: p for p in article.proposals.all()}
    with django_capture_on_commit_callbacks(execute=True):
        event = proposals["Sept. 27"].accept(by=editor)
    assert Event.objects.search("offensive").get() == event

    with django_capture_on_commit_callbacks(execute=True):
        proposals["Friday"].accept(by=editor, into=event)
    assert Event.objects.search("moscow offensive").get() == event

    with django_capture_on_commit_callbacks(execute=True):
        event.edit(by=editor, title="Azerbaijan launches an offensive on Stepanakert")
    assert Event.objects.search("stepanakert").get() == event


def test_search_is_full_text_on_postgresql(war, db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: set DATABASE_URL to run it")
    # Stemming: "rocket" finds "Rockets"; websearch syntax: OR, quoted phrases, exclusions.
    assert list(Event.objects.search("rocket")) == [war["broken"]]
    assert set(Event.objects.search("ganja OR moscow")) == {war["broken"], war["talks"]}
    assert list(Event.objects.search('"humanitarian ceasefire" -ganja')) == [war["truce"]]


def test_a_plain_form_submission_redirects_to_a_clean_shareable_url(client, war):
    url = timeline_url(war["talks"].conflict)

    response = client.get(url, {"kind": "ceasefire", "actor": "", "from": "", "to": "", "q": ""})

    assert response.status_code == 302 and response.headers["Location"] == f"{url}?kind=ceasefire"


def test_htmx_pushes_the_clean_url(client, war):
    url = timeline_url(war["talks"].conflict)

    response = client.get(url, {"kind": "ceasefire", "q": ""}, headers={"HX-Request": "true"})

    assert response.status_code == 200 and response.headers["HX-Push-Url"] == f"{url}?kind=ceasefire"


def test_a_new_event_is_findable_by_its_own_words_however_it_was_made(conflict):
    event = Event.objects.create(conflict=conflict, title="Drone strike on Stepanakert", actors=["Azerbaijan"])

    assert list(Event.objects.search("stepanakert drone")) == [event]
    assert list(Event.objects.search("azerbaijan")) == [event]


def test_odd_page_numbers_and_head_requests(client, conflict):
    url = f"/conflicts/{conflict.slug}/"

    assert client.get(url, {"page": "²"}).status_code == 200
    assert client.head(url).status_code == 200
