"""A TIMEX3 temporal tagger for news and war histories (pure Python, no Django).

`tag(text, dct)` finds every temporal expression as TimeML draws its extent and resolves it to a
TIMEX3 type, value and mod, plus earliest/latest dates, a precision, a readable label and a
one-line explanation for editors. With a publication date (DCT) relative expressions count from
it, weekday names following the tense of their clause; without one (narrative mode) they count
from the last date the text established.

    >>> [t.value for t in tag("Talks were held on Friday.", "2020-10-09")]
    ['2020-10-09']

Modules: lexicon (words), fragments (the regex pieces built from them), patterns (the rules and
finding extents), triggers (which rules a stretch of text can need), plausibility (telling a date from
the same letters used otherwise), tense (the clause's tense), resolve, relative, days and lengths (values),
calendar_math (date arithmetic), timex (the record, bounds and labels), tagger (the pipeline).
"""

from .tagger import parse_dct, tag
from .timex import PRECISIONS, Timex, precision_label

__all__ = ["PRECISIONS", "Timex", "parse_dct", "precision_label", "tag"]
