"""Turning a found extent into a TIMEX3 value, against the publication date or the story's anchor.

Deictic expressions ("yesterday", "last month") count from the document creation time (DCT);
anaphoric ones ("the next day", "a year earlier", "that week") count from the reference time, the
last date the text established. Without a DCT the reference time does both jobs, so a war history
reads forward from the dates it gives.
"""

import datetime as dt
import re

from . import calendar_math as cm
from .fragments import WEEKDAY
from .patterns import Candidate
from .calendar_rules import CalendarRules
from .relative import RelativeRules
from .resolution import CLOCK_VALUE, PAST_PERFECT_VERB, SINCE_BEFORE, YEAR_DIGITS, Resolution
from .tense import clause_tense
from .years import YearRules

_BACK_REFERENCE = re.compile(r"\b(?:that|same)\b", re.IGNORECASE)
# The second date of a span: "... and ended on", "lasted until", or "to", "–" right before it ("from 1914 to 1918").
_SPAN_END = re.compile(r"\b(?:ended|ending|lasted)\b|(?:\b(?:to|until|till|through)|[–—-])\s*(?:the\s+)?$", re.IGNORECASE)
_HEADLINE_REACH = 300  # a history's headline day is named in its opening lines
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
# A later date a history's clause only looks ahead to: "its concession had been due to expire in 1968", "meant to
# stay hidden through Sunday, 25 June, and attack at daybreak on the 26th", a modal's deadline ("could stay only until
# mid-October", "forces would leave Somalia by 31 March 1994", "was to last until St John's Day, 24 June 1410"), a
# fear or a hope ("fearing that the sultan would attack at dawn the next day").
_PROSPECT_BEFORE = re.compile(
    r"\b(?:(?:due|scheduled|set|slated|planned|expected|meant|supposed|was|were)\s+to\s+[a-z]+(?:\s+(?:[a-z]+|[A-Z][a-z]+)){0,3}\s+(?:in|by|until)"
    r"|(?:scheduled|planned|meant|intended)\s+to\s+[a-z]+(?:[\s,]+[\w']+){0,8}?(?:\s+(?:in|by|until|on|at))?"  # "meant to camp and attack the following morning"
    r"|(?:could|would|should|must|might)\s+(?!not\b|never\b|have\b)[a-z]+(?:\s+[a-z']+){0,6}\s+(?:by|until|till)"
    r"|(?:fear|fears|feared|fearing|expect|expected|expecting|hoped|hoping|believed|believing|warned)\s+(?:that\s+)?"
    r"(?:[a-z']+\s+){1,4}(?:would|might|could)\s+(?:[a-z']+\s+){1,3}(?:at|on|in)"
    r"|(?:spoke|spoken|talked|dreamed|dreamt)\s+of\s+(?:[\w']+[\s,]+){1,10}?(?:by|until|before)"  # "spoke of ... being home by the spring"
    r"|\bbeing\s+(?:home|back)\s+(?:by|before|for)"
    r"|(?:ordered|told|instructed|directed)\s+(?:[\w']+\s+){1,8}?to\s+[a-z]+\s+(?:at|on|by)"  # "ordered the army to attack at daybreak"
    r"|\bwait(?:ed|ing|s)?\s+(?:for|until)"  # "Bennigsen did not wait for spring"
    r"|\b(?:was|were)\s+(?:set|fixed|planned|scheduled)\s+for)"  # "The attack was set for Saturday, 8 May, but on the Friday evening"
    r"(?:\s+(?:st\.?|saint)\s+\w+['’]s\s+day,)?\s+$",
    re.IGNORECASE)
# "the five-year Neutrality Pact signed with Japan in", "the fortress built by the Romans in": a participle after
# a noun (not after "was" or "had": "the pact was signed in April 1941" moves the story).
_PARTICIPLE_AFTER_A_NOUN = re.compile(
    r"\b(?:the|[A-Z]\w+['’]s)\s+(?:[\w'-]+\s+){0,3}(?!(?:was|were|been|be|is|are|had|has|have)\s)[\w'-]+\s+"
    r"(?:signed|concluded|agreed|built|founded|formed|made|won|lost|taken|fought|drawn|established|created|written|laid|begun"
    r"|opened|ceded|annexed|captured|seized|conquered|imposed|granted|promised|shut\s+up|trapped|besieged|surrounded)"
    r"\s+(?:(?:with|by|at|from|to|between|in)\s+(?:[\w'-]+\s+){1,3})?(?:in|on)\s+$", re.IGNORECASE)  # "Bazaine's army shut up in Metz in 1870"
# "a 24-hour curfew imposed Thursday", "the council of officers which took power on Friday": in news, a day that
# dates a thing named, not the day the report goes on to tell ("An army communique broadcast at 6 p.m.").
_SAID_ON_BEFORE = re.compile(r"\b(?:said|announced|confirmed|claimed|reported)\s+(?:on\s+)?$")
_DAY_OF_A_THING_BEFORE = re.compile(
    r"(?:\b(?:retaliation|response|reprisal|revenge)\s+(?:for|to)\s+(?:[\w'-]+\s+){1,6}?"  # "in retaliation for strikes on its soil Tuesday"
    r"|\b(?:which|that|who)\s+(?:[\w'-]+\s+){1,4}?|\b(?!(?:was|were|been|be|is|are|had|has|have)\b)[a-z]+\s+"
    r"(?:imposed|declared|announced|issued|signed|agreed|reached|ordered|launched|planned|scheduled)"
    r"(?:\s+by(?:\s+[A-Z][\w'-]*){1,5})?\s+)(?:on\s+|for\s+)?$",  # "a state of emergency declared by President Thein Sein on"
    re.IGNORECASE)  # "cancelled a visit to Istanbul planned for Wednesday"
_UNTIL_A_YEAR_BEFORE = re.compile(r"\buntil\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?$", re.IGNORECASE)
_PRESENT_DAY = re.compile(
    rf"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|weekend|week)|(?:last|this|next)\s+(?:{WEEKDAY}))\b",
    re.IGNORECASE)
# "figures published after 1991", "a copy published in 1925": the year of a source, not of the story.
_SOURCE_YEAR_BEFORE = re.compile(
    r"\b(?:published|printed|released|declassified|discovered|found|excavated|unearthed|rediscovered|opened)\s+"
    r"(?:only\s+)?(?:in|after|since|from)\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",\s+when\b")
_STILL_AWAY_AFTER = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:still\s+)?(?:only\s+|just\s+)?(?:a|an|one|\d+|[a-z]+)\s+(?:days?|weeks?|months?)\s+(?:off|away)\b",
    re.IGNORECASE)
_BC_VALUE = re.compile(r"BC(\d{4})(?:-|$)")
_DECADE_OR_CENTURY_VALUE = re.compile(r"\d{2,3}")
# A negated act that only happened later: "did not get back until", "could not cross until".
_NOT_UNTIL_BEFORE = re.compile(
    r"\b(?:did|could|would)\s+not\b[^.;!?\n]*\buntil\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_BEFORE_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
_FROM_IN_CLAUSE = re.compile(r"\bfrom\b[^;]*$", re.IGNORECASE)
_NEXT = re.compile(r"the\s+(?:next|following)\b", re.IGNORECASE)
_WILL_AT_BEFORE = re.compile(r"\bwill\s+(?!not\b|never\b)[a-z]+(?:\s+[a-z']+){0,6}\s+(?:at|by|until)\s+$", re.IGNORECASE)
_ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\b[^.;!?]*$", re.IGNORECASE)
_THE_NIGHT = re.compile(r"the\s+night", re.IGNORECASE)
_PREVIOUS = re.compile(r"(?:the\s+)?(?:previous|preceding|prior)\b", re.IGNORECASE)
_PART_OF_THE_DAY_BEFORE = re.compile(r"the\s+(?:morning|evening|night)\s+before", re.IGNORECASE)
_BACKWARDS = re.compile(r"\b(?:earlier|before|previously)$", re.IGNORECASE)
# A year given as background to the time a story is on: "had patrolled the frontier since 1957", "the
# ceasefire line of 1967", "the revolution of the previous year", "the 1967 border", "had defeated
# Austria four years earlier".
_OF_BEFORE = re.compile(r"(?<!\bend )(?<!\bstart )(?<!\bbeginning )(?<!\bmiddle )(?<!\bhalf )(?<!\bpart )(?<!\brest )\bof\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_OF = re.compile(r"The\s+(?:[a-z]+\s+){1,2}of(?:\s+the)?")  # "The revolutions of [1848]", "The campaign of"
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_GENITIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b(?<!\bwhen)(?<!\bwhere)")
# An aside about a person or a thing: "Bagration, named after a general killed fighting Napoleon in 1812, was approved".
_ASIDE_BEFORE = re.compile(r",\s+(?:named|who|whose|which|killed|born|built|founded|called|known)\b[^,;.:()]*$")
_IN_OR_ON_BEFORE = re.compile(r"\b(?:in|on)\s+$", re.IGNORECASE)
# The clause a date opens goes on in the past perfect: "In July 1863 Lord Palmerston had told Parliament".
_OPENS_A_PAST_PERFECT = re.compile(r",?\s+(?:[A-Z][\w'-]*\s+|the\s+|his\s+|her\s+|its\s+|their\s+){1,4}?had\s+(?!been\s+[a-z]+ing\b)[a-z]+", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|yet|so)\s+|;\s+")
# "the First World War, which lasted from 1914 to 1918": years either side of a dash or "to".
_YEAR_SPAN_AFTER = re.compile(r"\s*(?:[-–]|to|until|till|through|and)\s*(?P<y>\d{4})\b", re.IGNORECASE)
_YEAR_SPAN_BEFORE = re.compile(r"\b(?P<y>\d{4})\s*(?:[-–]|to|until|till|through|and)\s*$", re.IGNORECASE)


class Resolver(CalendarRules, RelativeRules, YearRules):
    """Resolves candidates in text order, keeping the reference time as the story moves."""

    def __init__(self, text: str, dct: dt.date | None):
        self.text = text
        self.dct = dct
        self.ref_value: str | None = None
        self.ref_date: dt.date | None = None
        self.ref_at = -1
        self.period_value: str | None = None
        self.period_at = -1
        self.last_day: dt.date | None = None  # the last day the text named, and where
        self.last_day_at = -1
        self.span_start: dt.date | None = None  # "began on 22 September 1980 and ended on 20 August 1988"
        self.bc_year: int | None = None  # "In 415 BC ... two years later": Python dates stop at year 1
        self.bc_value = ""  # the story's last value BC ("BC0032-WI")
        self.small_hours_at = -1  # where a clock was put in the small hours after the night the story was on
        self.counted_from: tuple[dt.date, int] | None = None  # "On the first day ... On the third day": day 1, and where
        self.headline_day: dt.date | None = None  # "The Battle of Clontarf was fought on 23 April 1014": its day
        self.operation_day: dt.date | None = None  # an operation's own D-Day ("D-Day was fixed for Tuesday, 15 August")
        self.entry_day: dt.date | None = None  # a journal's entry heading ("Sunday 1st May.") opening a line, and where
        self.entry_at = -1
        self.candidate: Candidate | None = None

    # The date deictic words count from, and the one anaphora count from.
    @property
    def now(self) -> dt.date | None:
        return self.dct or self.ref_date

    def diary_day(self) -> dt.date | None:
        """In a history, the day of the journal entry the candidate stands in: a day opening the candidate's line
        ("Sunday 1st May. No sermon today."), which its "today", "tomorrow" and "this morning" count from."""
        if not self.narrative or self.entry_day is None or "\n" in self.text[self.entry_at:self.candidate.start]:
            return None
        return self.entry_day

    @property
    def anchor(self) -> dt.date | None:
        return self.ref_date or self.dct

    @property
    def narrative(self) -> bool:
        return self.dct is None

    @property
    def on_whole_year(self) -> bool:
        """True when a history's reference time is a year and no more ("In 1993 ..."), so a day or month
        named next ("on 9 November") is in that year, with no look back to the one before."""
        return self.narrative and self.span_start is None and re.fullmatch(r"\d{4}", self.ref_value or "") is not None

    def year_for(self, month: int, day: int | None, base: dt.date, tense: str | None, **options) -> int:
        """The year of a month (and day) named without one: `calendar_math.pick_year` in this text's mode."""
        return cm.pick_year(month, day, base, tense, forward=self.narrative, whole_year=self.on_whole_year, **options)

    def anchor_reason(self) -> str:
        if self.ref_date is not None:
            return f"counted from {self.ref_value}, the last date the text gave"
        return "counted from the publication date"

    def now_reason(self) -> str:
        if self.dct:
            return "counted from the publication date"
        return f"counted from {self.ref_value}, the last date the text gave"

    def resolve(self, candidate: Candidate) -> Resolution | None:
        self.candidate = candidate
        method = getattr(self, "_" + candidate.rule)
        try:
            result = method(candidate.groups)
        except (ValueError, OverflowError, KeyError, TypeError, ZeroDivisionError):
            return None
        return result

    def remember(self, value: str, earliest: dt.date | None, latest: dt.date | None, at: int, rule: str) -> None:
        if before_christ := _BC_VALUE.match(value):
            if not self._bc_background(int(before_christ.group(1)), at):
                self.bc_year, self.bc_value, self.ref_at = int(before_christ.group(1)), value, at
            return
        if earliest is None or value.endswith("_REF") or "X" in value or _DECADE_OR_CENTURY_VALUE.fullmatch(value):
            return  # a decade or a century sets no reference time for "that month", "10 July"
        if self.narrative and latest == earliest and (at == 0 or self.text[at - 1] == "\n"):
            self.entry_day, self.entry_at = earliest, at
        if CLOCK_VALUE.fullmatch(value) and self.text[max(0, at - 3):at].rstrip().endswith("("):
            return  # "from about 2 a.m. on Tuesday (1930 GMT on Monday)": the same moment in another zone
        if latest == earliest and self._names_a_thing(at):
            return  # "since its Feb. 24 invasion": the day names the invasion; the story stays where it is
        if self._background_year(value) or (self.ref_date is not None and SINCE_BEFORE.search(
                self.text, max(0, self.candidate.start - 12), self.candidate.start) and not _WHEN_AFTER.match(self.text, self.candidate.end)):
            # "the junta Galtieri had led since the previous December" keeps the story where it is; "closed
            # since June 20, when the police mutinied. Twenty-two soldiers were killed that day" tells that day
            return
        if _STILL_AWAY_AFTER.match(self.text, self.candidate.end):
            return  # "Anzac Day was two days off": a day the story looks ahead to
        if self.narrative and rule == "day_word" and self._quoted():
            return  # "'We shall make history tomorrow,' Plumer said. Evening." stays on the day he said it
        if _ANNIVERSARY_OF_BEFORE.search(self.text, self._sentence_start(at), at):
            return  # "marking the 93rd anniversary of the declaration of independence on June 12, 1898"
        if (self.dct and re.fullmatch(r"\d{4}-\d\d", value) and re.match(r"\d{4}-\d\d-\d\d", self.ref_value or "")
                and earliest < self.ref_date and not YEAR_DIGITS.search(self.text, self.candidate.start, self.candidate.end)
                and self.told_in_the_past_perfect()):
            return  # "(3 August 1990) the Tigers, which had broken a ceasefire in June ... Eight days later": a look back
        if self._looking_back(earliest) or self._looking_ahead(earliest, value) or self._dates_a_thing_named(earliest):
            return  # nor is "had stormed two days earlier" the day of the clock that follows
        if latest == earliest and not (self.dct and (_DAY_OF_A_THING_BEFORE.search(self.text, max(0, at - 60), at)
                                                      or self._said_after_the_day_it_tells(at))):
            self.last_day, self.last_day_at = earliest, at  # not "a curfew imposed Thursday": the clocks after it are not on it
        if self._refers_back_around(value, earliest, latest):
            self.ref_at = at  # "On 19 November ... Later that year": the story is still on 19 November
            return
        self.span_start, self.bc_year = self._span_start(earliest, at), None
        if self.narrative and latest == earliest and self.headline_day is None and at < _HEADLINE_REACH:
            self.headline_day = earliest
        elif self.headline_day and re.fullmatch(r"\d{4}-\d\d", value) and (earliest.year, earliest.month) == (
                self.headline_day.year, self.headline_day.month):
            # "fought on 23 April 1014 ... returned with his army in early April. The fighting began at sunrise":
            # a history back in the month of its headline day is on that day, not the month's first.
            earliest = self.headline_day
        self.ref_value, self.ref_date, self.ref_at = value, earliest, at
        # Only a quarter named outright becomes the period that "the quarter" refers back to.
        if rule in ("quarter", "month_quarter", "quarter_code", "half", "unit_relative_year") and re.match(r"^\d{4}-[QH]\d$", value):
            # The period a report is about has ended, or is told in the past tense ("reported
            # fourth-quarter earnings" of a fiscal year); "will result in a fourth-quarter charge",
            # "losses through the third quarter of 1990" look ahead and are not it.
            if self.dct is None or self._reported_period(earliest, value):
                self.period_value, self.period_at = value, at

    def _bc_background(self, year: int, at: int) -> bool:
        """True for a year BC given as background to the one the story is in: a span in brackets ("the Third Samnite
        War (298-290 BC)"), or an earlier year in the past perfect ("had first held the office in 322 BC")."""
        if self.bc_year is None:
            return False
        if re.search(r"\([^()]{0,12}$", self.text[max(0, at - 12):at]) and re.match(r"[^()]{0,12}\)", self.text[self.candidate.end:]):
            return True
        return year > self.bc_year and PAST_PERFECT_VERB.search(self.text, self._sentence_start(at), at) is not None

    def _names_a_thing(self, at: int) -> bool:
        """True for a day written before the noun it qualifies ("its Feb. 24 invasion", "the Oct. 7
        attacks", "Russia's Feb. 24 invasion")."""
        before = self.text[max(0, at - 30):at]
        return bool(_MODIFIER_BEFORE.search(before) or _GENITIVE_BEFORE.search(before)) and bool(
            _NOUN_AFTER.match(self.text, self.candidate.end))

    def _span_start(self, earliest: dt.date, at: int) -> dt.date | None:
        """A history's overview ("The war began on 22 September 1980 and ended on 20 August 1988") is
        mostly followed by the detail from its start: a day or month named next without a year
        ("Khorramshahr fell on 24 October") takes its year from the span's first date."""
        if self.dct is not None or self.ref_date is None or earliest.year <= self.ref_date.year:
            return None
        between = self.text[self.ref_at:at]
        if _SENTENCE_BREAK.search(between) or not _SPAN_END.search(between):
            return None
        return self.ref_date

    def _background_year(self, value: str) -> bool:
        """True for a year a story mentions as background to the time it is on: after "since", or
        earlier than that time and after "of", before a noun it qualifies, or in a flashback told in the
        past perfect ("Prussia had defeated Austria four years earlier"); a later year a history's clause
        looks ahead to ("due to expire in 1968"); or a span of years around a finer date the story is on
        ("Churchill, prime minister between 1940 and 1945")."""
        if not re.fullmatch(r"\d{4}", value) or self.ref_date is None:
            return False
        start, end = self.candidate.start, self.candidate.end
        before = self.text[max(0, start - 40):start]
        if SINCE_BEFORE.search(before):
            return True
        if self.narrative and int(value) > self.ref_date.year and _SOURCE_YEAR_BEFORE.search(before):
            return True  # "According to figures published after 1991": where the history has it from
        if int(value) < self.ref_date.year and (
                (_OF_BEFORE.search(before) and not self._names_the_subject(start)) or (_MODIFIER_BEFORE.search(before) and _NOUN_AFTER.match(self.text, end))
                or PAST_PERFECT_VERB.search(self.text, self._sentence_start(start), start)
                or (_ASIDE_BEFORE.search(self.text, self._sentence_start(start), start) and self.text.startswith(",", end))
                or self._after_a_day_in_the_sentence()):
            return True
        if len(self.ref_value) <= 4:
            return False
        if self.narrative and int(value) > self.ref_date.year and (self.tense() == "future" or _PROSPECT_BEFORE.search(before)):
            return True  # "on 26 July 1956 ... its concession had been due to expire in 1968": a prospect, not the story
        if after := _YEAR_SPAN_AFTER.match(self.text, end):
            first, last = int(value), int(after.group("y"))
        elif before_span := _YEAR_SPAN_BEFORE.search(before):
            first, last = int(before_span.group("y")), int(value)
        else:
            return False
        return first < last and first <= self.ref_date.year <= last

    def _said_after_the_day_it_tells(self, at: int) -> bool:
        """True in news for the day something was said, after the day it happened in the same sentence: "blew up a
        pipeline late Wednesday, the group said on Thursday" (the clocks that follow are Wednesday's)."""
        return (_SAID_ON_BEFORE.search(self.text, max(0, at - 20), at) is not None and self.last_day is not None
                and self.last_day_at >= self._sentence_start(at))

    def _names_the_subject(self, start: int) -> bool:
        """True for a year that dates the subject a sentence opens with, which the sentence then tells of: "The
        revolutions of 1848 reached Milan in the spring" (not background: the story goes there)."""
        opening = self.text[self._sentence_start(start):start].strip()
        return _SUBJECT_OF.fullmatch(opening) is not None

    def _dates_a_thing_named(self, earliest: dt.date) -> bool:
        """True in a history for an earlier year's date that only dates a thing the sentence names: "On 5 April
        Moscow gave notice that it would not renew the Neutrality Pact signed with Japan in April 1941"."""
        if not self.narrative or self.ref_date is None or earliest.year >= self.ref_date.year:
            return False
        start = self.candidate.start
        return _PARTICIPLE_AFTER_A_NOUN.search(self.text, max(0, start - 70), start) is not None

    def _after_a_day_in_the_sentence(self) -> bool:
        """True when the sentence has already put the story on a day: an earlier year after it is the
        background of that day ("on 21 January divisions besieged Khe Sanh, and Westmoreland, fearing a
        repeat of the French defeat at Dien Bien Phu in 1954, sent reinforcements")."""
        return (re.fullmatch(r"\d{4}-\d\d-\d\d", self.ref_value or "") is not None
                and self.ref_at >= self._sentence_start(self.candidate.start))

    def told_in_the_past_perfect(self) -> bool:
        """True after a past perfect in the candidate's sentence: "who had succeeded his father only that spring" (a time
        before the one the story is on; not "By that summer the blockade had produced famine", nor "Cholera had come
        with the troops, and that winter it killed more")."""
        start = self._sentence_start(self.candidate.start)
        for clause_break in _NEW_CLAUSE.finditer(self.text, start, self.candidate.start):
            start = clause_break.end()
        return PAST_PERFECT_VERB.search(self.text, start, self.candidate.start) is not None

    def _sentence_tells_the_present(self) -> bool:
        """True when the sentence around the candidate names a day of the present ("this afternoon", "last
        Wednesday's Remembrance Day service")."""
        end = _SENTENCE_BREAK.search(self.text, self.candidate.end)
        end_at = end.start() if end else len(self.text)
        return _PRESENT_DAY.search(self.text, self._sentence_start(self.candidate.start), end_at) is not None

    def _looking_back(self, earliest: dt.date) -> bool:
        """True for a look back from the date a history is on that leaves the story there: "the
        previous December" ("the pretext was a clash at Walwal the previous December"), or a count
        back in the past perfect ("Haile Selassie had left the capital three days earlier. That
        evening Mussolini announced the victory" is the evening of the day entered)."""
        if self.dct is not None or self.ref_date is None or earliest >= self.ref_date:
            return False
        phrase = self.text[self.candidate.start:self.candidate.end]
        if _PREVIOUS.match(phrase) or _PART_OF_THE_DAY_BEFORE.fullmatch(phrase):
            return True  # "set out the evening before to attack at dawn": the dawn of the day entered
        if self.ref_date - earliest <= dt.timedelta(days=1) and _THE_NIGHT.fullmatch(phrase) and self.told_in_the_past_perfect():
            return True  # "(6 July) Bernadotte, who had abandoned the village during the night": the story stays on 6 July
        if self.flashback_year() == earliest.year:
            return True  # "Philip had conquered Normandy in 1204; Rouen opened its gates on 24 June"
        if earliest.year < self.ref_date.year and _IN_OR_ON_BEFORE.search(self.text, max(0, self.candidate.start - 4), self.candidate.start) and (
                _OPENS_A_PAST_PERFECT.match(self.text, self.candidate.end)):
            # "(18 April 1864 ...) In July 1863 Lord Palmerston had told Parliament": a look back ("by AD 5 Roman
            # forces had reached the Elbe" is where the story has got to)
            return True
        return bool(_BACKWARDS.search(phrase)) and bool(PAST_PERFECT_VERB.search(
            self.text, self._sentence_start(self.candidate.start), self.candidate.start))

    def _looking_ahead(self, earliest: dt.date, value: str) -> bool:
        """True for a later date the story only looks ahead to. In a history, one a negated act or a plan
        reaches: "was cut off and did not get back until the morning of Tuesday, 19 September. On Monday ..."
        stays on the Sunday; "the invasion of Japan, then scheduled to begin in November. On 26 March ..."
        stays in March. In news, a deadline after the story's day ("a curfew until June 20")."""
        start = self.candidate.start
        if not self.narrative:  # "extended a curfew until June 20. Otunbayeva asked Russia the same day"
            # ... nor is "a summit due to be held in Islamabad in November. ... followed suit the next day"
            story = self.ref_date or self.dct
            return earliest > story and (_UNTIL_BEFORE.search(self.text, max(0, start - 12), start) is not None
                                         or (_BEFORE_BEFORE.search(self.text, max(0, start - 12), start) is not None
                                             and self.tense() == "future")  # "no judgment is expected before next year"
                                         or _PROSPECT_BEFORE.search(self.text, max(0, start - 60), start) is not None)
        if self.ref_date is None or earliest <= self.ref_date:
            return False
        # "did not get back until the morning of Tuesday, 19 September" is a day; "envoys did not reach Japan
        # until early 1268. ... that spring" moves the story on.
        negated = _NOT_UNTIL_BEFORE.search(self.text, max(0, start - 120), start) and re.match(r"\d{4}-\d\d-\d\d", value)
        # "unable to hold them back until the next morning. The battle began in the early evening." (but "held
        # Yong'an from September 1851 until the following spring. ... that June" has moved on)
        held_off = (_UNTIL_BEFORE.search(self.text, max(0, start - 12), start) and _NEXT.match(self.text, start)
                    and not _FROM_IN_CLAUSE.search(self.text, self._sentence_start(start), start))
        # "ruled for two and a half centuries, until the civil war of 1868": a span's far end, not the story's next step
        far_end = (earliest.year - self.ref_date.year > 10 and re.fullmatch(r"\d{4}", value)
                   and _UNTIL_A_YEAR_BEFORE.search(self.text, max(0, start - 40), start))
        # "the gunmen say the embassy will be blown up at noon the next day. Evening." stays on the day
        threat = _WILL_AT_BEFORE.search(self.text, max(0, start - 60), start)
        return bool(negated or held_off or far_end or threat or _PROSPECT_BEFORE.search(self.text, max(0, start - 60), start))

    def _sentence_start(self, at: int) -> int:
        breaks = list(_SENTENCE_BREAK.finditer(self.text, max(0, at - 200), at + 1))
        return breaks[-1].start() + 1 if breaks else max(0, at - 200)

    def _refers_back_around(self, value: str, earliest: dt.date, latest: dt.date | None) -> bool:
        """True for "that year", "later that year", "the same month" that hold the date the story is on,
        known more finely: they keep it as the reference time."""
        if self.ref_date is None or latest is None or not earliest <= self.ref_date <= latest:
            return False
        if len(value) >= len(self.ref_value) or not re.fullmatch(r"\d{4}(?:-\d\d|-W\d\d)?", value):
            return False
        return bool(_BACK_REFERENCE.search(self.text, self.candidate.start, self.candidate.end))

    def _reported_period(self, earliest: dt.date | None, value: str) -> bool:
        if earliest is None:
            return False
        ends = cm.add_months(earliest.year, earliest.month, 3 if "-Q" in value else 6)
        if ends <= (self.dct.year, self.dct.month):
            return True
        return earliest <= self.dct and self.tense() == "past"

    def tense(self) -> str | None:
        return clause_tense(self.text, self.candidate.start, self.candidate.end)
