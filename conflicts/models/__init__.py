"""Conflicts, the articles about them, the dated proposals found in those articles, and the
events editors make of them; every editorial decision is logged.

Modules: core (conflicts and articles), review (proposals, events, the decision log), imports
(feeds and background import batches), revisions (the signals that keep ETags, caches and
search text up to date).
"""

from . import revisions  # noqa: F401  (connects the signal receivers)
from .core import Article, Conflict, ConflictQuerySet, Kind, Precision, protect_sources
from .imports import Feed, ImportBatch
from .review import (
    AlreadyDecided,
    CannotUndo,
    DatedMixin,
    Decision,
    Event,
    EventQuerySet,
    Proposal,
    ProposalQuerySet,
)

__all__ = [
    "AlreadyDecided", "Article", "CannotUndo", "Conflict", "ConflictQuerySet", "DatedMixin", "Decision", "Event",
    "EventQuerySet", "Feed", "ImportBatch", "Kind", "Precision", "Proposal", "ProposalQuerySet", "protect_sources",
]
