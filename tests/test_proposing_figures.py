"""Casualty and displacement figures as reported."""

import pytest

from conflicts.proposing.figures import find_figures, parse_number


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Armenia said that 376 of its soldiers had died in the fighting.", {"killed": 376}),
        ("At least 30 people were killed.", {"killed": 30}),
        ("Between 20 and 30 civilians were killed.", {"killed": 20}),
        ("The strike left twenty-five people dead.", {"killed": 25}),
        ("Dozens of civilians have also been killed.", {"killed": "dozens"}),
        ("16 of their servicemen had been killed and about 100 wounded.", {"killed": 16, "wounded": 100}),
        ("Rockets hit Ganja, killing at least one civilian and wounding dozens of others.",
         {"killed": 1, "wounded": "dozens"}),
        ("A war that killed about 30,000 people and drove hundreds of thousands from their homes.",
         {"killed": 30000, "displaced": "hundreds of thousands"}),
        ("The death toll rose to 1,200 on Monday.", {"killed": 1200}),
        ("More than 90,000 people have fled.", {"displaced": 90000}),
        ("The talks lasted 10 hours.", {}),
        ("Nearly 2,000 Russian troops will be stationed along the front line.", {}),
    ],
)
def test_it_reads_figures(sentence, figures):
    assert find_figures(sentence) == figures


def test_it_parses_numbers():
    assert parse_number("30,000") == 30000
    assert parse_number("forty-two") == 42
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("a dozen") == 12
    assert parse_number("several") is None
