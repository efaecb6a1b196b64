from django import forms

from conflicts.dating import precision_label
from conflicts.models import Conflict, Kind, Precision


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


class EventDateFields(forms.Form):
    """The date of an event as editors set it: bounds and the precision they are known at."""

    title = forms.CharField(max_length=300)
    kind = forms.ChoiceField(choices=Kind.choices)
    earliest = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="From")
    latest = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="To", required=False,
                             help_text="Leave empty for a single day.")
    precision = forms.ChoiceField(choices=Precision.choices)
    actors = forms.CharField(required=False, max_length=1000, help_text="Separated by commas.")

    def clean_actors(self) -> list[str]:
        return [actor.strip() for actor in self.cleaned_data["actors"].split(",") if actor.strip()]

    def clean(self):
        data = super().clean()
        earliest, latest = data.get("earliest"), data.get("latest")
        if earliest and not latest:
            data["latest"] = latest = earliest
        if earliest and latest and latest < earliest:
            self.add_error("latest", "The end of the date range comes before its start.")
        return data

    def event_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "kind": data["kind"],
            "earliest": data["earliest"],
            "latest": data["latest"],
            "precision": data["precision"],
            "label": precision_label(data["earliest"], data["latest"], data["precision"]),
            "actors": data["actors"],
        }


def _date_fields_initial(dated, title: str) -> dict:
    """The form's starting values from a proposal or an event (both carry kind, dates and actors)."""
    return {
        "title": title,
        "kind": dated.kind,
        "earliest": dated.earliest,
        "latest": dated.latest,
        "precision": dated.precision or Precision.DAY,
        "actors": ", ".join(dated.actors or []),
    }


class ProposalEditForm(EventDateFields):
    def __init__(self, *args, proposal, **kwargs):
        kwargs.setdefault("initial", _date_fields_initial(proposal, title=proposal.default_title()))
        super().__init__(*args, **kwargs)


class EventEditForm(EventDateFields):
    def __init__(self, *args, instance_event, **kwargs):
        self.event = instance_event
        kwargs.setdefault("initial", _date_fields_initial(instance_event, title=instance_event.title))
        super().__init__(*args, **kwargs)

    def changes(self) -> dict:
        return {name: value for name, value in self.event_fields().items() if getattr(self.event, name) != value}


class RedateForm(forms.Form):
    published = forms.DateField(
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the publication date as YYYY-MM-DD."},
    )


class GazetteerForm(forms.Form):
    """The conflict's own actors, one per line: `alias = canonical name` (or just a name)."""

    actors = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        help_text="One actor per line: “Artsakh Defense Army = Nagorno-Karabakh Defense Army”, or just a name.",
    )

    @staticmethod
    def as_text(gazetteer: dict) -> str:
        return "\n".join(alias if alias == name else f"{alias} = {name}" for alias, name in sorted(gazetteer.items()))

    def clean_actors(self) -> dict[str, str]:
        gazetteer = {}
        for number, line in enumerate(self.cleaned_data["actors"].splitlines(), start=1):
            if not line.strip():
                continue
            alias, _, name = (part.strip() for part in line.partition("="))
            name = name or alias
            if not alias or len(alias) > 100 or len(name) > 100:
                raise forms.ValidationError(f"Line {number}: give “alias = name”, each under 100 characters.")
            gazetteer[alias] = name
        return gazetteer
