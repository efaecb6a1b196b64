from django import forms

from conflicts.models import Conflict


class ArticleImportForm(forms.Form):
    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), empty_label=None)
    title = forms.CharField(max_length=500, required=False, help_text="Taken from the file or first line if empty.")
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=2000, required=False, assume_scheme="https", label="URL")
    published = forms.DateField(
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the publication date as YYYY-MM-DD."},
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), required=False, strip=False)
    file = forms.FileField(required=False, help_text="Or upload a .txt or .html file.")

    def clean(self):
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("file"):
            raise forms.ValidationError("Paste the article text or upload a .txt or .html file.")
        return data
