"""Sign-in with failed attempts throttled per address and per username."""

import hashlib

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.core.cache import cache


def _keys(request) -> list[str]:
    address = request.META.get("REMOTE_ADDR", "unknown")
    username = request.POST.get("username", "").strip().lower()[:150]
    # Hashed: a username may hold anything, and cache keys are best kept to plain characters.
    user_key = hashlib.sha256(username.encode("utf-8", "replace")).hexdigest()[:32]
    return [f"login-failures:address:{address}", f"login-failures:user:{user_key}"]


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        keys = _keys(request)
        if any(cache.get(key, 0) >= settings.LOGIN_FAILURE_LIMIT for key in keys):
            form = self.get_form()
            context = self.get_context_data(form=form, throttled=True)
            return self.render_to_response(context, status=429)
        response = super().post(request, *args, **kwargs)
        if response.status_code == 200:  # the form was invalid: a failed attempt
            for key in keys:
                cache.add(key, 0, settings.LOGIN_FAILURE_WINDOW)
                cache.incr(key)
        else:
            cache.delete_many(keys)
        return response
