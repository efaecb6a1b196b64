"""Finding an article's publication date when none is given (no Django): the page's metadata, then
the URL path, then a dateline at the top of the text. Each guess says where it came from and how far
to trust it; finding nothing returns nothing, never today's date."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

from lxml import html as lxml_html

# How far each source is trusted: metadata the publisher wrote for machines beats a date in the
# URL, which beats a date read from the first lines of the text.
CONFIDENCE = {"json-ld": 0.95, "meta": 0.95, "time-published": 0.9, "htmldate": 0.8, "time": 0.7, "url": 0.7,
              "dateline": 0.5}

_META_NAMES = (
    "article:published_time", "og:article:published_time", "datepublished", "date-published", "pubdate",
    "publishdate", "publish-date", "publication_date", "dc.date.issued", "dcterms.created", "dc.date",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "date",
)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "report", "webpage"}
_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATELINE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE),  # Nov. 10, 2020
    re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+((?:19|20)\d\d)\b", re.IGNORECASE),  # 10 November 2020
    re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),  # 2020-11-10
)
_URL_PATTERNS = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$|[-_.])"),
    re.compile(r"(?<![\d])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])"),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|$|[-_.])"),
)
DATELINE_CHARS = 300


@dataclass(frozen=True)
class DateGuess:
    date: datetime.date
    source: str  # json-ld, meta, time-published, htmldate, time, url, dateline
    detail: str  # what was read, for the editor: 'JSON-LD datePublished "2020-10-18T07:40:00Z"'
    confidence: float

    @property
    def confidence_label(self) -> str:
        return "high" if self.confidence >= 0.9 else "medium" if self.confidence >= 0.7 else "low"


def find_published(markup: str | None, url: str = "", text: str = "", today: datetime.date | None = None) -> list[DateGuess]:
    """Every publication date found, best first (at most one per source)."""
    today = today or datetime.date.today()
    guesses: list[DateGuess] = []
    if markup:
        guesses += _from_markup(markup)
    if url:
        guesses += _from_url(url)
    if text:
        guesses += _from_dateline(text)
    plausible, seen = [], set()
    for guess in sorted(guesses, key=lambda g: -g.confidence):
        if datetime.date(1900, 1, 1) <= guess.date <= today and guess.source not in seen:
            seen.add(guess.source)
            plausible.append(guess)
    return plausible


def parse_date(value: str) -> datetime.date | None:
    """The calendar date of an ISO-like timestamp as the publisher wrote it (its own time zone)."""
    value = (value or "").strip()
    match = re.match(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)", value)
    if match:
        return _date(*match.groups())
    for pattern in _DATELINE_PATTERNS[:2]:
        match = pattern.search(value)
        if match:
            return _date_from_match(pattern, match)
    return None


def _from_markup(markup: str) -> list[DateGuess]:
    try:
        tree = lxml_html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return []
    guesses = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        for item in _json_ld_items(script.text_content()):
            published = item.get("datePublished") or item.get("dateCreated")
            types = item.get("@type")
            types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if isinstance(published, str) and types & _ARTICLE_TYPES and (day := parse_date(published)):
                guesses.append(DateGuess(day, "json-ld", f"JSON-LD datePublished “{published[:40]}”", CONFIDENCE["json-ld"]))
                break
    metas = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        metas.setdefault(key, meta.get("content"))
    for name in _META_NAMES:
        if name in metas and (day := parse_date(metas[name])):
            guesses.append(DateGuess(day, "meta", f"<meta {name}> “{metas[name][:40]}”", CONFIDENCE["meta"]))
            break
    for time in tree.xpath("//time[@datetime]"):
        if (time.get("itemprop") == "datePublished" or time.get("pubdate") is not None) and (day := parse_date(time.get("datetime"))):
            guesses.append(DateGuess(day, "time-published", f"<time datetime> “{time.get('datetime')[:40]}”",
                                     CONFIDENCE["time-published"]))
            break
    else:
        for time in tree.xpath("//article//time[@datetime] | //time[@datetime]")[:1]:
            if day := parse_date(time.get("datetime")):
                guesses.append(DateGuess(day, "time", f"first <time datetime> “{time.get('datetime')[:40]}”", CONFIDENCE["time"]))
    if not guesses:
        guesses += _from_htmldate(tree)
    return guesses


def _from_htmldate(tree) -> list[DateGuess]:
    """htmldate knows many more publishers' conventions; only its metadata search, not its guesses
    from text, since a wrong date silently re-dates every proposal."""
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate parses arbitrary markup; a failure there only means "not found"
        return []
    day = parse_date(found or "")
    return [DateGuess(day, "htmldate", f"page metadata “{found}” (htmldate)", CONFIDENCE["htmldate"])] if day else []


def _json_ld_items(raw: str):
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, TypeError):
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            if isinstance(item.get("mainEntity"), (dict, list)):
                stack.append(item["mainEntity"])


def _from_url(url: str) -> list[DateGuess]:
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    for pattern in _URL_PATTERNS:
        match = pattern.search("/" + path)
        if match and (day := _date(*match.groups())):
            return [DateGuess(day, "url", f"the URL path “{match.group(0).strip('/-_.')}”", CONFIDENCE["url"])]
    return []


def _from_dateline(text: str) -> list[DateGuess]:
    head = text[:DATELINE_CHARS]
    found = []
    for pattern in _DATELINE_PATTERNS:
        match = pattern.search(head)
        if match and (day := _date_from_match(pattern, match)):
            found.append((match.start(), day, match.group(0)))
    if not found:
        return []
    _, day, words = min(found)
    return [DateGuess(day, "dateline", f"a dateline in the text “{words}”", CONFIDENCE["dateline"])]


def _date_from_match(pattern, match) -> datetime.date | None:
    groups = match.groups()
    if pattern is _DATELINE_PATTERNS[0]:
        month, day, year = groups
    elif pattern is _DATELINE_PATTERNS[1]:
        day, month, year = groups
    else:
        return _date(*groups)
    return _date(year, _MONTHS.get(month.lower().rstrip(".")), day)


def _date(year, month, day) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
