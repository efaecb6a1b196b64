"""Words the tagger knows: numbers, months, weekdays, seasons, units, holidays.

Every table maps a lower-case surface form to its meaning; `alternation()` turns a table into a
regex fragment with the longest forms first so that "sept." wins over "sep".
"""

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # A few other languages, for quotes and wire copy that keep the original month name.
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

ENGLISH_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december"}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
FULL_WEEKDAYS = {name: day for name, day in WEEKDAYS.items() if name.endswith("day")}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day and their TIMEX3 codes.
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI",
    "mid-afternoon": "AF", "mid afternoon": "AF", "overnight": "NI",
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "thirtieth": 30, "last": -1,
}

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "thousand": 1000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a single": 1,
    "a half": 0.5, "a quarter": 0.25, "half": 0.5,  # "the next half-century"
    "a quarter of an": 0.25, "three quarters of an": 0.75,  # "a quarter of an hour later"
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Saints' days of the Western calendar that older histories date by ("on the feast of St Matthias", "St John's Day").
SAINTS_DAYS = {
    "john": (6, 24), "george": (4, 23), "andrew": (11, 30), "david": (3, 1), "stephen": (12, 26), "bartholomew": (8, 24),
    "swithin": (7, 15), "michael": (9, 29), "martin": (11, 11), "james": (7, 25), "matthias": (2, 24), "lawrence": (8, 10),
    "mark": (4, 25), "luke": (10, 18), "thomas": (12, 21), "matthew": (9, 21), "nicholas": (12, 6), "denis": (10, 9),
    "anne": (7, 26), "peter and paul": (6, 29), "mary magdalene": (7, 22), "joseph": (3, 19),
}
HOLIDAYS = {
    # name: (month, day) for fixed dates; movable feasts are computed in resolve.py
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "st valentine's day": (2, 14), "st. valentine's day": (2, 14), "saint valentine's day": (2, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "boxing day": (12, 26),
    "may day": (5, 1), "bastille day": (7, 14), "d-day": None, "thanksgiving": None,
    "thanksgiving day": None, "easter": None, "easter sunday": None, "election day": None,
    "labor day": None, "memorial day": None, "easter monday": None, "good friday": None,
    "ve day": (5, 8), "v-e day": (5, 8), "vj day": (8, 15), "v-j day": (8, 15), "victory day": (5, 9),
    "remembrance day": (11, 11), "remembrance sunday": None, "republic day": (1, 26), "jamhuri day": (12, 12), "freedom day": (4, 27),
    "anzac day": (4, 25), "newroz": (3, 21), "nowruz": (3, 21), "norouz": (3, 21), "navruz": (3, 21),
    "defender of the fatherland day": (2, 23), "all saints' day": (11, 1), "all souls' day": (11, 2),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "st crispin's day": (10, 25),
    "saint crispin's day": (10, 25),
    # The fixed feasts and quarter days older histories date by ("a truce until St John's Day").
    **{form.format(saint=saint, name=name): day for saint in ("st", "st.", "saint") for name, day in SAINTS_DAYS.items()
       for form in ("{saint} {name}'s day", "feast of {saint} {name}", "the feast of {saint} {name}")},
    "epiphany": (1, 6), "the feast of the epiphany": (1, 6), "hogmanay": (12, 31),
    "midsummer day": (6, 24), "midsummer's day": (6, 24), "michaelmas": (9, 29), "martinmas": (11, 11),
    "candlemas": (2, 2), "lammas": (8, 1), "lady day": (3, 25),
    # The fixed feasts of the Virgin and the Cross ("The morning of 8 September, the feast of the Nativity of the Virgin").
    **{f"{the}feast of the {name}": day for the in ("", "the ") for name, day in (
        ("nativity of the virgin", (9, 8)), ("nativity of the blessed virgin", (9, 8)), ("nativity of mary", (9, 8)),
        ("assumption", (8, 15)), ("annunciation", (3, 25)), ("purification", (2, 2)),
        ("exaltation of the holy cross", (9, 14)), ("holy cross", (9, 14)), ("circumcision", (1, 1)))},
    "the nativity of the virgin": (9, 8), "the nativity of the blessed virgin": (9, 8), "holy cross day": (9, 14),
    # Eastern churches keep the Julian calendar: Christmas falls on 7 January (1900-2099), Easter is reckoned apart.
    "orthodox christmas": (1, 7), "orthodox easter": None, "palm sunday": None, "holy thursday": None,
    "maundy thursday": None, "holy saturday": None,
    # Islamic feasts (Umm al-Qura calendar), with the spellings news uses.
    **{f"eid{space}{article}{dash}{feast}": None for space in (" ", "-", "") for article in ("al", "ul", "el")
       for dash in ("-", " ") for feast in ("fitr", "adha", "azha", "zuha")},
    "eid": None,  # whichever of the two is nearer
    # The fasting month, 1-29/30 Ramadan, with the Turkish and South Asian spellings.
    "ramadan": None, "ramazan": None, "ramzan": None,
}
# (Hijri month, day): 1 Shawwal, 10 Dhu al-Hijjah ("Eid ul-Azha", "Eid-ul-Zuha" in South Asia).
ISLAMIC_FEASTS = {"fitr": (10, 1), "adha": (12, 10), "azha": (12, 10), "zuha": (12, 10)}
ISLAMIC_MONTHS = {"ramadan": 9, "ramazan": 9, "ramzan": 9}
# Jewish feasts, as days after (before, if negative) the Rosh Hashanah of the Hebrew year that begins
# in the autumn of the Gregorian year; Hanukkah (25 Kislev) is counted apart, by the year's length.
HEBREW_FEASTS = {
    "rosh hashanah": 0, "rosh hashana": 0, "yom kippur": 9, "sukkot": 14, "simchat torah": 21, "simhat torah": 21,
    "passover": -163, "pesach": -163, "purim": -193, "hanukkah": None, "hanukah": None, "chanukah": None,
}
HOLIDAYS.update(dict.fromkeys(HEBREW_FEASTS))

TIME_ZONES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "msk", "eet", "eest",
              "ist", "pkt", "idt", "wib", "wita", "eat", "cat", "wat", "sast", "aest", "aedt", "jst", "kst", "hkt", "sgt"}


_WORD_END = None  # the trie key that marks a whole word


def alternation(words, period_optional=False) -> str:
    """A regex alternation of `words` that prefers the longest; abbreviations may carry a period.

    The words are merged into a trie ("sep(?:t(?:e(?:mber|mbre)|\\.?)|\\.?)"), which tries the same
    words in the same longest-first order as a flat list would but lets the engine drop every word
    whose first letters do not match at once: the tagger's largest rules run about twice as fast.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        abbreviation = period_optional and len(word) <= 5 and word not in FULL_WEEKDAYS and word not in ENGLISH_MONTHS
        node[_WORD_END] = r"\.?" if abbreviation else ""
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict) -> str:
    """Longer words before the word that ends here, as a longest-first flat alternation tries them."""
    branches = [token + _trie_pattern(child) for token, child in sorted(
        (item for item in node.items() if item[0] is not _WORD_END))]
    if _WORD_END in node:
        branches.append(node[_WORD_END])
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def number_value(words: str) -> float | None:
    """The value of a number written in digits or words ("twenty four", "2 1/2", "a"), else None."""
    text = " ".join(words.lower().replace("-", " ").split())
    text = text.replace(",", "")
    if not text:
        return None
    fraction = 0.0
    if text.endswith("and a half"):
        fraction, text = 0.5, text[: -len("and a half")].strip()
    elif text.endswith("1/2"):
        fraction, text = 0.5, text[:-3].strip()
        if not text:
            return 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + fraction
    if text in SMALL_NUMBERS:
        return SMALL_NUMBERS[text] + fraction
    total = 0
    for word in text.split():
        if word in TENS or word in UNITS_WORDS or word in SMALL_NUMBERS:
            value = TENS.get(word) or UNITS_WORDS.get(word) or SMALL_NUMBERS[word]
            if value == 100:
                total = max(total, 1) * 100
            elif value == 1000:
                total = max(total, 1) * 1000
            else:
                total += value
        elif word == "and":
            continue
        else:
            return None
    return total + fraction if total else None


def year_in_words(words: str) -> int | None:
    """'nineteen ninety-six' → 1996, 'two thousand' → 2000, 'two thousand and one' → 2001."""
    text = " ".join(words.lower().replace("-", " ").split())
    if text.startswith("two thousand"):
        rest = text[len("two thousand"):].strip().removeprefix("and").strip()
        rest_value = number_value(rest) if rest else 0
        return 2000 + int(rest_value) if rest_value is not None else None
    head, _, tail = text.partition(" ")
    century = SMALL_NUMBERS.get(head)
    if century is None or not 10 <= century <= 20 or not tail:
        return None
    if tail == "hundred":
        return century * 100
    tail = tail.removeprefix("oh ")
    rest = number_value(tail)
    if rest is None or rest >= 100:
        return None
    return century * 100 + int(rest)


# Independence Day is each country's own; the country is the last one the text named before it
# (name, people or capital), the United States when it names none.
INDEPENDENCE_DAYS = {
    "United States|U\\.S\\.|USA|Americans?|Washington": (7, 4), "Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar": (8, 14),
    "India|Indians?|New Delhi|Delhi|Mumbai": (8, 15), "Bangladesh|Bangladeshis?|Dhaka": (3, 26),
    "Philippines|Philippine|Filipinos?|Manila": (6, 12), "Colombia|Colombians?|Bogot[aá]": (7, 20),
    "Myanmar|Burma|Burmese|Naypyitaw|Yangon": (1, 4), "Ukraine|Ukrainians?|Kyiv|Kiev": (8, 24),
    "Nigeria|Nigerians?|Abuja|Lagos": (10, 1), "Kenya|Kenyans?|Nairobi": (12, 12), "Mexico|Mexicans?": (9, 16),
    "Indonesia|Indonesians?|Jakarta": (8, 17), "Algeria|Algerians?|Algiers": (7, 5), "Ghana|Ghanaians?|Accra": (3, 6),
    "Armenia|Armenians?|Yerevan": (9, 21), "Azerbaijan|Azerbaijanis?|Baku": (10, 18), "Lebanon|Lebanese|Beirut": (11, 22),
    "Iraq|Iraqis?|Baghdad": (10, 3), "South Sudan|Juba": (7, 9), "Sudan|Sudanese|Khartoum": (1, 1),
    "Somalia|Somalis?|Mogadishu": (7, 1), "Eritrea|Eritreans?|Asmara": (5, 24), "Libya|Libyans?|Tripoli": (12, 24),
    "Tunisia|Tunisians?|Tunis": (3, 20), "Morocco|Moroccans?|Rabat": (11, 18), "Bosnia|Bosnians?|Sarajevo": (3, 1),
    "Kosovo|Kosovars?|Pristina": (2, 17), "Belarus|Belarusians?|Minsk": (7, 3), "Moldova|Moldovans?|Chisinau": (8, 27),
    "Kazakhstan|Kazakhs?|Astana": (12, 16), "Afghanistan|Afghans?|Kabul": (8, 19), "Sri Lanka|Sri Lankans?|Colombo": (2, 4),
    "Vietnam|Vietnamese|Hanoi": (9, 2), "Syria|Syrians?|Damascus": (4, 17), "Mali|Malians?|Bamako": (9, 22),
    "Burkina Faso|Ouagadougou": (8, 5), "Niger|Niamey": (8, 3), "Chad|Chadians?|N'Djamena": (8, 11),
    "Congo|Congolese|Kinshasa": (6, 30), "Rwanda|Rwandans?|Kigali": (7, 1), "Uganda|Ugandans?|Kampala": (10, 9),
    "Zimbabwe|Zimbabweans?|Harare": (4, 18), "Mozambique|Maputo": (6, 25), "Angola|Angolans?|Luanda": (11, 11),
    "Namibia|Windhoek": (3, 21), "Cyprus|Cypriots?|Nicosia": (10, 1), "Finland|Finns?|Finnish|Helsinki": (12, 6),
    "Poland|Poles|Polish|Warsaw": (11, 11), "Estonia|Tallinn": (2, 24), "Latvia|Riga": (11, 18),
    "Lithuania|Vilnius": (2, 16), "Greece|Greeks?|Athens": (3, 25), "Chile|Chileans?|Santiago": (9, 18),
    "Argentina|Argentines?|Argentinians?|Buenos Aires": (7, 9), "Peru|Peruvians?|Lima": (7, 28),
    "Venezuela|Venezuelans?|Caracas": (7, 5), "Brazil|Brazilians?|Bras[ií]lia": (9, 7), "Georgia|Georgians?|Tbilisi": (5, 26),
}