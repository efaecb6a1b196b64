"""Who says so, and whether a date belongs to the statement or to the event."""

from conflicts.proposing.attribution import find_attribution


def _span(sentence, words):
    return sentence.index(words), sentence.index(words) + len(words)


def test_a_leading_source_dates_the_statement():
    sentence = "Armenia said on Friday that 376 of its soldiers had died."
    found = find_attribution(sentence, [_span(sentence, "Friday")])
    assert found.source == "Armenia"
    assert sentence[found.claim_start:] == "376 of its soldiers had died."
    assert found.dates_statement(*_span(sentence, "Friday"))


def test_a_date_in_the_claim_is_the_event_s():
    sentence = "Azerbaijan said on Friday that Armenian forces had shelled Terter on Thursday."
    found = find_attribution(sentence, [_span(sentence, "Friday"), _span(sentence, "Thursday")])
    assert found.dates_statement(*_span(sentence, "Friday"))
    assert not found.dates_statement(*_span(sentence, "Thursday"))


def test_a_trailing_source():
    sentence = "Talks will be held in Moscow on Friday, the Russian Foreign Ministry said, in a breakthrough."
    found = find_attribution(sentence)
    assert found.source == "the Russian Foreign Ministry"
    assert not found.dates_statement(*_span(sentence, "Friday"))


def test_said_in_a_statement():
    sentence = "Mr. Putin “made an appeal to halt combat,” the Kremlin said in a statement."
    assert find_attribution(sentence).source == "the Kremlin"


def test_a_date_inside_the_source_is_cut_out():
    sentence = "Mr. Putin this week said that Russia would honor the pact."
    found = find_attribution(sentence, [_span(sentence, "this week")])
    assert found.source == "Mr. Putin"
    assert found.dates_statement(*_span(sentence, "this week"))


def test_according_to():
    sentence = "The fighting has killed hundreds of people, according to officials."
    assert find_attribution(sentence).source == "officials"


def test_an_inverted_speech_tag():
    sentence = "“Every ceasefire is only as good as the next shell,” said a Western official."
    assert find_attribution(sentence).source == "a Western official"


def test_an_appositive_source_after_and():
    sentence = (
        "Mr. Putin invited the ministers, and the spokeswoman for the ministry, Maria Zakharova, "
        "confirmed on Friday that they would attend."
    )
    found = find_attribution(sentence, [_span(sentence, "Friday")])
    assert found.source == "the spokeswoman for the ministry, Maria Zakharova"


def test_a_source_in_a_subordinate_clause():
    sentence = "The deal came after President Aliyev announced on Sunday that his forces had taken Shusha."
    assert find_attribution(sentence).source == "President Aliyev"


def test_no_source():
    assert find_attribution("Heavy fighting broke out along the front line on Sunday.") is None


def test_a_parenthetical_source_does_not_take_the_event_s_date():
    sentence = "The ceasefire, officials said, was holding on Monday."
    found = find_attribution(sentence, [_span(sentence, "Monday")])
    assert found.source == "officials"
    assert not found.dates_statement(*_span(sentence, "Monday"))


def test_a_date_after_a_trailing_verb_is_the_statement_s():
    sentence = "Fighting went on in Terter, the ministry said on Friday."
    found = find_attribution(sentence, [_span(sentence, "Friday")])
    assert found.dates_statement(*_span(sentence, "Friday"))
