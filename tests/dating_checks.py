"""The check both tables of phrase/DCT cases run: the phrase is found with the expected value."""

from conflicts.dating import tag

ANY = object()  # a case that does not care about the mod


def assert_resolves(sentence: str, dct, extent: str, value: str, mod) -> None:
    found = {t.text: t for t in tag(sentence, dct)}
    assert extent in found, f"{extent!r} not found; got {sorted(found)}"
    timex = found[extent]
    assert timex.value == value, timex.explanation
    if mod is not ANY:
        assert timex.mod == mod
