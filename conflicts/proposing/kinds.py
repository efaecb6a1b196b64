"""Event kinds, PLOVER categories and escalation scores decided from key phrases in a sentence.

Every cue is a phrase with the kind, PLOVER category and score it signals. A cue counts as the event
only when it is asserted: "did not attack" is negated, "threatened to attack" and "if the fighting
spilled over" are not (yet) events, and a clause opened by "after" or "since" names an earlier event
the sentence only refers to. Among asserted cues the most specific tier wins, then the first in the
sentence ("fired rockets ..., killing one civilian" is an attack that caused deaths, not a toll).

Scores follow the PLOVER/POLECAT escalation scale (-10 most conflictual, +10 most cooperative):
ASSAULT -9, COERCE -7, MOBILIZE -6, SANCTION -5, REJECT -4, PROTEST -4, THREATEN -3.5, ACCUSE -2,
REQUEST +3, AGREE +2.5, CONSULT +3.5, SUPPORT +3.5, COOPERATE +6, AID +7, RETREAT +7.5 (an
implemented ceasefire). Statements, background and other sentences without a cue score 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLOVER_SCORES = {
    "ASSAULT": -9.0, "COERCE": -7.0, "MOBILIZE": -6.0, "SANCTION": -5.0, "REJECT": -4.0, "PROTEST": -4.0,
    "THREATEN": -3.5, "ACCUSE": -2.0, "REQUEST": 3.0, "AGREE": 2.5, "CONSULT": 3.5, "SUPPORT": 3.5,
    "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0, "RETREAT": 7.5,
}
KINDS = ("escalation", "ceasefire", "diplomacy", "casualties", "humanitarian", "statement", "background", "other")

_TRUCE = r"(?:cease-?fires?|truces?|armistice|humanitarian pause|pause in (?:the )?fighting|(?<=the )pause\b)"
# (tier, kind, PLOVER category, pattern). Tier 1 phrases are specific enough to beat anything else.
_CUE_TABLE: list[tuple[int, str, str, str]] = [
    (1, "escalation", "ASSAULT", rf"violat\w*\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+)?{_TRUCE}"),
    (1, "escalation", "ASSAULT", rf"{_TRUCE}\b[^.;]{{0,40}}?\b(?:collapsed|broke down|breaks down|falter\w*|fray\w*|"
                                 r"was broken|were broken|unravel\w*)"),
    (1, "diplomacy", "CONSULT", rf"(?:talks|negotiations|consultations)\s+(?:on|about|for|over)\s+(?:a\s+|an\s+)?"
                                rf"(?:\w+\s+)?{_TRUCE}|{_TRUCE}\s+(?:talks|negotiations)"),
    (1, "ceasefire", "AGREE", rf"{_TRUCE}|peace (?:deal|agreement|accord|treaty|plan)|halt to (?:the )?fighting|"
                              r"end(?:s|ed|ing)? the (?:war|fighting|hostilities)|(?:war|fighting|hostilities)\b"
                              r"[^.;]{0,40}?\bended\b|stop(?:ped)? the fighting|guns fell silent|trilateral statement"),
    (2, "casualties", "ASSAULT", r"killed|killing|died|(?<!the )dead\b|death toll|deaths|wounded|wounding|injured|"
                                 r"casualties|fatalities|lost their lives"),
    (2, "humanitarian", "AID", r"humanitarian (?:aid|corridor|convoy|access|assistance|crisis)|aid (?:convoy|trucks|"
                               r"deliveries|shipments|flights|workers)|food aid|relief supplies|evacuat\w+|"
                               r"convoys?\s+(?:[\w-]+\s+){0,2}?(?:reached|arrived|entered|delivered)"),
    (2, "humanitarian", "COOPERATE", r"(?:exchang|swap)\w*\s+(?:of\s+)?(?:[\w,-]+\s+){0,3}?(?:prisoners|bodies|"
                                     r"detainees|hostages|captives|POWs)|prisoner (?:exchange|swap)"),
    (2, "humanitarian", "RETREAT", r"(?:released|freed)\s+(?:[\w,-]+\s+){0,3}?(?:hostages|prisoners|detainees|captives)|"
                                   r"(?:hostage|prisoner) release|release of (?:the\s+)?(?:hostages|prisoners)"),
    (2, "humanitarian", "", r"refugees|displaced|fled|flee(?:ing)?\b|exodus|shelters?\b|"
                            r"(?:\d[\d,]*|thousands|hundreds)\s+(?:[\w-]+\s+){0,3}?left\b"),
    (2, "escalation", "COERCE", r"martial law|curfews?|state of emergency|arrested|detained"),
    (2, "escalation", "MOBILIZE", r"mobili[sz]\w+|massed troops|deployed troops|call-up"),
    (2, "escalation", "ASSAULT", r"attack\w*|counter-?attack\w*|shell(?:ed|ing|s)\b|offensive|counter-offensive|"
                                 r"fighting|fought|clash\w*|air ?strikes?|strikes?\b|struck|striking|bombard\w*|"
                                 r"bomb(?:ed|ing|s)?\b|invaded|invasion|missiles?|rockets?|drones?|artillery|"
                                 r"fired (?:on|at|upon)|opened fire|came under (?:heavy )?(?:fire|shelling|attack)|"
                                 r"captured|seized|took control|(?:had|has|have) taken|recaptured|shot down|combat|"
                                 r"hostilities|escalation|flared|flare-up|broke out|erupted|explosions?|"
                                 r"raid(?:ed|s)?\b|ambush\w*|advance[sd]?\b|military operations?|anti-terrorist|"
                                 r"counter-?terrorism operation"),
    (2, "diplomacy", "CONSULT", r"talks|negotiat\w+|summit|met with|met the|meeting|sat down|mediat\w+|"
                                r"\bmet\b|brokered|invited|telephone (?:call|conversation)s?|spoke by (?:tele)?phone|"
                                r"visit(?:ed|s)?\b|envoys?"),
    (2, "other", "PROTEST", r"protest\w*|demonstrat(?:ors|ions?)|rall(?:y|ied|ies)|stormed|broke into"),
    (2, "escalation", "SANCTION", r"sanctions?|embargo|expelled|recalled (?:its|their) ambassador"),
    (3, "escalation", "ACCUSE", r"accus\w+|blam\w+|condemn\w*"),
    (3, "statement", "REJECT", r"reject\w*|refused"),
    (3, "statement", "SUPPORT", r"pledged (?:its |their )?(?:full )?support|backed|backing"),
    (3, "other", "RETREAT", r"withdr[ae]w\w*|pull(?:ed)? out|retreat\w*"),
]
_STATEMENT = re.compile(
    r"\b(?:said|says|announced|declared|statement|told|warned|vowed|stated|confirmed|called for|urged|"
    r"appeal(?:ed)?|insisted|promised|pledged|denied|denies|demanding|resolution)\b",
    re.IGNORECASE,
)
_THREAT = re.compile(r"\b(?:threat\w*|warned|warns|vowed|vows|ultimatum)\b", re.IGNORECASE)
_APPEAL = re.compile(r"\b(?:call(?:ed|s|ing)? for|urg(?:ed|es|ing)|appeal\w*|demand(?:ed|s|ing))\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|denying|without|refused to|failed to|n't|rejected|"
    r"rejects|dismissed|turned down)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:would|will|could|may|might|should|shall|if|unless|threat\w*\s+to|threat of|vow\w*\s+to|warn\w*|"
    r"call\w*\s+for|urg\w+|appeal\w*|demand\w*|meant to|aim\w*\s+(?:is|was)?\s*to|in order to|plan\w*\s+to|"
    r"intend\w*\s+to|ready to|prepared to|seek\w*\s+to|sought to|expected to|possib\w+|prospect of|risk of|"
    r"fears? of|hopes? (?:of|to|for)|suggested|proposed|offered|wants? to|allow)\b[^.;]*$",
    re.IGNORECASE,
)
# "the talks would go on": a modal right after a noun cue.
_MODAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:would|will|could|may|might|should|is expected to|are expected to)\b",
                          re.IGNORECASE)
# A clause opened by one of these names an earlier event the sentence refers back to.
_REFERENCE_CLAUSE = re.compile(r"\b(?:after|since|before|until|following)\b[^,;]*$", re.IGNORECASE)
_IMPLEMENTED = re.compile(r"\b(?:took effect|came into (?:force|effect)|entered into force|went into effect|"
                          r"began|in place|holding|held)\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:agree\w*|accept\w*|signed|signing|reached)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    tier: int
    kind: str
    plover: str
    pattern: str


CUES = [Cue(*row) for row in _CUE_TABLE]
# One pass over the sentence for all cues; the group name says which cue matched.
_ALL_CUES = re.compile(
    "|".join(rf"(?P<c{index}>\b(?:{cue.pattern}))" for index, cue in enumerate(CUES)), re.IGNORECASE
)


@dataclass(frozen=True)
class Classification:
    kind: str
    plover: str
    score: float
    cue: str
    cue_start: int = -1
    asserted: bool = True


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    cue: Cue
    mood: str  # "asserted", "modal", "reference", "negated"


def classify(sentence: str, claim: tuple[int, int] | None = None, anchor: int | None = None,
             window: tuple[int, int] | None = None) -> Classification:
    """The kind of event `sentence` reports, its PLOVER category and score, and the words that decided it.

    `claim` is the span of reported speech, if the sentence is attributed ("Armenia said that ...");
    `anchor` the offset of the date being proposed: an "after ..." clause that holds it is the event;
    `window` limits the cues to the part of the sentence about that date, when it has several.
    """
    hits = _hits(sentence, anchor)
    if window is not None:
        hits = [hit for hit in hits if window[0] <= hit.start < window[1]]
    asserted = [hit for hit in hits if hit.mood == "asserted"]
    if asserted:
        best = min(asserted, key=lambda hit: (hit.cue.tier, hit.start))
        return _decided(sentence, best)
    modal = [hit for hit in hits if hit.mood == "modal"]
    statement = _STATEMENT.search(sentence)
    if statement or claim or modal:
        return _statement(sentence, modal, statement)
    reference = [hit for hit in hits if hit.mood == "reference"]
    if reference:
        best = min(reference, key=lambda hit: (hit.cue.tier, hit.start))
        decided = _decided(sentence, best)
        return Classification(decided.kind, decided.plover, decided.score, decided.cue, decided.cue_start, False)
    return Classification("other", "", 0.0, "")


def _hits(sentence: str, anchor: int | None = None) -> list[_Hit]:
    """Every cue in the sentence, left to right; where two would overlap, the one listed first wins."""
    hits: list[_Hit] = []
    for match in _ALL_CUES.finditer(sentence):
        cue = CUES[int(match.lastgroup[1:])]
        mood = _mood(sentence, match.start(), match.end())
        if mood == "reference" and anchor is not None and _same_clause(sentence, match.start(), anchor):
            mood = "asserted"
        hits.append(_Hit(match.start(), match.end(), cue, mood))
    return hits


def _mood(sentence: str, start: int, end: int) -> str:
    clause = _clause_before(sentence, start)
    if _NEGATED.search(sentence[max(0, start - 40):start]):
        return "negated"
    if _MODAL.search(clause) or _MODAL_AFTER.match(sentence, end):
        return "modal"
    if _REFERENCE_CLAUSE.search(clause):
        return "reference"
    return "asserted"


def _same_clause(sentence: str, first: int, second: int) -> bool:
    low, high = sorted((first, second))
    return not re.search(r"[,;:]", sentence[low:high])


def _clause_before(sentence: str, start: int) -> str:
    """The text from the start of the cue's clause up to the cue."""
    before = sentence[:start]
    cut = max(before.rfind(";"), before.rfind(":"), before.rfind(" and "), before.rfind(", "),
              before.rfind(" but "), before.rfind("”"))
    return before[cut + 1:] if cut >= 0 else before


def _decided(sentence: str, hit: _Hit) -> Classification:
    kind, plover = hit.cue.kind, hit.cue.plover
    score = PLOVER_SCORES.get(plover, 0.0)
    if kind == "ceasefire":
        plover, score = _ceasefire_category(sentence, hit)
    elif kind == "diplomacy" and _AGREED.search(_clause_before(sentence, hit.start)):
        plover, score = "AGREE", PLOVER_SCORES["AGREE"]
    return Classification(kind, plover, score, sentence[hit.start:hit.end], hit.start)


def _ceasefire_category(sentence: str, hit: _Hit) -> tuple[str, float]:
    """An agreed ceasefire is AGREE (+2.5); one that took effect or ended a war is RETREAT (+7.5)."""
    window = sentence[max(0, hit.start - 60):hit.end + 60]
    cue = sentence[hit.start:hit.end].lower()
    if _IMPLEMENTED.search(window) or cue.startswith("end") or "ended" in cue or "silent" in cue:
        return "RETREAT", PLOVER_SCORES["RETREAT"]
    return "AGREE", PLOVER_SCORES["AGREE"]


def _statement(sentence: str, modal: list[_Hit], statement: re.Match | None) -> Classification:
    """Reported words without an asserted event: a threat, an appeal, or a plain statement."""
    cue = statement.group(0) if statement else ""
    start = statement.start() if statement else -1
    appeal = _APPEAL.search(sentence)
    if appeal:
        return Classification("statement", "REQUEST", PLOVER_SCORES["REQUEST"], appeal.group(0), appeal.start(), False)
    threat = _THREAT.search(sentence)
    hostile = [hit for hit in modal if hit.cue.kind in ("escalation", "casualties")]
    if threat or hostile:
        if threat:
            cue, start = threat.group(0), threat.start()
        return Classification("statement", "THREATEN", PLOVER_SCORES["THREATEN"], cue, start, False)
    return Classification("statement", "", 0.0, cue, start, False)
