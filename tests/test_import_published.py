"""Publication dates when none is given: metadata, then the URL path, then a dateline; never today."""

import datetime

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from conflicts.importing.published import find_published, parse_date

TODAY = datetime.date(2026, 1, 1)


def best(markup=None, url="", text=""):
    found = find_published(markup, url, text, today=TODAY)
    return (found[0].date, found[0].source, found[0].confidence_label) if found else None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-10-09T21:00:00-04:00"}</script>',
         (datetime.date(2020, 10, 9), "json-ld", "high")),
        ('<script type="application/ld+json">[{"@type": ["ReportageNewsArticle"], "datePublished": "2020-10-09"}]</script>',
         (datetime.date(2020, 10, 9), "json-ld", "high")),
        ('<meta property="article:published_time" content="2020-10-09T08:00:00Z">',
         (datetime.date(2020, 10, 9), "meta", "high")),
        ('<meta itemprop="datePublished" content="2020-10-09">', (datetime.date(2020, 10, 9), "meta", "high")),
        ('<meta name="pubdate" content="20201009">', (datetime.date(2020, 10, 9), "meta", "high")),
        ('<article><time pubdate datetime="2020-10-09">Friday</time></article>',
         (datetime.date(2020, 10, 9), "time-published", "high")),
        ('<article><p>Posted <time datetime="2020-10-09T10:00">Friday</time></p></article>',
         (datetime.date(2020, 10, 9), "time", "medium")),
        ('<meta name="citation_publication_date" content="2020/10/09">',
         (datetime.date(2020, 10, 9), "htmldate", "medium")),
    ],
)
def test_it_reads_the_page_metadata(markup, expected):
    assert best(f"<html><head>{markup}</head><body><p>Text.</p></body></html>") == expected


def test_json_ld_of_another_type_is_trusted_less():
    markup = '<script type="application/ld+json">{"@type": "Event", "startDate": "2020-10-09", "datePublished": "2020-01-01"}</script>'
    # Not an article's own date: only htmldate's general reading finds it, at medium confidence.
    assert best(f"<html><head>{markup}</head><body></body></html>") == (datetime.date(2020, 1, 1), "htmldate", "medium")


def test_malformed_metadata_is_ignored():
    markup = ('<html><head><script type="application/ld+json">{not json</script>'
              '<meta property="article:published_time" content="yesterday"></head><body></body></html>')
    assert best(markup) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://news.example/world/2020/10/26/truce", datetime.date(2020, 10, 26)),
     ("https://news.example/2020/10/9/truce.html", datetime.date(2020, 10, 9)),
     ("https://news.example/news/truce-2020-10-26.html", datetime.date(2020, 10, 26)),
     ("https://news.example/20201026/truce", datetime.date(2020, 10, 26)),
     ("https://news.example/2020/13/45/truce", None),
     ("https://news.example/2020/10/truce", None),
     ("https://news.example/truce?date=2020-10-26#x", None)],
)
def test_the_url_path_gives_a_date(url, expected):
    found = best(url=url)
    assert (found[0] if found else None) == expected
    if found:
        assert found[1:] == ("url", "medium")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("YEREVAN, Armenia, Nov. 10, 2020 — Peacekeepers arrived.", datetime.date(2020, 11, 10)),
     ("MOSCOW, 9 October 2020 (Reuters) - Talks opened.", datetime.date(2020, 10, 9)),
     ("BAKU, Sept 27, 2020 - Fighting broke out.", datetime.date(2020, 9, 27)),
     ("Updated 2020-10-17. The truce collapsed.", datetime.date(2020, 10, 17)),
     ("Talks opened on Friday.", None),
     ("x" * 400 + " Nov. 10, 2020", None)],
)
def test_a_dateline_at_the_top_of_the_text_gives_a_date(text, expected):
    found = best(text=text)
    assert (found[0] if found else None) == expected
    if found:
        assert found[1:] == ("dateline", "low")


def test_sources_are_ranked_metadata_then_url_then_dateline():
    found = find_published('<meta property="article:published_time" content="2020-10-10">',
                           "https://news.example/2020/10/09/x", "MOSCOW, Oct. 8, 2020 - Talks.", today=TODAY)

    assert [(g.source, g.date.day) for g in found] == [("meta", 10), ("url", 9), ("dateline", 8)]
    assert [g.confidence for g in found] == sorted((g.confidence for g in found), reverse=True)


def test_future_and_ancient_dates_are_not_publication_dates():
    assert best('<meta property="article:published_time" content="2999-01-01">') is None
    assert best(url="https://news.example/2030/01/01/x") is None
    assert best(text="ROME, Jan. 1, 1850 - Old news.") is None


def test_nothing_found_is_nothing_not_today():
    assert find_published("<html><body><p>Undated.</p></body></html>", "https://news.example/a", "Undated.") == []


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-10-09T23:30:00+04:00", datetime.date(2020, 10, 9)), ("20201009", datetime.date(2020, 10, 9)),
    ("Oct. 9, 2020", datetime.date(2020, 10, 9)), ("9 October 2020", datetime.date(2020, 10, 9)),
    ("2020-02-30", None), ("soon", None), ("", None)])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@hypothesis_settings(max_examples=200, deadline=None)
@given(markup=st.one_of(st.none(), st.text(max_size=300)), url=st.text(max_size=100), text=st.text(max_size=300))
def test_it_never_fails_and_never_finds_a_future_date(markup, url, text):
    for guess in find_published(markup, url, text, today=TODAY):
        assert datetime.date(1900, 1, 1) <= guess.date <= TODAY and 0 < guess.confidence <= 1
