"""Event kinds decided from key phrases in a sentence (a first cut: cue lists, first match wins
in priority order, and a negated cue does not count)."""

from __future__ import annotations

import re

# Priority order: a ceasefire sentence often mentions fighting too, and casualty reports
# mention attacks; the more specific kind comes first.
CUES: list[tuple[str, tuple[str, ...]]] = [
    ("ceasefire", ("cease-fire", "ceasefire", "truce", "armistice", "halt to the fighting", "end the war",
                   "trilateral statement", "peace deal", "peace agreement")),
    ("casualties", ("killed", "died", "dead", "death toll", "wounded", "injured", "casualties", "fatalities")),
    ("humanitarian", ("refugees", "displaced", "humanitarian", "evacuat", "aid convoy", "prisoner exchange",
                      "exchange prisoners", "exchange of bodies", "fled")),
    ("escalation", ("attack", "shelling", "shelled", "offensive", "fighting", "clashes", "airstrike", "strike",
                    "bombard", "invaded", "invasion", "missile", "drone", "captured", "seized", "took control",
                    "mobiliz", "mobilis", "martial law", "escalation", "flared", "broke out", "erupted")),
    ("diplomacy", ("talks", "negotiat", "summit", "met with", "mediat", "brokered", "foreign minister",
                   "agreed to", "envoy", "diplomat")),
    ("statement", ("said in a statement", "announced", "declared", "warned", "vowed", "called for")),
]
_NEGATION = re.compile(r"\b(?:not|no|never|denied|without)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def classify(sentence: str) -> tuple[str, str]:
    """Return (kind, cue): the kind of event the sentence reports and the words that decided it."""
    lowered = sentence.lower()
    for kind, cues in CUES:
        for cue in cues:
            at = lowered.find(cue)
            while at != -1:
                if not _NEGATION.search(lowered[max(0, at - 40):at]):
                    return kind, sentence[at:at + len(cue)]
                at = lowered.find(cue, at + 1)
    return "other", ""
