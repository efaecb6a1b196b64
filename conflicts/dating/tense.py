"""The tense of the clause around an expression, which decides whether "Friday" or "March" is
the one before or after the publication date."""

import re
from dataclasses import dataclass

# Tense markers. Phrases are tried before single words, and the future before the present before the
# past, so "is to" and "set for" look ahead while "is" is present and "set" past.
_FUTURE_PHRASE = re.compile(
    r"(?:won't|wo\s+n't|going\s+(?:to|into)|is\s+to|are\s+to|set\s+(?:to|for)|supposed\s+to"
    r"|(?:agreed|decided)\s+to(?!\s+(?:a|an|the|this|that|these|those|its|his|her|their|our|us|it|them|him)\b)"
    r"|as\s+(?:soon|early|late)\s+as|forecasts?\s+for|outlook\s+for|projections?\s+for"
    r"|(?:has|have)\s+to\s+(?!be\b|have\b|do\s+with\b)[a-z]+)\b", re.IGNORECASE)  # "already has to fit around qualifiers in November"
_FORECAST_FOR = ("forecast", "outlook", "projection")  # the future phrases that only tell of their object's time
_PRESENT_PHRASE = re.compile(r"(?:takes\s+place|takes\s+effect|kicks\s+off|comes\s+into\s+(?:force|effect))\b", re.IGNORECASE)
_PHRASE_STARTS = {"won", "wo", "going", "is", "are", "set", "supposed", "agreed", "decided", "as", "takes", "kicks", "comes", "has", "have",
                  "forecast", "forecasts", "outlook", "projection", "projections"}
_FUTURE_WORDS = frozenset(
    "will 'll shall would scheduled slated expected expects plan plans planned planning intend intends due payable upcoming "
    "next tomorrow aim aims hope hopes effective starting deadline deadlines expect".split())
_PRESENT_WORDS = frozenset(
    "is are begin begins start starts open opens meet meets resume resumes end ends hold holds visit visits arrive "
    "arrives leave leaves expires lapses closes reopens convenes concludes stays remains return returns run runs "
    "continue continues marks ask asks urge urges invite invites faces".split())  # "Organisers ask anyone to bring them on Sunday"
_PAST_WORDS = frozenset(
    "was were had did said says told began came went met held took gave made saw left fell rose won lost got struck "
    "fought broke flew spoke wrote sent led ran hit sold bought paid built brought caught thought found became chose "
    "drove grew knew meant shot stood stole swore taught threw understood woke withdrew overran overtook sank sought "
    "fled bled spent beat bore forbade forgave froze hung lay lit rode rang sang sat slid split spread sprang "
    "stuck stung strove swept swung tore wept wound set put cut shut quit ago last yesterday earlier has have since "
    "drew arose awoke bent bit blew clung crept dealt dug dreamt drank ate fed felt flung forgot hid heard kept "
    "knelt laid leapt lent shook shone showed slept sped spun spat strode swam wore wove slew smote died tied vied used owed".split())
_NOT_PAST = {"need", "needed", "speed", "seed", "feed", "breed", "proceed", "exceed", "succeed", "indeed", "red", "bed", "hundred", "united", "limited", "armed", "based", "related", "expected", "scheduled", "slated", "planned", "due", "embed", "shed", "wed", "naked", "wicked", "sacred", "kindred", "detailed"}
_TOKEN = re.compile(r"[^\W\d_]+|'[^\W\d_]+")
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)


def _is_past_form(word: str) -> bool:
    """A past tense or participle: an irregular one, or a word of five letters or more in -ed."""
    return word in _PAST_WORDS or (len(word) >= 5 and word.endswith("ed"))


@dataclass(frozen=True, slots=True)
class _Marker:
    start: int
    end: int
    word: str  # as written, lower case: "will", "going to", "announced"
    tense: str  # "future", "present" or "past"; a past form in _NOT_PAST counts for none


def _markers(text: str):
    """The tense markers in `text`, left to right, none overlapping."""
    position, previous = 0, None
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < position:
            continue  # inside a phrase already taken
        word = token.group().lower()
        if word.startswith("'") and (start == 0 or not text[start - 1].isalnum()):
            continue  # "'ll" only after a word: "they'll"
        if word in _PRESENT_WORDS and "-" in (text[start - 1:start], text[token.end():token.end() + 1]):
            continue  # "a U.S.-run training centre", "state-run television", "made their run-in": not the verb
        if word == "marks" and re.search(r"\d\s*$", text[:start]):
            continue  # "1.8353 marks and 141.52 yen Wednesday": the currency, not "Russia marks Victory Day"
        if word in _PHRASE_STARTS:
            for regex, tense in ((_FUTURE_PHRASE, "future"), (_PRESENT_PHRASE, "present")):
                if phrase := regex.match(text, start):
                    position = phrase.end()
                    yield _Marker(start, position, " ".join(phrase.group().lower().split()), tense)
                    break
            else:
                phrase = None
            if phrase:
                continue
        end = token.end()
        if word in _FUTURE_WORDS and not (word == "next" and _TO_AFTER.match(text, end)):
            tense = "future"
        elif word in _PRESENT_WORDS:
            if previous is not None and previous.tense == "past" and not text[previous.end:start].strip():
                continue  # "the truce took hold", "the shops were open": part of the past verb before it
            tense = "present"
        elif word in ("has", "have") and _POSSESSED_AFTER.match(text, end):
            tense = "present"  # "the talks in the spring have a chance": the verb of having, not a perfect
        elif _is_past_form(word):
            tense = "past"
        else:
            continue
        position = end
        previous = _Marker(start, end, word, tense)
        yield previous


_FUTURE_AUXILIARY = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going\s+to|to)\s+(?:(?:not|also|likely|probably|be|have|then|soon|again|only|still|now|yet|certainly|definitely|formally|officially)\s+)*$",
    re.IGNORECASE,
)
# "a force that could be deployed by July 1", "talks may be held Friday": a modal looks ahead, unless
# it looks back with "have" ("could have been held") or "could" is a past "was able" with a negation
# ("could not be reached Wednesday", "neither he nor she could be located Wednesday").
_MODAL_AUXILIARY = re.compile(
    r"\b(?:(?P<could>could)|(?:(?-i:may)|might|should|must)(?:\s+not)?|can|cannot|ca\s+n't|can't)"  # not the month "May"
    r"\s+(?:(?:also|likely|probably|be|then|soon|again|only|still|now|yet|even)\s+)*$",
    re.IGNORECASE,
)
# "the guns could be heard on Wednesday", "they could see smoke": what was sensed, a past "was able".
_SENSED = r"(?:hear|heard|see|seen|feel|felt|smell|smelled|smelt)"
# A modal or a prospect after the last tense marker governs what follows it.
_LOOKS_AHEAD_AFTER = re.compile(
    rf"\b(?:(?P<negated_could>could\s+not\b|couldn't\b)|(?:could(?!\s+(?:be\s+)?{_SENSED}\b)|(?-i:may)|might|should|must|can)\s+(?!have\b|not\b)[a-z]+"
    r"|(?:unlikely|likely|poised|ready|about|bound|slated)\s+to\s+[a-z]+)",
    re.IGNORECASE,
)
_AHEAD_OF_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+time\s+for|(?:preparing|rehearsing|bracing|readying|getting\s+ready)\s+for"
    r"|(?<!most\s)likely(?:\s+(?:on|by|in))?)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
_DELIVERY_AFTER = re.compile(  # "for November delivery", "the December wheat contract", "for November/December loading"
    r"(?:[/-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?(?:\s+(?:crude|oil|brent|wti|gas|gasoil|wheat|corn"
    r"|soybeans?|copper|gold|cocoa|coffee|sugar|cotton))?\s+(?:delivery|deliveries|futures|contracts?|shipments?|loading|loadings)\b",
    re.IGNORECASE)
# "March wheat closed 17 cents higher", "December Brent was 60 cents up": a month with no preposition naming a contract.
_CONTRACT_MONTH_AFTER = re.compile(
    r"\s+(?:brent|wti|wheat|corn|soybeans|copper|cocoa|coffee)\s+(?:closed|settled|rose|fell|gained|lost|was|jumped|slipped"
    r"|eased|traded)\b|\s+brent\b", re.IGNORECASE)
_MONTH_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|by|since|during|until|through|from|of|last|next|this)\s+$", re.IGNORECASE)
# "U.S. crude for April touched $103.41", "Brent for May": a contract for a month ahead.
# "bought wheat for shipment in late December": a cargo still to come.
_CONTRACT_FOR_BEFORE = re.compile(
    r"\b(?:crude|oil|brent|wti|gas|gasoil|diesel|heating\s+oil|gasoline|wheat|corn|soybeans|futures|contracts?)\s+for\s+$"
    r"|\bfor\s+(?:shipment|delivery|arrival|loading)\s+(?:in|by|on|during)\s+(?:the\s+)?(?:first\s+half\s+of\s+)?$",
    re.IGNORECASE)
# "ordered elections for a new parliament on Dec. 12", "called a referendum for 5 June", "have called for a bandh on
# Friday": the vote (the strike) is to come.
_VOTE_CALLED_BEFORE = re.compile(
    r"\b(?:called|calls|ordered|orders|set|sets|scheduled|announced|announces|fixed)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:elections?|polls|vote|referendum|ballot|strikes?|bandh|protests?|demonstrations?|rally|rallies|shutdown|march)"
    r"\s+(?:[\w'-]+\s+){0,5}?(?:on|for)\s+$", re.IGNORECASE)
# "declared Thursday a national holiday", "has declared Monday a non-working day": a day set aside, still to come.
_DAY_SET_ASIDE_AFTER = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:national\s+|public\s+|bank\s+|official\s+)?(?:holiday|day\s+of|non-working|rest\s+day|day\s+off)",
    re.IGNORECASE)
_FUTURE_AUXILIARY_IN = re.compile(r"\b(?:will|won't|'ll|shall|going\s+to)\b", re.IGNORECASE)
_DEADLINE_NOUNS = {"deadline", "deadlines"}  # "a deadline of midnight Friday" looks ahead
_NEGATION = re.compile(r"\b(?:not|n't|no|never|neither|nor|nobody|none)\b", re.IGNORECASE)
# Past forms that are never adjectives: "the revolt that began in February" is told in the past.
_ONLY_VERBS = frozenset("began came went took gave saw fell rose won fought broke flew spoke wrote sent ran drove grew knew "
                        "chose stood struck said told met did was were".split())
# "a still unspecified date", "the armed forces": -ed words after these are adjectives.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|still|its|their|his|her|this|that|very|more|most|less|well|newly|already|un)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "announced the plan Aug. 21": after a determiner these are nouns, not a look ahead ("a plan to" still is).
_NOUN_MARKERS = {"plan", "plans", "due", "effective", "starting", "next"}
# Present verbs that are nouns after a determiner: "his return to Kyiv on Friday", "the start of talks".
_NOUNS_TOO = {"return", "returns", "visit", "visits"}
_DETERMINER_AND_MODIFIER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_PURPOSE_AFTER = re.compile(r"\s+(?:to|for|that)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|[A-Z\d])[a-z]+\b(?!ed\b)")
_TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?P<word>until|till|through|by)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?$", re.IGNORECASE)
_RANGE_END_BEFORE = re.compile(r"\bfrom\s+(?P<start>[^\W\d_]+\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]+\.?)\s+to\s+$", re.IGNORECASE)
_LOOKING_BACK = re.compile(r"\b(?:not|up)\s+$", re.IGNORECASE)
# Verbs that push something to a later date: "postponed until Tuesday" looks ahead though past.
_DEFERRAL = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|extended|suspended|gave|given|granted|allowed|put\s+off|pushed\s+back|moved|set|ordered|told|asked)\b",
    re.IGNORECASE,
)
_FALLS_ON_BEFORE = re.compile(r"\bfalls\s+(?:this\s+year\s+)?on\s+(?:the\s+)?$")  # lower case: not a name's "Falls"
# A date something was put off (or brought forward) to: "We moved it to Saturday", "the vote was postponed to Friday".
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|moved|pushed\s+back|brought\s+forward|rescheduled|shifted|put\s+off)"
    r"\s+(?:(?:it|them|the\s+[a-z]+|[a-z]+)\s+){0,2}?(?:to|for|until|till)\s+$", re.IGNORECASE)
# "declared three days of national mourning from Wednesday": a span set aside, from a day still to come.
_SET_ASIDE_FROM_BEFORE = re.compile(
    r"\b(?:days?|weeks?)\s+of\s+(?:national\s+|public\s+|official\s+)?(?:mourning|holidays?|curfew|ceasefire|truce|lockdown|prayers?"
    r"|celebrations?|festivities)\s+(?:starting\s+|beginning\s+)?(?:from\s+)$", re.IGNORECASE)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|am|remains?|stays?|seems?)\s+(?:\w+ly\s+)?(?:being\s+)?$", re.IGNORECASE)
_HEADLINE_INFINITIVE = re.compile(r"\b[a-z]+\s+to\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:[a-z]+\s+){0,4}$")
_POSSESSED_AFTER = re.compile(r"\s+(?:a|an|no|the|some|any|little|much|many|more|enough)\s+(?!(?:few|number|lot)\b)[a-z]+\b(?!\s+(?:been|done|had|seen|made|taken|given))")
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:who|which)\s+$", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+)?(?:been\s+)?$", re.IGNORECASE)
_INTENT_VERBS = {"announced", "agreed", "decided", "promised", "vowed", "pledged", "voted", "sought", "hoped",
                 "wanted", "asked", "called", "offered", "threatened", "proposed", "urged", "ordered", "said", "told",
                 "invited", "summoned", "subpoenaed", "instructed", "directed", "authorized", "authorised"}
# "a service planned for Saturday was canceled", "as previously planned": the plan is past news.
_PLAN_PARTICIPLES = {"planned", "scheduled", "slated", "expected"}
_PLAN_AUXILIARY = re.compile(r"\b(?:is|are|am|be|been|being|now|still|also|currently)\s+$|['’](?:s|re)\s+$", re.IGNORECASE)
_MAIN_VERB_PAST_AFTER = re.compile(r"\s*(?:was|were|had)\b", re.IGNORECASE)
_AS_PLANNED = re.compile(r"\bas\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A full stop ends a clause unless it ends "a.m.", "U.S.", "Sept." or "Mr.".
_ABBREVIATION_STOP = (
    r"\.(?<![ap]\.m\.)(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|No|Jr|Sr|Co|Lt)\.)"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec|Mrs|Gen|Col|Sgt|Gov|Sen|Rep|Inc|Ltd)\.)(?<!\b(?:Sept|Corp)\.)"
)
# A word or two in quotation marks inside a clause ('will open a "humanitarian corridor" Wednesday') is no break.
_SCARE_QUOTE = re.compile(r"[\"“]([^\"“”\n,.;:!?]{1,40}?)[\"”](?=\s+[a-z]|\s*$)")
_CLAUSE_BREAK = re.compile(rf"(?:{_ABBREVIATION_STOP}|[;!?\n])[\"'’”]*\s|[“”\"]|''|``|—")
# A time that opens its sentence ("In January, ...") before the subject and its verb.
_FRONTED = re.compile(r"(?:^|[.!?\n][\"'’”]*\s+)(?:[-•*]\s+)?(?:(?:in|on|by|during|since|from|until|after|before|then|and|but)\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}\.)[\"'’”]*\s|[;!?\n]")  # not "vs." or "Ala."
_FRONTED_REACH = 220
# "in May or June", "in January and February": the second month is told as the first is.
_COORDINATED_MONTH_BEFORE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or)\s+$")
# An expression that opens a coordinated clause ("..., and Eid is expected") is its subject when a
# finite verb follows it at once.
# An aside between a date and its clause: "On 23 April, Mr Pettigrew remembers, refugees streamed back", "On
# Friday, 75 years to the day since the battalion withdrew, students will read the names".
_ASIDE_AFTER = re.compile(
    r"\s*,\s*(?:(?:[\w.'’-]+\s+){1,4}?(?:remembers|remembered|recalls|recalled|says|said|writes|wrote|notes|noted)"
    r"|(?:exactly\s+|just\s+|nearly\s+|almost\s+)?(?:a|an|one|\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?|decades?)"
    r"\s+(?:to\s+the\s+day\s+)?(?:since|after)\b[^,;.!?\n]{0,80})\s*,",
    re.IGNORECASE)
# "Saturday's Anzac Day Dawn Service begins at 5.30am": a thing on a day, with a timetable's present.
_SCHEDULE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,5}?(?:begins|starts|opens|resumes|kicks\s+off|gets\s+under\s+way|is\s+due|is\s+scheduled)\b",
    re.IGNORECASE)
# "until the monsoon returns in May": an event awaited in the present tense is still to come.
_WAITING_FOR_BEFORE = re.compile(
    r"\b(?:until|till|before|once)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}?(?P<verb>[a-z]+)\s+(?:in|on|at|by)\s+$",
    re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"(?:,|\b(?:and|but|while|whereas|yet))\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|now|still|itself)\s+)?(?:is|are|was|were|will|would|has|had|falls|fell|begins|began|ends|ended|marks|marked)\b",
    re.IGNORECASE)


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or 'present' from the nearest tense marker in the same clause, else None."""
    if first := _COORDINATED_MONTH_BEFORE.search(text, max(0, start - 16), start):
        return clause_tense(text, first.start(), first.end(1))  # "until the monsoon returns in May or June": as May
    left_text = text[max(0, start - 90):start]
    if '"' in left_text or "“" in left_text:
        left_text = _SCARE_QUOTE.sub(lambda m: " " + m.group(1) + " ", left_text)
    if span := _RANGE_END_BEFORE.search(left_text):
        left_text = left_text[:span.start("start")]  # "ran for nine days, from 26 May to 4 June": as its start
    if (_DELIVERY_AFTER.match(text, end) or _DAY_SET_ASIDE_AFTER.match(text, end)
            or (_CONTRACT_MONTH_AFTER.match(text, end) and not _MONTH_PREPOSITION_BEFORE.search(left_text)) or _VOTE_CALLED_BEFORE.search(left_text)
            or _CONTRACT_FOR_BEFORE.search(left_text)):
        return "future"  # "gas for November delivery", "December futures": contracts for a month ahead
    if _FALLS_ON_BEFORE.search(left_text):
        return "present"  # "The anniversary itself falls on Monday" (not "Harlan Falls")
    if _AHEAD_OF_BEFORE.search(left_text) or _SET_ASIDE_FROM_BEFORE.search(left_text) or (
            _MOVED_TO_BEFORE.search(left_text) and not re.match(r"['’]s\b", text[end:end + 3])):
        return "future"  # "on alert ahead of Independence Day", "We moved it to Saturday so the kids could come"
    deadline = _DEADLINE_BEFORE.search(left_text)
    if deadline is None:
        tense = _clause_tense(text, left_text, end)
        if tense is None and _FRONTED.search(left_text):
            tense = _sentence_verb_tense(text, end)
        return tense
    # A deadline ("until Tuesday", "by Aug. 6") is mostly one still to come, unless the clause
    # looks back: "not until Tuesday", "had filed reports by Wednesday", "by Friday troops held".
    if deadline.group("word").lower() == "through":
        # "this year through August" runs up to a date either side of publication; the verb may tell
        # ("the curfew stays in place through Sunday", "fighting raged through Sunday"), unless it
        # defers ("has extended loans through January").
        tense = _clause_tense(text, left_text, end)
        return "future" if tense == "past" and _DEFERRAL.search(_clause_start(left_text)) else tense
    if _LOOKING_BACK.search(left_text[:deadline.start()]):
        return "past"
    tense = _clause_tense(text, left_text, end)
    if tense is None and _FRONTED.search(left_text):
        tense = _sentence_verb_tense(text, end)  # "- By early Wednesday afternoon, a group calling itself ... said"
    if tense == "past" and not _DEFERRAL.search(_clause_start(left_text)):
        return "past"
    return "future"


def _clause_start(left_text: str) -> str:
    breaks = list(_CLAUSE_BREAK.finditer(left_text))
    return left_text[breaks[-1].end():] if breaks else left_text


def _clause_tense(text: str, left_text: str, end: int) -> str | None:
    breaks = list(_CLAUSE_BREAK.finditer(left_text))
    if breaks:
        left_text = left_text[breaks[-1].end():]
    aside = _ASIDE_AFTER.match(text, end)
    right_text = text[aside.end() if aside else end:][:70]
    cut = _CLAUSE_BREAK.search(right_text)
    if cut:
        right_text = right_text[:cut.start()]
    if (possessed := re.match(r"['’]s\s+(\w+)", text[end:end + 20])) and possessed.group(1).lower() in _DEADLINE_NOUNS:
        return "future"  # "would not be deterred from finishing it by Tuesday's deadline"
    if re.match(r"['’]s\b", text[end:end + 3]):
        # "Friday's ruling" reports what happened, unless the clause looks ahead: "he will ride in the
        # parade before Friday's game".
        if _FUTURE_AUXILIARY_IN.search(left_text) or _SCHEDULE_AFTER.match(right_text):
            return "future"  # "Saturday's dawn service begins at 5.30am"
        if re.search(r"\bfor\s+$", left_text) and not any(_kind(marker) == "past" for marker in _markers(left_text)):
            return "future"  # "No tickets are needed for Saturday's service", "preparations for Sunday's vote"
        return "past"
    if (waiting := _WAITING_FOR_BEFORE.search(left_text)) and waiting.group("verb").lower() in _PRESENT_WORDS:
        return "future"  # "has until the monsoon returns in May", "before talks resume in March"
    if _SUBJECT_BEFORE.search(left_text) and (verb := _SUBJECT_VERB_AFTER.match(right_text)):
        # "Muslims began fasting last week, and Eid al-Fitr is expected on April 10": the expression is
        # the subject of its own clause, and its verb, not the one before the "and", gives the tense.
        return _kind(next(_markers(verb.group())))
    last_marker = None
    for marker in _markers(left_text):
        if marker.word.startswith(_FORECAST_FOR) and len(left_text[marker.end:].split()) > 1:
            continue  # "cut their forecasts for the fiscal year to June 2026 by 8% on Monday": the forecast's period is ahead, not Monday
        noun = (marker.word in _NOUN_MARKERS and not _PURPOSE_AFTER.match(left_text, marker.end)) or marker.word in _NOUNS_TOO
        adjective = noun or (marker.tense == "past" and marker.word not in _ONLY_VERBS)  # "the wounded", not "that began"
        if _kind(marker) and not (adjective and _ADJECTIVE_BEFORE.search(left_text[:marker.start])) and not (
                noun and _DETERMINER_AND_MODIFIER_BEFORE.search(left_text[:marker.start])):  # "signed the six-point plan on Friday"
            if last_marker is not None and _kind(last_marker) == "past" and _TO_BEFORE.search(left_text[:marker.start]):
                continue  # "made it hard for Sun to meet demand into the summer": the finite verb rules
            if _RELATIVE_PRONOUN_BEFORE.search(left_text[:marker.start]) and "," in left_text[marker.end:]:
                continue  # "the names of the men who died in Vietnam, beginning at 11 a.m.": a relative clause now closed
            last_marker = marker
    if last_marker is not None:
        # In English the governing verb mostly comes first: "talks were held Friday"; an
        # auxiliary before it makes it future ("will be held"), and so does an infinitive
        # after it ("agreed to acquire the bank in January").
        before_marker = left_text[:last_marker.start]
        if _PAST_PERFECT.search(before_marker):
            return "past"  # "had been scheduled to expire at midnight Friday"
        if _FUTURE_AUXILIARY.search(before_marker):
            return "future"
        if (modal := _MODAL_AUXILIARY.search(before_marker)) and not (
                modal.group("could") and (_NEGATION.search(before_marker, 0, modal.start()) or re.fullmatch(_SENSED, last_marker.word))):
            return "future"
        if _kind(last_marker) == "past" and _PRESENT_PASSIVE.search(before_marker):
            return "present"  # "when the case is heard in May"
        word = last_marker.word
        if word in _PLAN_PARTICIPLES and not _PLAN_AUXILIARY.search(before_marker):
            if _AS_PLANNED.search(before_marker):
                return None  # "as planned" says nothing of when
            if _MAIN_VERB_PAST_AFTER.match(right_text):
                return "past"
        intent = word in _INTENT_VERBS
        if _kind(last_marker) == "past" and intent and _INFINITIVE.search(left_text[last_marker.end:]):
            return "future"
        if (ahead := _LOOKS_AHEAD_AFTER.search(left_text, last_marker.end)) and not ahead.group("negated_could"):
            return "future"  # "he hoped a summit could take place in the spring", "were unlikely to resume before May"
        return _kind(last_marker)
    for marker in _markers(right_text):
        kind = _kind(marker)
        if kind == "past" and _ADJECTIVE_BEFORE.search(right_text[:marker.start]):
            continue  # "Today a weathered stone cross marks the spot": an adjective, not the verb
        if kind and marker.word not in _DEADLINE_NOUNS:  # "by the Tuesday deadline" tells nothing of the tense
            return kind
    if _HEADLINE_INFINITIVE.search(left_text) and "\n" not in text[end:end + 1] and text.rfind("\n", 0, end) < 0:
        return "future"  # a headline's "Fund to pay first tranche in Q3": what is to come
    return None


def _sentence_verb_tense(text: str, end: int) -> str | None:
    """ "In January, a week after the anniversary of the ruling, a clinic bombing killed a guard": a
    time fronted before a long subject takes the tense of the main verb further on."""
    rest = text[end:end + _FRONTED_REACH]
    cut = _SENTENCE_END.search(rest)
    for marker in _markers(rest[:cut.start()] if cut else rest):
        if (kind := _kind(marker)) and not (marker.tense == "past" and _ADJECTIVE_BEFORE.search(rest[:marker.start])):
            return kind
    return None


def _kind(marker: _Marker) -> str | None:
    if marker.tense == "past" and marker.word in _NOT_PAST:
        return None
    return marker.tense


_VERB_JUST_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:on\s+)?$", re.IGNORECASE)
_NOT_AN_ACT = {"was", "were", "had", "did", "has", "have", "ago", "last", "yesterday", "earlier", "since", "set", "put", "says"}


def acted_on(text: str, start: int) -> bool:
    """True when a past verb governs the date right before it: "the war began on Jan. 5", "fighting
    erupted Jan. 28", "was signed on", "announced on". Such a date is in the past even a few weeks before
    the publication date's anniversary; deadlines and plans ("extended to", "set", "scheduled") are not acts."""
    match = _VERB_JUST_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    verb = match.group("verb").lower()
    if verb in _NOT_PAST or verb in _NOT_AN_ACT or verb in _PLAN_PARTICIPLES or _DEFERRAL.fullmatch(verb):
        return False
    return _is_past_form(verb)


_WILL_BEFORE = re.compile(r"\b(?:will|['’]ll|shall|won['’]t|wo\s+n't)\b(?P<rest>[^.;!?\n]*)$", re.IGNORECASE)


def said_will(text: str, start: int) -> bool:
    """True when "will" (not "would") governs the date in its own clause: "the agreement will expire on
    Dec. 31" read on 14 January is this December's, though last December's is nearer."""
    match = _WILL_BEFORE.search(text, max(0, start - 60), start)
    return match is not None and _CLAUSE_BREAK.search(match.group("rest")) is None
