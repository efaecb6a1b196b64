from django.urls import path

from conflicts.views import importing, public, review

app_name = "conflicts"

urlpatterns = [
    path("", public.home, name="home"),
    path("conflicts/<slug:slug>/", public.timeline, name="timeline"),
    path("conflicts/<slug:slug>/events/<int:event_id>/", public.event_detail, name="event"),
    path("review/", review.queue, name="review"),
    path("review/proposals/<int:proposal_id>/accept/", review.accept, name="accept"),
    path("review/proposals/<int:proposal_id>/reject/", review.reject, name="reject"),
    path("articles/import/", importing.import_article_view, name="import"),
]
