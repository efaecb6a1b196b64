"""Sentence splitting for news text: offsets, abbreviations, quotations, datelines, headlines."""

from conflicts.proposing.sentences import lead_sentence, split_sentences


def _texts(text):
    return [sentence.text for sentence in split_sentences(text)]


def test_it_gives_exact_offsets():
    text = "First one.  Second one!\n\nThird one?"
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
    assert _texts(text) == ["First one.", "Second one!", "Third one?"]


def test_it_keeps_abbreviations_and_initials_inside_sentences():
    text = (
        "The fighting began on Sept. 27 near the border. Mr. Putin and Dr. Smith met Gen. Ivanov at 10 a.m. "
        "on Friday. The U.S. State Department said President Vladimir V. Putin called."
    )
    assert _texts(text) == [
        "The fighting began on Sept. 27 near the border.",
        "Mr. Putin and Dr. Smith met Gen. Ivanov at 10 a.m. on Friday.",
        "The U.S. State Department said President Vladimir V. Putin called.",
    ]


def test_it_ends_a_sentence_after_a_m_when_a_new_one_starts():
    assert _texts("The truce began at 8 a.m. Officials said it held.") == [
        "The truce began at 8 a.m.",
        "Officials said it held.",
    ]


def test_it_keeps_a_quotation_with_its_speaker():
    text = "“We will fight. We will win,” the minister said. Talks resumed."
    assert _texts(text) == ["“We will fight. We will win,” the minister said.", "Talks resumed."]


def test_it_splits_after_a_closing_quote():
    text = "He said the talks “went well.” The next round is on Monday."
    assert _texts(text) == ["He said the talks “went well.”", "The next round is on Monday."]


def test_it_leaves_the_dateline_out_of_the_lead():
    text = "MOSCOW — Azerbaijan and Armenia agreed to talks on Friday. They will meet."
    sentences = split_sentences(text)
    assert sentences[0].text == "Azerbaijan and Armenia agreed to talks on Friday."
    assert text[sentences[0].start:sentences[0].end] == sentences[0].text


def test_it_handles_datelines_with_a_region():
    text = "STEPANAKERT, Nagorno-Karabakh — Heavy fighting broke out on Sunday."
    assert _texts(text) == ["Heavy fighting broke out on Sunday."]


def test_it_marks_headlines_and_finds_the_lead():
    text = (
        "Middle East\n\nWarring Sides Agree to Cease-Fire Talks\n\n"
        "MOSCOW — Azerbaijan and Armenia agreed to talks. Fighting went on.\n\nSource: Read Full Article"
    )
    sentences = split_sentences(text)
    assert [s.headline for s in sentences] == [True, True, False, False, True]
    assert lead_sentence(sentences).text == "Azerbaijan and Armenia agreed to talks."


def test_it_separates_a_headline_on_the_line_above_the_body():
    text = "Truce Takes Effect in Karabakh\nA humanitarian truce took effect on Saturday. It faltered."
    sentences = split_sentences(text)
    assert sentences[0].headline and sentences[0].text == "Truce Takes Effect in Karabakh"
    assert [s.text for s in sentences[1:]] == ["A humanitarian truce took effect on Saturday.", "It faltered."]


def test_it_keeps_hard_wrapped_prose_together():
    text = "The foreign ministers met in Moscow on Friday and\nagreed to a humanitarian truce. It began on Saturday."
    assert _texts(text) == [
        "The foreign ministers met in Moscow on Friday and\nagreed to a humanitarian truce.",
        "It began on Saturday.",
    ]


def test_it_never_crosses_a_paragraph_break():
    assert _texts("Fighting erupted on Sunday\n\nofficials said") == ["Fighting erupted on Sunday", "officials said"]


def test_it_numbers_paragraphs():
    sentences = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_it_handles_empty_text():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


def test_a_time_goes_on_into_its_day_or_zone():
    assert _texts("The blast came at 5 p.m. Wednesday, police said. Rescuers arrived at 8 a.m. EST Nov. 9.") == [
        "The blast came at 5 p.m. Wednesday, police said.",
        "Rescuers arrived at 8 a.m. EST Nov. 9.",
    ]


def test_a_dateline_on_its_own_line_is_not_the_lead():
    sentences = split_sentences("INDEPENDENCE, MO. (AP)--\n\nPoland joined NATO today. Crowds cheered.")
    assert sentences[0].headline
    assert lead_sentence(sentences).text == "Poland joined NATO today."


def test_plural_titles_are_abbreviations():
    assert _texts("It will include Messrs. Schwarz and Maurer. Talks begin.") == [
        "It will include Messrs. Schwarz and Maurer.",
        "Talks begin.",
    ]
