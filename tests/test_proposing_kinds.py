"""Event kinds, PLOVER categories and escalation scores from key phrases in context."""

import pytest

from conflicts.proposing.kinds import KINDS, PLOVER_SCORES, classify


@pytest.mark.parametrize(
    "sentence, kind, plover",
    [
        ("Heavy fighting broke out along the front line on Sunday.", "escalation", "ASSAULT"),
        ("Armenian forces fired rockets at Ganja on Sunday, killing at least one civilian.", "escalation", "ASSAULT"),
        ("Prime Minister Nikol Pashinyan declared martial law on Sunday.", "escalation", "COERCE"),
        ("Armenia announced a general mobilization on Sunday.", "escalation", "MOBILIZE"),
        ("Armenia said on Friday that 376 of its soldiers had died.", "casualties", "ASSAULT"),
        ("A humanitarian ceasefire took effect on Saturday.", "ceasefire", "RETREAT"),
        ("The two sides agreed to a humanitarian ceasefire on Saturday.", "ceasefire", "AGREE"),
        ("The leaders signed a statement on Monday night ending the war.", "ceasefire", "RETREAT"),
        ("The foreign ministers sat down for talks in Moscow on Friday.", "diplomacy", "CONSULT"),
        ("Both sides agreed to attend talks on a cease-fire in Moscow.", "diplomacy", "AGREE"),
        ("The two sides were accusing each other of violating the truce.", "escalation", "ASSAULT"),
        ("The second truce collapsed within hours on Sunday.", "escalation", "ASSAULT"),
        ("The Red Cross delivered humanitarian aid to Stepanakert on Friday.", "humanitarian", "AID"),
        ("The sides exchanged prisoners on Monday.", "humanitarian", "COOPERATE"),
        ("Protesters broke into the parliament early Tuesday.", "other", "PROTEST"),
        ("The weather was mild on Tuesday.", "other", ""),
        ("Ukraine and Russia swapped 95 prisoners of war on Saturday.", "humanitarian", "COOPERATE"),
        ("Hamas released 24 hostages on Friday.", "humanitarian", "RETREAT"),
        ("Aid trucks entered Gaza through the Rafah crossing on Sunday.", "humanitarian", "AID"),
        ("Zelensky met Biden at the White House on Thursday.", "diplomacy", "CONSULT"),
        ("Washington imposed new sanctions on Moscow on Friday.", "escalation", "SANCTION"),
        ("Israeli airstrikes hit Rafah on Tuesday.", "escalation", "ASSAULT"),
        ("The RSF seized El Fasher after an 18-month siege.", "escalation", "ASSAULT"),
        ("Tens of thousands of people have fled El Fasher since the RSF began its assault.", "humanitarian", ""),
        ("The World Food Programme said its convoys had reached Darfur.", "humanitarian", "AID"),
        ("Sudan's army chief rejected a proposal for talks with the RSF.", "statement", "REJECT"),
        ("More than 100,000 ethnic Armenians left Nagorno-Karabakh within a week.", "humanitarian", ""),
        ("Azerbaijan launched anti-terrorist measures in Nagorno-Karabakh on Tuesday.", "escalation", "ASSAULT"),
        ("Ethiopia and the TPLF signed a peace agreement in Pretoria on Nov. 2.", "ceasefire", "AGREE"),
        ("A truce between Israel and Hamas came into force at 7 a.m. on Friday.", "ceasefire", "RETREAT"),
        ("The Gaza health ministry said the death toll had risen to 15,000.", "casualties", "ASSAULT"),
    ],
)
def test_it_classifies_news_sentences(sentence, kind, plover):
    decided = classify(sentence)
    assert (decided.kind, decided.plover) == (kind, plover), decided
    assert decided.score == PLOVER_SCORES.get(plover, 0.0)


def test_it_keeps_the_cue_that_decided():
    decided = classify("Stepanakert came under heavy shelling on Friday.")
    assert decided.cue == "came under heavy shelling"
    assert decided.cue_start == len("Stepanakert ")


def test_a_negated_cue_does_not_count():
    assert classify("Azerbaijan's army did not attack civilian sites on Friday.").kind == "other"
    assert classify("Armenia denied firing at the city on Sunday.").kind == "statement"
    assert classify("Azerbaijan has not been releasing death tolls.").kind == "other"


def test_a_threat_is_a_statement_scored_as_threaten():
    decided = classify("Turkey threatened to attack on Monday.")
    assert (decided.kind, decided.plover, decided.score) == ("statement", "THREATEN", -3.5)
    assert not decided.asserted


def test_a_conditional_in_reported_speech_is_a_statement():
    sentence = "Mr. Putin this week said that Russia would honor the defense pact if the fighting spilled over."
    decided = classify(sentence)
    assert decided.kind == "statement"
    assert decided.plover == "THREATEN"


def test_an_appeal_is_a_request():
    decided = classify("The European Union called for an immediate halt to the fighting on Sunday.")
    assert (decided.kind, decided.plover) == ("statement", "REQUEST")


def test_a_plain_statement_has_no_plover_category():
    decided = classify("The ministry said on Friday that the talks would go on.")
    assert decided.kind == "statement"


def test_asserted_events_in_reported_speech_keep_their_kind():
    assert classify("Azerbaijan said Armenian forces had shelled Terter on Monday.").kind == "escalation"


def test_an_after_clause_names_an_earlier_event():
    sentence = "The ministers met in Moscow on Friday, their first meeting since fighting erupted last month."
    assert classify(sentence).kind == "diplomacy"


def test_an_after_clause_holding_the_date_is_the_event():
    sentence = "The deal came after President Aliyev announced on Sunday that his forces had taken Shusha."
    assert classify(sentence, anchor=sentence.index("Sunday")).kind == "escalation"


def test_began_and_ended_decide_the_ceasefire_category():
    assert classify("The pause, which began at noon, is meant to last a week.").plover == "RETREAT"
    assert classify("A war in the early 1990s ended in a cease-fire.").kind == "ceasefire"
    assert classify("The fighting that began on Sept. 27 spread.").kind == "escalation"


def test_every_kind_is_a_model_kind():
    assert set(KINDS) == {"escalation", "ceasefire", "diplomacy", "casualties", "humanitarian", "statement",
                          "background", "other"}
    assert all(-10 <= score <= 10 for score in PLOVER_SCORES.values())
