from django.contrib import admin

from conflicts.models import Article, Conflict, Decision, Event, Proposal


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "conflict", "imported_at"]
    list_filter = ["conflict", "outlet"]
    search_fields = ["title", "url"]
    readonly_fields = ["content_hash", "imported_by", "imported_at"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
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
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "label", "kind", "published", "conflict"]
    list_filter = ["conflict", "kind", "published"]
    search_fields = ["title"]
    inlines = [SourceInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "proposal", "event"]
    list_filter = ["action"]
    raw_id_fields = ["proposal", "event"]
