"""Error pages. A database that cannot be reached is a 503 (try again), not a 500 (our bug)."""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger("conflicts.errors")
UNAVAILABLE = (OperationalError, InterfaceError)


@requires_csrf_token
def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE) or (isinstance(error, DatabaseError) and "connect" in str(error).lower()):
        logger.error("database unavailable: %s", error)
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render(request, "500.html", status=500)
