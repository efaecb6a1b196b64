"""A TIMEX3 temporal tagger for news and war histories (pure Python, no Django).

    >>> [t.value for t in tag("Talks were held on Friday.", "2020-10-09")]
    ['2020-10-09']
"""

from .tagger import parse_dct, tag
from .timex import PRECISIONS, Timex, precision_label

__all__ = ["PRECISIONS", "Timex", "parse_dct", "precision_label", "tag"]
