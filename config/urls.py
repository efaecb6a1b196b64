from django.contrib import admin
from django.urls import include, path

from conflicts.views.auth import ThrottledLoginView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("conflicts.urls")),
]

handler500 = "conflicts.views.errors.server_error"
