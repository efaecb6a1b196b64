"""Cheap checks that tell a date from the same letters used otherwise: "may" the verb, "fall" the
verb, "2000 troops", "a 6-year-old", a TV show called "This Week", "the October Revolution"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fragments import NUMBER
from .calendar_math import weekday_fits
from .lexicon import ENGLISH_MONTHS, FULL_WEEKDAYS, MONTHS
from .resolution import is_one_length

if TYPE_CHECKING:
    from .patterns import Candidate

_COUNT_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|men|women|children|civilians|feet|foot|metres|meters|km|kilometers|kilometres|miles|tons|tonnes|yards|acres|times|points|pounds|degrees|yen|dollars|euros|rubles|staff|police|personnel|strong|calibre|caliber|mm|hp|cc|residents|refugees|prisoners|votes|shares|units|members|workers|employees|jobs|cases|deaths|casualties|rounds|rockets|shells|missiles|tanks|aircraft|vehicles|homes|houses|buildings|families|fighters|rebels|militants)\b",
)
_PLURAL_AFTER = re.compile(r"\s+(?!(?:earnings|results|sales|revenues|profits|elections|olympics|games|talks|accords|protests|riots)\b)"
                           r"[a-z]+s\b(?<!years)(?<!days)(?<!months)(?<!weeks)(?<!was)(?<!is)(?<!has)(?<!as)(?<!its)(?<!this)(?<!us)(?<!thus)")
_COUNT_WORD_BEFORE = re.compile(
    r"(?:\$|£|€|#|No\.|no\.|number|than|about|nearly|some|almost|approximately|roughly|over|under|around|least|Flight|flight|Route|route|Room|room|Resolution|resolution|Highway|Article|article|Boeing|model|Model|page|Page)\s*$"
)
_APPROX_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|from|of|before|after|or|built|founded|written|dated|dates|born|died|established|completed|begun|erected"
    r"|sometime|some\s+time|probably|perhaps|possibly)\s+$",
    re.IGNORECASE)
_NAMED_WAR_AFTER = re.compile(r"['’]?\s+(?:War|Wars|Truce|Peace|Crisis|Campaign|Offensive)\b")
_THROUGH_A_YEAR_BEFORE = re.compile(r"\b(?:through|throughout|during|until|since)\s+$", re.IGNORECASE)
_SPAN_OF_YEARS_BEFORE = re.compile(r"\b(?:between|from)\s+\d{4}\s+(?:and|to)\s+$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:at|of|near|in|on)\s+[A-Z][a-z]+\s+$")
_NAME_BEFORE = re.compile(r"\b(?!the\b)[a-z]+\s+[A-Z][a-z]+,?\s+$")  # a name inside a sentence, not its first word
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|within|during|between|since|until|till|by|through|throughout|over|of|before|after|from|last|this|next|that|early|late|mid|each|every|the)\s+$", re.IGNORECASE)
# "December Brent", "March wheat closed higher", "the December wheat contract": a contract for that month.
COMMODITY_AFTER = re.compile(
    r"\s+(?:crude|oil|brent|wti|gasoil|diesel|gasoline|wheat|corn|maize|soybeans?|soyoil|copper|gold|silver|cocoa|coffee"
    r"|sugar|cotton|natural\s+gas|heating\s+oil)\b(?!\s+(?:harvest|crop|exports?|imports?|prices\s+fell))", re.IGNORECASE)
_LOWER_VERB_AFTER = re.compile(r"\s+(?:be|have|not|also|well|want|need|take|make|face|become|seem|lead|help|affect|prove|never|still|even|already|soon|only|just|cause)\b")
_ROUND_THE_CLOCK_THING_AFTER = re.compile(
    r"\s+(?:news|channel|tip|hotline|helpline|style|clock|format|notation|service|shop|store|pharmacy|diner|gym|cycle|access)\b",
    re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+old\b|-old\b")
# "on the first day of the offensive", "the seventh day of the truce", "on the first day alone".
EVENT_DAY_AFTER = re.compile(
    r"\s+(?:alone\b|of\s+(?:the|its|their)\s+(?:\w+\s+)?(?:war|battle|offensive|siege|invasion|fighting|truce|cease-?fire|campaign"
    r"|operation|talks|attack|assault|bombing|bombardment|blockade|uprising|occupation|conference|summit|evacuation|airlift|strike)s?\b)",
    re.IGNORECASE)
# "On the third day the Arabs blinded their elephants", "At dawn on the fourth day": a day counted in a story.
ON_A_COUNTED_DAY_BEFORE = re.compile(r"(?:^|[.;]\s+|\n)(?:[A-Z]\w*(?:\s+\w+){0,2}\s+)?(?:[Oo]n|[Bb]y|[Uu]ntil)\s+$")
NOW_IN_BEFORE = re.compile(r"\b(?:is|are|it's|that's|now\s+in|enters|entering|marks|marking|drags\s+into|goes\s+into|stretches\s+into|for)\s+$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|after|over|within|took|take|takes|taking|lasted|last|lasts)\s+$", re.IGNORECASE)
_OLD_THING_AFTER = re.compile(
    r"\s+(?:truce|cease-?fire|war|conflict|siege|blockade|occupation|insurgency|uprising|rebellion|revolt|stand-?off"
    r"|crisis|dispute|feud|offensive|campaign|strike|protests?|movement|regime|government|coalition|administration"
    r"|presidency|deal|agreement|accord|moratorium|embargo|boycott|investigation|probe|slump|recession|lockdown"
    r"|curfew|ban|law|mission|operation|talks|negotiations|peace\s+(?:process|deal|talks|agreement)|fighting|violence|clashes)\b")
# What may follow a year under 1000 written bare: punctuation, a capital, or a word that is no counted noun.
_UNCOUNTABLE_AFTER = re.compile(
    r"\s*(?:[,.;:)!?\]—–]|$)|\s+(?:[A-Z]|(?:the|a|an|and|or|but|when|while|as|at|in|on|by|to|from|with|between|against"
    r"|after|before|during|until|near|he|she|it|they|we|his|her|its|their|which|who|that|this|one|was|were|had)\b"
    r"|[a-z]+ed\s+(?:the|a|an|his|her|its|their|them|him)\b)")  # "a treaty of 3 October 382 settled the Goths"
_ENTRY_AFTER = re.compile(r"\s+(?:[A-Z0-9](?!(?:tandard|ost|tar|ews|erald|rayers?|ass|ervice|ail|imes)\b)|[–—-]\s)")
_SEASONS_HEADING_AFTER = re.compile(r"(?:\s+(?:and|to)\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter))?\s+[–—-]\s")
_MONTHS_NAMED_AFTER = re.compile(rf"\s+of\s+(?:{'|'.join(sorted(ENGLISH_MONTHS))})\b", re.IGNORECASE)
_REFERENCE_CODE_BEFORE = re.compile(r"\b[A-Z]{2,}/$")
_KIND_OF_THING_AFTER = re.compile(r"\s+(?:service|raid|raids|patrol|attack|assault|offensive|prayers?|vigil|ceremony|parade|strikes?)\b",
                                  re.IGNORECASE)
_STREET_BEFORE = re.compile(r"\b(?:Place|Rue|Avenue|Boulevard|Square|Plaza|Calle|Avenida|Piazza|Via|Quai|Pont|Stade|Street|Road)"
                           r"(?:\s+(?:du|de|del|della|des|of))?\s+$")
_MARKET_RESULT_AFTER = re.compile(r"\s+(?:loss|losses|gain|gains|decline|declines|rise|fall|drop|advance|increase|jump|slide|slump)\b",
                                  re.IGNORECASE)
_OCCASION_AFTER = re.compile(
    r"\s+of\s+(?:national\s+)?(?:mourning|hope|prayers?|friendship|remembrance|action|protests?|rage|anger|solidarity"
    r"|reflection|celebrations?|fasting|thanksgiving|silence|commemoration|outrage|defiance|joy|jubilation|grief)\b", re.IGNORECASE)
_WATER_SPRING_AFTER = re.compile(r"\s+(?:below|beneath|above|behind|outside|under|near)\s+(?:the\s+)?[A-Z]")
_WATER_CURRENT_AFTER = re.compile(r"\s+(?:ran|runs|turned|turns|flowed|flows|swept|sweeps|carried|carries|slackened|set|was\s+(?:strong|running|against|with))\b")
_FUTURE_OFFICE_AFTER = re.compile(
    r"\s+(?:king|queen|emperor|empress|doge|pope|president|prime\s+minister|chancellor|tsar|czar|sultan|shah|caliph|khan|duke|duchess"
    r"|prince|princess|wife|husband|bride|son-in-law|general|marshal|admiral|field\s+marshal|leader|premier|saint)\b", re.IGNORECASE)
_SEASON_AS_NAME_AFTER = re.compile(r"\s+(?:session|sessions|term|semester|recess|sitting|school|camp|palace|house|houses|residence|quarters|olympics|games)\b", re.IGNORECASE)
_DATE_WORD_AFTER = re.compile(r"\s+(?:\d|[A-Z][a-z]+day\b|[A-Z]\w+\s+\d)")
_HOURS_AS_NAME_BEFORE = re.compile(r"\b(?:trading|opening|business|office|working|visiting|banking|shop|school|curfew)\s+$", re.IGNORECASE)
_WAIT_FOR_BEFORE = re.compile(r"\bwait(?:ed|ing|s)?\s+(?:until\s+|for\s+)$", re.IGNORECASE)
_SEASON_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|through|until|by)\s+$", re.IGNORECASE)
_OF_A_PLACE_AFTER = re.compile(r"\s+of\s+(?!the\b)[A-Z][a-z]")
_SEASON_AND_BEFORE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:and|or)\s+$", re.IGNORECASE)
_FREQUENCY_BEFORE = re.compile(r"(?:once|twice|thrice|times|per)\s+$", re.IGNORECASE)


_TITLE_SENSITIVE = {"relative_unit", "day_word", "deictic", "vague_units", "duration"}
_COUNT_FOLLOWS = re.compile(rf"\s+(?:{NUMBER}|few|several)\s", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[`.!?:;\"“”'‘’(\n—•·▪*-])\s*$|(?:^|\n)[ \t]*\d{1,2}[:.]\d\d(?:\s+[A-Z]{2,4})?\s+$")  # or a live stamp, or a bullet


def _in_a_capitalised_headline(candidate: Candidate, text: str) -> bool:
    """True for an expression on a line of its own whose words are all capitalised (a headline, a heading), or all in
    capitals: its capitals say nothing of a name."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    if (line_end if line_end >= 0 else len(text)) - line_start > 160:
        return False  # a paragraph, not a headline
    words = re.findall(r"[^\W\d_][\w'’-]*", text[line_start:line_end if line_end >= 0 else len(text)])
    if len(words) < 4 or len(words) > 20:
        return False
    if all(w.isupper() for w in words):
        return True
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "into", "over"}
    in_headline = text.find("\n\n", 0, line_start) < 0  # the lines before the first blank one
    return in_headline and all(w[:1].isupper() or w in small for w in words)


def _near_a_year_before(year: int, text: str, start: int) -> bool:
    """True when the story has just written a year close to this one: "(after 589) In February 590 nobles ... blinded
    Hormizd" is a date, where "In October 300 men died" with no such year is a count."""
    return any(abs(int(y) - year) <= 20 for y in re.findall(r"(?<![\d,.])([1-9]\d{2})(?![\d,])", text[max(0, start - 800):start]))


def _looks_like_a_title(candidate: Candidate, text: str) -> bool:
    """ "This Week" (a TV show), "VOA Today", "60 Minutes": capitals mid-sentence name something."""
    words = text[candidate.start:candidate.end].split()
    capitals = [w[:1].isupper() for w in words]
    if not capitals[0] or _in_a_capitalised_headline(candidate, text):
        return False  # "De Gaulle to Speak to Nation Tonight", "WHAT TO WATCH TODAY": the line capitalises every word
    before = text[max(0, candidate.start - 30):candidate.start]
    if len(words) >= 2 and all(capitals) and not all(w.isupper() for w in words):
        return True
    if not _SENTENCE_START.search(before):
        previous = before.split()[-1:] or [""]
        return previous[0][:1].isupper() or previous[0][:1].isdigit() or len(words) == 1
    return False


# "soon" alone is FUTURE_REF ("may soon seek an indictment"); "soon after", "as soon as", "too soon"
# relate two events, and "was soon released", "soon became" tell of the past.
_SOON_NOT_BEFORE = re.compile(r"(?:\b(?:as|so|too|how|very|fairly|quite)|\b(?:was|were|had|did)(?:\s+\w+ly)?)\s+$", re.IGNORECASE)
_SOON_NOT_AFTER = re.compile(rf"\s*(?:after|afterwards?|thereafter|enough|as|than|before|\w{{3,}}ed\b|(?:{'|'.join(sorted({'became', 'came', 'went', 'began', 'fell', 'rose', 'left', 'took', 'found', 'made', 'gave', 'got', 'grew', 'saw', 'won', 'lost', 'met', 'fled', 'sent', 'spread', 'broke', 'led', 'became'}))})\b)", re.IGNORECASE)


def _soon_ahead(before: str, after: str) -> bool:
    return not _SOON_NOT_BEFORE.search(before) and not _SOON_NOT_AFTER.match(after)


def _is_english_month(word: str) -> bool:
    word = word.lower().rstrip(".")
    return word in ENGLISH_MONTHS or len(word) <= 4 or word in ("sept", "tues", "thurs")


def _capitalised(text: str, start: int) -> bool:
    return start < len(text) and text[start].isupper()


# "the October Revolution", "the Winter War", "the Tet Offensive", "the Arab Spring": names, not dates.
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:War|Wars|Revolution|Offensive|Uprising|Rising|Revolt|Crisis|Olympics|Games|Agreement|Accords?|Treaty"
    r"|Manifesto|Movement|Massacre|Truce|Campaign|Putsch|Coup|Storm|Strike|Palace|Session|Term|Fourth|Island|Islands)\b")
_OPERATION_BEFORE = re.compile(r"\bOperations?\s+$")
_NUMBERED_NAME_AFTER = re.compile(
    r"\s+(?:Army|Armies|Armoured|Armored|Division|Brigade|Regiment|Corps|Battalion|Fleet|Squadron|Guards|Panzer|Infantry"
    r"|Airborne|Mountain|Marines?|Cavalry|Street|Avenue|Century|Amendment|Congress|Parliament|Dynasty|Floor|Round"
    r"|Anniversary|Session|District|Precinct|Ward|Legion|Wing|Group|Company|Platoon|Party|Assembly|Summit|Foot|Hussars"
    r"|Lancers|Dragoons|Rifles|Fusiliers|Highlanders|Native|Light|Bengal|Madras|Bombay|Punjab|Sikhs?|Gurkhas?)\b|\s+[A-Z]\w*['’]s\b")
_TITLE_OF_BEFORE = re.compile(r"\b(?:Earl|Earls|Countess|Duke|Duchess|Marquess|Marquis|Baron|Lord|Lady|Prince|Princess)\s+of\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+(?!(?:Of|And|The|In|On)\b)[A-Z][a-z]+")
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_LENGTH_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|within|after|than|about|just|only|every|per|half)\s+$", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|reported|told|warned|confirmed|declared|stated|denied|insisted)\s+"
    r"(?:\w+\s+)?(?:over|on|during|at|in|earlier|late)\s+$", re.IGNORECASE)
_FALL_OF_A_PLACE = re.compile(
    r"\s+of\s+(?!(?:that|this|last|next|the\s+same|the\s+following|the\s+previous)\s+year\b|\d|'\d)(?:the\s+|a\s+)?[A-Za-z]")
# "Bloody Sunday", "Black Monday", "Super Tuesday": days that are names.
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Bloody|Black|Super|Ash|Shrove|Cyber|Blue|Red)\s+$")
_TITLE_WORD_BEFORE = re.compile(r"(?:\b(?:Bloody|Black|White|Blue|Red)|[\"“]\s*[A-Z][a-z]+)\s+$")
# A capitalised word that does not open a sentence (the lookbehinds), right before the season.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])(?<!^)(?<!\n)\b[A-Z][a-z]+\s+$")


def _names_an_event(candidate: Candidate, text: str, before: str) -> bool:
    key = "month" if candidate.rule == "month" else "season"
    start = candidate.match.start(key)
    if not text[start].isupper() or candidate.groups.get("rel") or candidate.groups.get("y"):
        return False
    word_end = candidate.match.end(key)
    if _EVENT_NOUN_AFTER.match(text, word_end):
        return True
    # "the Arab Spring", "the Prague Spring": a capitalised word before a capitalised season, mid-sentence.
    return key == "season" and bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, start - 20), start))


def _heads_an_entry(candidate: Candidate, text: str) -> bool:
    """A chronology's entry heading of one capitalised word on a line of its own: "1780\n\nWinter. Scurvy spreads",
    "Summer and autumn – Repeated assaults"."""
    start, end = candidate.start, candidate.end
    return (start == 0 or text[start - 1] == "\n") and text[start].isupper() and (
        text.startswith(". ", end) or _SEASONS_HEADING_AFTER.match(text, end) is not None)


def _heading_clock_not_year(g: dict, text: str, m: re.Match) -> bool:
    """True for "Sunday, 6 May, 1800." where the number after the comma reads as a clock (ending the heading)
    and the weekday does not fit it as a year."""
    if "wd" not in g or "y" not in g or not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", g["y"]):
        return False
    if not re.match(r",\s", text[m.end("month"):]) or not re.match(r"\.(?:\s|$)", text[m.end("y"):]):
        return False
    month = MONTHS[g["month"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", g["d"]))
    try:
        return not weekday_fits(int(g["y"]), month, day, FULL_WEEKDAYS[g["wd"].lower()])
    except ValueError:
        return True


def plausible(candidate: Candidate, text: str) -> bool:
    """Cheap checks that tell a date from the same letters used otherwise ("may", "fall", "2000 troops")."""
    m, g = candidate.match, candidate.groups
    before = text[max(0, candidate.start - 20):candidate.start]
    after = text[candidate.end:candidate.end + 20]
    for key in ("month", "month_after"):
        if key not in g:
            continue
        if not _capitalised(text, m.start(key)) and _is_english_month(g[key]):
            return False
        if (_NAMED_DAY_BEFORE.search(text, max(0, m.start(key) - 10), m.start(key))
                or _TITLE_OF_BEFORE.search(text, max(0, m.start(key) - 20), m.start(key))):
            return False  # "Black July", "the Earl of March"
    if "wd" in g and (not _capitalised(text, m.start("wd")) or _NAMED_DAY_BEFORE.search(text, max(0, m.start("wd") - 10), m.start("wd"))
                      or _EVENT_NOUN_AFTER.match(text, m.end("wd"))):
        return False  # "Bloody Sunday", "the Good Friday Agreement"
    if _STREET_BEFORE.search(before) and text[candidate.start].isdigit():
        return False  # "the Place du 13 Mai", "Avenida 9 de Julio": a place named for a day
    if _OPERATION_BEFORE.search(before) and (text[candidate.start].isupper() or text[candidate.start].isdigit()):
        return False  # "Operation Dawn 8", "Operation Summer Rains", "Operation 1027": a name
    if candidate.rule == "ago" and g["dir"].lower() in ("later", "earlier") and _THAN_AFTER.match(text, candidate.end):
        return False  # "three hours later than planned" is a length compared, not a date
    if candidate.rule == "ago" and g["dir"].lower().startswith("after") and re.search(r"\bfor\s+$", before, re.IGNORECASE):
        return False  # "For a week after that the battalion fought": a length
    rule = candidate.rule
    if rule == "day_month" and _heading_clock_not_year(g, text, m):
        return False  # "Sunday, 6 May, 1800." heading a chronology is 6 p.m., not 1800 (a Tuesday)
    if rule == "month" and "part" not in g and "rel" not in g:
        word = g["month"].lower().rstrip(".")
        if word not in ENGLISH_MONTHS and word != "sept" and not g["month"].endswith("."):
            return False  # a bare "Jan" or "Sun" is too often something else
        if _LOWER_VERB_AFTER.match(after):
            return False
        if word in ("may", "march") and not _PREPOSITION_BEFORE.search(before) and not re.match(
                r"\s*(?:,|\.|;|\d|[-–]\s*[A-Z])|\s+(?:delivery|contracts?|futures)\b", after) and not COMMODITY_AFTER.match(after):
            # ("crude for May delivery", "March wheat closed 17 cents higher")
            return False
        if word == "may" and re.search(r"\d[:.]\d\d\s+$", before):
            return False  # "11:15 May, speaking at a press conference": a live report's stamp, then a name
    if rule == "duration" and g["unit"].lower().startswith("quarter") and (
            text[m.end("num"):m.start("unit")] == "-" or re.search(r"\bby\s+$", text[max(0, m.start() - 4):m.start()])
            or g["num"].lower() in ("a", "one") and re.match(r"\s+of\b", after)):
        return False  # "fallen by more than three-quarters", "risen by about a quarter", "a quarter of the force": fractions
    if rule == "duration" and g["unit"].lower() == "second" and text[m.end("num"):m.start("unit")] == "-" and (
            re.search(r"\b(?:his|her|its|their|the|our|my|your)\s+$", before, re.IGNORECASE)):
        return False  # "on his forty-second birthday", "the twenty-second division": an ordinal
    if rule == "set_adverb" and g["word"].lower() in ("weekly", "monthly", "quarterly") and _MARKET_RESULT_AFTER.match(after):
        return False  # "headed for a weekly loss": this week's loss, not one every week
    if rule == "duration" and g["unit"].lower() == "day" and g["num"].lower() in ("a", "one") and _OCCASION_AFTER.match(after):
        return False  # "observed a day of mourning", "kept as a day of friendship": a day named for what it is
    if rule == "compound_duration" and not is_one_length(g["parts"]):
        return False  # "5 minutes, 3 hours later": two expressions
    if rule == "vague_units" and re.search(r"\bas\s+many\s+$", before, re.IGNORECASE):
        return False  # "in as many weeks"
    if rule == "vague_units" and g.get("ahead") and re.search(
            r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several|many))\s+$", before, re.IGNORECASE):
        return False  # "two days ahead of schedule": the count's length, not "days ahead"
    if rule == "vague_units" and re.match(r"\s+\d{4}\b", after):
        return False  # "in the years 1941-1944" names the years that follow
    if rule == "year_words" and (_COUNT_UNIT_AFTER.match(after) or _PLURAL_AFTER.match(after) or _COUNT_WORD_BEFORE.search(before)):
        return False  # "two thousand troops", "only about two thousand Romans escaped" are counts
    if rule == "nth_unit" and not NOW_IN_BEFORE.search(before) and not (g.get("unit", "day").lower() == "day" and (
            EVENT_DAY_AFTER.match(text, candidate.end) or ON_A_COUNTED_DAY_BEFORE.search(before))):
        return False
    if rule == "d_offset" and text[candidate.start] != "D":
        return False  # "D+1", not a lower-case "d-2" in a model number
    if rule == "nth_unit" and "det" in g and re.search(r"\bfor\s+$", before):
        return False  # "set fire to homes for the third day": a count, not the day (a headline's "for second night" is)
    if rule == "vague_length" and "ago" not in g and not _FOR_BEFORE.search(before):
        return False  # "in a while", "some time ago" and "at some time" are not lengths
    if rule == "and_day" and _COUNT_UNIT_AFTER.match(after):
        return False
    if rule == "weekday_day" and len(g["wd"]) < 6 and not text[candidate.start].isupper():
        return False  # "he sat 3rd in the standings"; a diary's "Tues 24th" is written with its capital
    if rule == "ordinal_day" and re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:and|when|as|they|he|she|it|we|the)\s(?!\w+'s\b)|\s+local\s+time", after):
        return False  # "on the 17th floor" is not a day
    if rule == "ordinal_day" and _NUMBERED_NAME_AFTER.match(text, candidate.end) and not re.search(
            r"\d(?:st|nd|rd|th)\s+(?:and|or|to)\s+(?:the\s+)?$", before):  # but "On the 25th and the 26th Kuroki's divisions"
        return False  # "on the 12th Army's flank"; "on the 17th British regulars attacked" is a day
    if rule == "season" and g["season"].lower() == "fall" and not ({"rel", "y", "bc", "yrel", "part"} & g.keys()) and (
            not _SEASON_PREPOSITION_BEFORE.search(before)):
        return False  # "all three survived the fall", "five hundred years after the fall"; "in the fall", "that fall" are autumns
    if rule == "season" and _capitalised(text, m.start("season")) and not ({"y", "bc", "yrel"} & g.keys()) and (
            _NAME_WORD_AFTER.match(text, m.end("season"))):
        return False  # "the Winter King", "the Summer Palace"
    if rule in ("duration", "vague_units") and text[candidate.end - 1] in "sS" and _NAMED_WAR_AFTER.match(text, candidate.end):
        return False  # "Cuba's Ten Years' War", "the Seven Years War", even in a capitalised headline
    if rule == "vague_units" and re.match(r"\s+of\s+\d", after):
        return False  # "in the first months of 579": the year is the time
    if rule == "duration" and _capitalised(text, m.start("unit")) and not text[m.start("unit"):candidate.end].isupper() and (
            _capitalised(text, m.start("num")) or not _SENTENCE_START.search(before)) and not _in_a_capitalised_headline(candidate, text):
        return False  # "the Twelve Years' Truce", "the Hundred Days", "the film 55 Days at Peking"
    if rule == "bare_day_part" and "alone" in g and not text[candidate.start].isupper():
        return False
    if rule == "bare_day_part" and g["daypart"].lower() == "night" and "alone" not in g:
        return False  # "travelled by night" is a manner; a chronology's "Night." heads an entry
    if rule == "bare_day_part" and "heading" in g and not (
            text[candidate.start].isupper() and _ENTRY_AFTER.match(text, candidate.end)):
        return False  # "Evening The British consul warns Khalid" heads an entry; "Evening Standard" is a paper
    if rule == "overnight" and re.search(r"\ban?\s+$", before) and _KIND_OF_THING_AFTER.match(text, candidate.end):
        return False  # "will hold a dawn service", "launched a dawn raid", "a sunset ceremony": a kind of thing
    if (rule == "overnight" and text[candidate.start].isupper() and not _SENTENCE_START.search(before)
            and re.match(r"\s+(?:and\s+)?[A-Z][a-z]+", text[candidate.end:candidate.end + 20])):
        return False  # "Among those at the service were Dawn and Keith Lavallee": a name
    if rule == "overnight" and text[candidate.start].isupper() and _CAPITALISED_WORD_BEFORE.search(before):
        return False  # "code-named Al-Fajr, or New Dawn": a name
    if rule == "holiday" and not _capitalised(text, m.start("name")) and not (
            re.match(r"(?:the\s+)?feast\s+of\s+(?:the\s+)?[A-Z]", text[m.start("name"):])):  # "the feast of St Matthias"
        return False
    if rule in ("clock", "line_clock", "dot_clock") and re.search(r"\b(?:UTC|GMT)\s*[+−–-]\s*$", before):
        return False  # "Afghanistan Time, UTC+4:30": a zone's offset
    if rule == "clock" and re.search(r"\s(?:On|Yesterday|Today|Tomorrow|Tonight)\b", text[candidate.start:candidate.end]):
        return False  # "18:25 On Saturday, the envoy said": a live report's stamp, then a new sentence
    if rule == "circa_year" and "approx" in g:
        # "built around 1200", "in about 1350" are years; "about 1350 soldiers", "some 1500 died" are counts.
        # "at Covadonga around 722,", "overthrew Syagrius around 486,"
        place_then_year = (_PLACE_BEFORE.search(before) or _NAME_BEFORE.search(before)) and re.match(r"\s*[,.;)]", after)
        if not (_APPROX_YEAR_BEFORE.search(before) or place_then_year) or _COUNT_UNIT_AFTER.match(after) or _PLURAL_AFTER.match(after):
            return False
        if len(g["y"]) == 3 and not place_then_year and not re.match(r"\s*(?:[,.;)]|AD\b|CE\b)", after):
            return False  # "in about 850 the abbey"; "about 500 soldiers" is a count
        if re.match(r"\s*(?:[a-z]+\s+)?(?:were|are|have|had|died|fled|people)\b", after):
            return False
    if rule == "year" and not ({"fiscal", "part", "det", "period"} & g.keys()):
        if (_COUNT_UNIT_AFTER.match(after) and not _THROUGH_A_YEAR_BEFORE.search(before)) or _COUNT_WORD_BEFORE.search(
                before) or _REFERENCE_CODE_BEFORE.search(before):
            return False  # "2,000 troops" (not "Through 1862 soldiers built the road"); a press release's "SC/8238 AFR/1063"
        if not _PREPOSITION_BEFORE.search(before) and not _SPAN_OF_YEARS_BEFORE.search(before) and _PLURAL_AFTER.match(after):
            return False  # "1,500 rebels", not "Between 1595 and 1602 thousands of labourers"
    if rule == "early_year" and "decade" not in g and not (
            {"month", "season"} & g.keys() and _near_a_year_before(int(g["y"]), text, candidate.start)) and (
            _COUNT_WORD_BEFORE.search(before) or not _UNCOUNTABLE_AFTER.match(text, candidate.end)):
        return False  # "in 711 and", "By 721 they", "in 737 Charles"; "in 300 ships", "of 500 horse" are counts
    if rule == "season" and g["season"].lower() == "spring" and not ({"y", "bc", "yrel", "words"} & g.keys()) and (
            _OF_A_PLACE_AFTER.match(text, candidate.end)
            or _WATER_SPRING_AFTER.match(text, candidate.end) and re.search(r"\b(?:from|to|at|beside)\s+$", before)):
        return False  # "near the spring of Ain Jalut", "water up from the spring below Dawrpui": water, not a season
    if rule == "month_day" and not g["d"][:1].isdigit() and text[m.start("d")].isupper():
        return False  # "On 21 April Second Lieutenant Inouye": a rank, not "April second"
    if rule == "season" and not ({"y", "bc", "yrel"} & g.keys()) and _SEASON_AS_NAME_AFTER.match(text, candidate.end):
        return False  # "the winter session of Parliament", "the summer term"
    if rule == "month" and re.search(r"\bcinco\s+de\s+$", before, re.IGNORECASE):
        return False  # "Cinco de Mayo", the name of a feast
    if rule == "month" and not ({"part", "rel"} & g.keys()) and re.search(r",\s*$", before) and (
            _NAME_WORD_AFTER.match(text, candidate.end)) and not _DATE_WORD_AFTER.match(text, candidate.end) and not (
            COMMODITY_AFTER.match(text, candidate.end)):
        return False  # "Greaves's great-niece, June Hartley, 83": a name
    if rule in ("duration", "vague_units") and g.get("unit", "").lower() == "hours" and _HOURS_AS_NAME_BEFORE.search(before):
        return False  # "Trading hours will be normal", "office hours"
    if rule == "vague_units" and g["unit"].lower() == "months" and _MONTHS_NAMED_AFTER.match(text, candidate.end):
        return False  # "The hot months of May and June": the months are named, and tagged, after
    if rule == "season" and not ({"det", "rel", "y", "part"} & g.keys()) and not (
            _PREPOSITION_BEFORE.search(before) or _SEASON_AND_BEFORE.search(before) or _heads_an_entry(candidate, text)
            or _WAIT_FOR_BEFORE.search(before) and g["season"].lower() != "fall"):
        return False  # "survived the fall"; "in winter", "That autumn and winter", "did not wait for spring", a chronology's
        # "Autumn." are seasons
    if rule in ("month", "season") and _names_an_event(candidate, text, before):
        return False
    if rule == "season" and g["season"].lower() == "fall" and _FALL_OF_A_PLACE.match(text, candidate.end):
        return False  # "after the fall of France in June 1940", "the fall of Dien Bien Phu"
    if rule == "holiday" and "y" not in g and _EVENT_NOUN_AFTER.match(text, candidate.end):
        return False  # "the Easter Rising"
    if rule == "holiday" and _TITLE_WORD_BEFORE.search(text, max(0, candidate.start - 20), candidate.start):
        return False  # "White Christmas" is a song, "Bloody Sunday" a massacre
    # Ages ("a 6-year-old", "52 years old") are not annotated as times.
    if rule in ("duration", "vague_units") and (_AGE_AFTER.match(after) or (g.get("tail") or "").strip(" -").lower() == "old"):
        if not (rule == "duration" and g.get("tail") and _OLD_THING_AFTER.match(after)):
            return False  # "the IRA's [8-month-old] truce" is how long the truce has held
    if rule == "duration":
        num = g["num"].lower()
        if num in ("a", "an") and g["unit"].lower() in ("second", "minute", "night") and not re.match(r"\s*(?:[,.;)]|$)", after):
            return False
        if num in ("a", "an") and g["unit"].lower() == "second" and not _LENGTH_PREPOSITION_BEFORE.search(before):
            return False  # "broadcast a second, harsher message": an ordinal
        if num in ("24", "twenty-four") and g["unit"].lower() == "hour" and _ROUND_THE_CLOCK_THING_AFTER.match(after):
            return False  # "the 24-hour news channel", "in the military's 24-hour style"
        if num in ("some", "many") and g["unit"].lower().endswith(("second", "minute")):
            return False
        if num == "many" and re.search(r"\bas\s+$", before, re.IGNORECASE):
            return False  # "the second attack in as many weeks"
        if g["unit"].lower().startswith("quarter") and num in ("one", "two", "three", "a") and re.match(r"\s+of\b", after):
            return False  # "three-quarters of the vote" is a fraction
    if rule == "numeric_date" and "." in m.group(0) and len(g["y"]) == 2:
        return False
    if rule == "decade" and "word" in g and "det" not in g:
        return False  # "in their nineties" is an age
    if rule == "relative_unit":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        if rel == "the" and unit in ("day", "period", "decade", "century") and "part" not in g:
            return False
        if unit == "period" and rel in ("the", "past", "the past", "the last", "last", "the next", "next", "coming", "the coming"):
            return False
        if rel == "the" and "part" not in g and re.match(r"\s+(?:of|when|that|in\s+which|before|after)\b", after) and not (
                re.match(r"\s+that\b", after) and _REPORTED_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)):
            return False  # "the week that the war began"; but "announced over the weekend that ..." is a date
    if rule == "day_part" and g["rel"].lower() == "the" and "part" not in g and re.match(r"\s+(?:of|when|before|after)\b", after):
        return False
    if rule in _TITLE_SENSITIVE and _looks_like_a_title(candidate, text):
        return False
    if rule == "deictic":
        word = g["word"].lower()
        if word == "soon" and not _soon_ahead(before, after):
            return False
        if word in ("recently", "soon") and before.lower().endswith("as ") and after.startswith(" as"):
            return False  # "as recently as the first days of this month": the date that follows is the time
        if word.endswith("past") and _COUNT_FOLLOWS.match(after):
            return False  # "the past three summers" counts seasons; it is not the vague past
        if word in ("current", "recent", "future") and not re.match(r"\s+[a-z]", after):
            return False
        if word == "current" and re.match(r"\s+(?:account|affairs|events|flowing)", after, re.IGNORECASE):
            return False
        if word == "current" and _WATER_CURRENT_AFTER.match(after):
            return False  # "while the current ran against him": water
        if word.endswith("future") and _FUTURE_OFFICE_AFTER.match(after):
            return False  # "Andrea Gritti, the future doge": who he became
        if word == "the present" and re.match(r"\s+(?!is\b|was\b|has\b|had\b|and\b|or\b|as\b|in\b|of\b|to\b|day\b)[a-z]+", after):
            return False  # "the logic of the present offensive": an adjective ("until the present, when" is now)
    return True
