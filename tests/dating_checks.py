"""The check both tables of phrase/DCT cases run: the phrase is found with the expected value."""

from conflicts.dating import tag

ANY = object()  # a case that does not care about the mod
SEED_DCT = "2020-10-09"  # the seed article's publication date: a Friday, ISO week 41


def case_id(case) -> str:
    """A readable test id for a (sentence, dct, extent, value, mod) case."""
    return f"{case[2]}@{case[1] or 'narrative'}:{case[0][:30]}"


def assert_resolves(sentence: str, dct, extent: str, value: str, mod) -> None:
    found = {t.text: t for t in tag(sentence, dct)}
    assert extent in found, f"{extent!r} not found; got {sorted(found)}"
    timex = found[extent]
    assert timex.value == value, timex.explanation
    if mod is not ANY:
        assert timex.mod == mod
