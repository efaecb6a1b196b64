"""Forms of the web import: a URL to fetch, the page to review before import, the feed entries to pick."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator

from conflicts.forms import ArticleImportForm
from conflicts.models import Conflict

from .files import DOCUMENT_SUFFIXES


class UploadImportForm(ArticleImportForm):
    """The paste/upload form, taking every document type files.read_document reads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = "Or upload a .txt, .md, .html, .pdf or .docx file."
        self.fields["file"].widget.attrs["accept"] = ",".join(DOCUMENT_SUFFIXES)
        self.fields["published"].required = False
        self.fields["published"].help_text = "Leave empty to have it looked for, and confirm it on the next page."

    def clean(self):
        data = forms.Form.clean(self)
        if not (data.get("text") or "").strip() and not data.get("file"):
            raise forms.ValidationError("Paste the article text or upload a .txt, .md, .html, .pdf or .docx file.")
        return data


class UrlForm(forms.Form):
    """Shares its page with the paste form, so its ids are prefixed; field names are not."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "web_%s")
        super().__init__(*args, **kwargs)

    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), empty_label=None)
    url = forms.URLField(max_length=2000, assume_scheme="https", label="Page or feed URL",
                         validators=[URLValidator(schemes=["http", "https"], message="Enter an http or https URL.")],
                         help_text="An article page, or an RSS or Atom feed to pick entries from.")


class UrlListForm(forms.Form):
    """Many article pages at once, imported in the background with the dates found on them."""

    MAX_URLS = 500

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "list_%s")
        super().__init__(*args, **kwargs)

    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), empty_label=None)
    urls = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), label="Article URLs",
                           help_text="One per line. Each page's publication date is taken from its metadata, "
                                     "URL or dateline; pages without one are reported, not imported.")

    def clean_urls(self) -> list[str]:
        validate = URLValidator(schemes=["http", "https"])
        urls, bad = [], []
        for number, line in enumerate(self.cleaned_data["urls"].splitlines(), start=1):
            url = line.strip()
            if not url:
                continue
            try:
                validate(url)
            except forms.ValidationError:
                bad.append(str(number))
                continue
            if url not in urls:
                urls.append(url)
        if bad:
            raise forms.ValidationError(f"Line {', '.join(bad[:10])} {'is' if len(bad) == 1 else 'are'} not an http or https URL.")
        if not urls:
            raise forms.ValidationError("Give at least one URL.")
        if len(urls) > self.MAX_URLS:
            raise forms.ValidationError(f"{len(urls)} URLs; at most {self.MAX_URLS} at once.")
        return urls


class PageReviewForm(forms.Form):
    """What was read from the page, for the editor to confirm or correct before proposals are made."""

    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), empty_label=None)
    url = forms.URLField(max_length=2000, widget=forms.HiddenInput, required=False)
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    published = forms.DateField(
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Relative dates in the text (“Friday”, “last month”) resolve against it: check it.",
        error_messages={"required": "Give the publication date: none was found on the page.",
                        "invalid": "Enter the publication date as YYYY-MM-DD."},
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 16}), strip=False)


class FeedEntriesForm(forms.Form):
    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), widget=forms.HiddenInput)
    feed_url = forms.URLField(max_length=2000, widget=forms.HiddenInput)
    entries = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, label="Entries to import",
                                        error_messages={"required": "Choose at least one entry to import."})
    save_feed = forms.BooleanField(required=False, label="Save this feed for the conflict",
                                   help_text="Its new entries are then imported by manage.py refresh_feeds, or from this page.")

    def __init__(self, *args, feed=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed = feed
        if feed is not None:
            self.fields["entries"].choices = [(entry.url, entry.title) for entry in feed.entries]

    def chosen_entries(self):
        chosen = set(self.cleaned_data["entries"])
        return [entry for entry in self.feed.entries if entry.url in chosen]
