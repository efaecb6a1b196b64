from django.urls import path

from conflicts.views import api, embed, importing, public, review

app_name = "conflicts"

urlpatterns = [
    path("", public.home, name="home"),
    path("conflicts/<slug:slug>/", public.timeline, name="timeline"),
    path("conflicts/<slug:slug>/events/<int:event_id>/", public.event_detail, name="event"),
    path("review/", review.queue_view, name="review"),
    path("review/proposals/<int:proposal_id>/accept/", review.accept, name="accept"),
    path("review/proposals/<int:proposal_id>/edit/", review.edit, name="edit"),
    path("review/proposals/<int:proposal_id>/merge/", review.merge, name="merge"),
    path("review/proposals/<int:proposal_id>/reject/", review.reject, name="reject"),
    path("review/proposals/<int:proposal_id>/attach-group/", review.attach_group, name="attach-group"),
    path("review/proposals/<int:proposal_id>/skip/", review.skip, name="skip"),
    path("review/skipped/clear/", review.unskip, name="unskip"),
    path("review/undo/", review.undo, name="undo"),
    path("review/bulk/", review.bulk, name="bulk"),
    path("review/events/<int:event_id>/", review.event_admin, name="event-admin"),
    path("review/events/<int:event_id>/publish/", review.event_publish, name="event-publish"),
    path("review/articles/<int:article_id>/", review.article_admin, name="article-admin"),
    path("review/conflicts/<slug:slug>/actors/", review.conflict_actors, name="conflict-actors"),
    path("articles/import/", importing.import_article_view, name="import"),
    path("articles/import/fetch/", importing.fetch_url, name="import-fetch"),
    path("articles/import/page/", importing.import_page, name="import-page"),
    path("articles/import/feed/", importing.import_feed, name="import-feed"),
    path("articles/import/urls/", importing.import_urls, name="import-urls"),
    path("articles/import/feeds/<int:feed_id>/refresh/", importing.refresh_saved_feed, name="import-feed-refresh"),
    path("articles/import/batches/<int:batch_id>/", importing.batch_progress, name="import-batch"),
    # Embedding and exports
    path("embed/<slug:slug>/", embed.widget, name="embed"),
    path("embed/<slug:slug>/events/<int:event_id>/", embed.event_widget, name="embed-event"),
    path("embed.js", embed.loader, name="embed-loader"),
    path("oembed", embed.oembed, name="oembed"),
    path("conflicts/<slug:slug>/timeline.json", api.timeline_json, name="timeline-json"),
    path("conflicts/<slug:slug>/timeline.csv", api.timeline_csv, name="timeline-csv"),
    path("conflicts/<slug:slug>/timeline.ics", api.timeline_ics, name="timeline-ics"),
    path("api/conflicts/<slug:slug>/events", api.events, name="api-events"),
    path("api/openapi.json", api.openapi, name="openapi"),
]
