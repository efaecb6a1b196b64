"""The project's URLs plus two views that fail, for testing the error pages."""

from django.db import OperationalError
from django.urls import path

from config.urls import handler500, urlpatterns as project_urlpatterns


def database_down(request):
    raise OperationalError('connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused')


def bug(request):
    raise ZeroDivisionError("a bug")


urlpatterns = [path("database-down/", database_down), path("bug/", bug), *project_urlpatterns]
__all__ = ["handler500", "urlpatterns"]
