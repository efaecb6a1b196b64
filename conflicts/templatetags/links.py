"""Links to what came from outside (articles' URLs): only http(s) ever reaches an href."""

from django import template

from conflicts.exports import safe_url

register = template.Library()


@register.filter
def http_url(url: str) -> str:
    """The URL if it is http or https, else '' (a `javascript:` link must never reach a page)."""
    return safe_url(url)
