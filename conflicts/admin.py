from django.contrib import admin
from django.contrib.admin.views.main import ERROR_FLAG
from django.db import DataError
from django.http import HttpResponseRedirect

from conflicts.models import Article, Conflict, Decision, Event, Proposal
from conflicts.timeline.search import printable

MAX_SEARCH = 200


class SturdyChangeList:
    """A changelist that answers a malformed query string as it answers a bad filter (Django's "?e=1"
    redirect) rather than with an error page: the search is cut to MAX_SEARCH characters without
    control characters (SQLite refuses a LIKE pattern over 50,000 bytes, PostgreSQL a NUL), and a filter
    the database cannot take (an id over SQLite's integers, a NUL for PostgreSQL) is refused."""

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, printable(search_term)[:MAX_SEARCH])

    def changelist_view(self, request, extra_context=None):
        try:
            return super().changelist_view(request, extra_context)
        except (OverflowError, DataError):
            if ERROR_FLAG in request.GET:
                raise
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")


@admin.register(Conflict)
class ConflictAdmin(SturdyChangeList, admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(SturdyChangeList, admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "conflict", "imported_at"]
    list_filter = ["conflict", "outlet"]
    search_fields = ["title", "url"]
    readonly_fields = ["content_hash", "imported_by", "imported_at"]


@admin.register(Proposal)
class ProposalAdmin(SturdyChangeList, admin.ModelAdmin):
    list_display = ["phrase", "label", "kind", "confidence", "status", "article"]
    list_filter = ["status", "kind", "precision"]
    search_fields = ["quote", "phrase"]
    raw_id_fields = ["article", "event"]
    readonly_fields = ["decided_by", "decided_at"]


class SourceInline(admin.TabularInline):
    model = Proposal
    fk_name = "event"
    fields = ["quote", "phrase", "article", "status"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Event)
class EventAdmin(SturdyChangeList, admin.ModelAdmin):
    list_display = ["title", "label", "kind", "published", "conflict"]
    list_filter = ["conflict", "kind", "published"]
    search_fields = ["title"]
    inlines = [SourceInline]


@admin.register(Decision)
class DecisionAdmin(SturdyChangeList, admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "proposal", "event"]
    list_filter = ["action"]
    raw_id_fields = ["proposal", "event"]
