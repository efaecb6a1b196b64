"""propose(): which dates anchor events, their roles, the lead fallback, and confidence."""

import datetime

from conflicts.proposing import Candidate, propose

DCT = datetime.date(2020, 10, 9)  # a Friday


def _dated(text, dct=DCT, extra=None):
    """Proposals with a date phrase of their own (the texts open with an undated lead)."""
    return [candidate for candidate in propose(text, dct, extra) if candidate.phrase]


def _one(text, dct=DCT):
    [candidate] = _dated(text, dct)
    return candidate


def test_a_statement_date_dates_a_casualty_report_whose_deaths_have_no_date():
    candidate = _one("Talks went on.\n\nArmenia said on Friday that its soldiers had died since Sept. 27.")
    assert (candidate.phrase, candidate.value, candidate.kind) == ("Friday", "2020-10-09", "casualties")
    assert (candidate.attribution, candidate.date_role) == ("Armenia", "statement")


def test_the_event_date_wins_over_the_statement_date():
    candidate = _one("Talks went on.\n\nAzerbaijan said on Friday that Armenian forces had shelled Terter on Thursday.")
    assert (candidate.phrase, candidate.value, candidate.date_role) == ("Thursday", "2020-10-08", "event")
    assert candidate.kind == "escalation"
    assert candidate.actors == ["Azerbaijan", "Armenian armed forces"]


def test_a_date_in_a_since_clause_is_not_the_event():
    text = "Talks went on.\n\nThe ministers met in Moscow on Friday, their first meeting since fighting erupted late last month."
    candidate = _one(text)
    assert (candidate.phrase, candidate.kind) == ("Friday", "diplomacy")


def test_coordinated_dates_are_two_events():
    text = "Talks went on.\n\nEach side blames the other for the collapse of the truces agreed on Oct. 1 and Oct. 4."
    assert [c.value for c in _dated(text)] == ["2020-10-01", "2020-10-04"]


def test_durations_sets_and_vague_references_anchor_nothing():
    text = "Talks went on.\n\nThe dispute has simmered for decades. Shelling goes on every night. It is tense now."
    assert _dated(text) == []


def test_an_undated_lead_gets_a_weak_proposal_at_the_publication_date():
    candidates = propose("Fighting Flares\n\nBAKU — Azerbaijani forces shelled the town, officials said.", DCT)
    [lead] = candidates
    assert (lead.value, lead.earliest, lead.latest, lead.phrase) == ("2020-10-09", DCT, DCT, "")
    assert lead.kind == "escalation" and lead.confidence <= 0.3


def test_no_publication_date_no_lead_fallback():
    assert propose("Azerbaijani forces shelled the town.", None) == []


def test_old_dates_are_background():
    candidate = _one("Talks went on.\n\nA war in the early 1990s killed about 30,000 people.")
    assert (candidate.kind, candidate.value, candidate.mod) == ("background", "199", "START")
    assert candidate.figures == {"killed": 30000}


def test_confidence_prefers_precise_typed_attributed_events():
    text = (
        "Talks went on.\n\nAzerbaijan's Defense Ministry said Armenian forces shelled Terter on Thursday. "
        "Things changed last month."
    )
    precise, vague = _dated(text)
    assert precise.confidence > vague.confidence


def test_the_editor_gazetteer_reaches_the_candidates():
    text = "Talks went on.\n\nThe Dashnaks marched in Yerevan on Thursday."
    [candidate] = _dated(text, DCT, {"Dashnaks": "Armenian Revolutionary Federation"})
    assert candidate.actors == ["Armenian Revolutionary Federation"]


def test_as_dict_has_iso_dates_and_every_field():
    candidate = _one("Talks went on.\n\nFighting broke out on Thursday.")
    data = candidate.as_dict()
    assert data["earliest"] == data["latest"] == "2020-10-08"
    assert set(data) == set(Candidate.__dataclass_fields__)
    assert isinstance(data["actors"], list) and isinstance(data["figures"], dict)


def test_quotes_and_phrases_have_exact_offsets():
    text = "Fighting Flares\n\nMOSCOW — The truce took effect on Saturday. Both sides said it held."
    for candidate in propose(text, datetime.date(2020, 10, 10)):
        assert text[candidate.quote_start:candidate.quote_end] == candidate.quote
        assert text[candidate.phrase_start:candidate.phrase_end] == candidate.phrase


def test_two_events_in_one_sentence_get_their_own_kinds():
    text = "Talks went on.\n\nStepanakert was shelled on Thursday, and a humanitarian truce took effect on Friday."
    shelling, truce = _dated(text)
    assert (shelling.value, shelling.kind) == ("2020-10-08", "escalation")
    assert (truce.value, truce.kind) == ("2020-10-09", "ceasefire")


def test_it_survives_odd_input():
    assert propose("", DCT) == []
    assert propose("Breaking News", DCT) == []
    assert propose("\n\n  \n", None) == []
    odd = "“Unclosed quote. 5 p.m. U.S.. —— ... ?! Mr. (Sept. 27) 1,000,000 killed; a.m.\n\n\n—"
    for candidate in propose(odd, DCT):
        assert odd[candidate.quote_start:candidate.quote_end] == candidate.quote
