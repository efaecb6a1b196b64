"""Actors named in a sentence: states, armed forces, organisations and leaders, from a shipped gazetteer
that editors extend per conflict with an {alias: canonical name} mapping.

Matching is case-sensitive (news capitalises names; "US" is not "us"), longest alias first, and a
capital used as a place ("talks in Moscow") is not taken for its government ("Moscow said").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

# country: (adjective, capital or metonym used for the government, other names of the state)
STATES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Armenia": ("Armenian", "Yerevan", ()),
    "Azerbaijan": ("Azerbaijani", "Baku", ()),
    "Russia": ("Russian", "Moscow", ("the Kremlin", "Kremlin", "Russian Federation")),
    "Turkey": ("Turkish", "Ankara", ("Türkiye", "Turkiye")),
    "Iran": ("Iranian", "Tehran", ("Islamic Republic",)),
    "Georgia": ("Georgian", "Tbilisi", ()),
    "France": ("French", "Paris", ("Élysée", "Elysee")),
    "United States": ("American", "Washington", ("the U.S.", "U.S.", "US", "USA", "the White House", "White House")),
    "United Kingdom": ("British", "London", ("Britain", "U.K.", "UK", "Downing Street")),
    "Germany": ("German", "Berlin", ()),
    "China": ("Chinese", "Beijing", ()),
    "Ukraine": ("Ukrainian", "Kyiv", ("Kiev",)),
    "Belarus": ("Belarusian", "Minsk", ()),
    "Israel": ("Israeli", "Jerusalem", ()),
    "Palestine": ("Palestinian", "Ramallah", ("Palestinian Authority",)),
    "Lebanon": ("Lebanese", "Beirut", ()),
    "Syria": ("Syrian", "Damascus", ()),
    "Iraq": ("Iraqi", "Baghdad", ()),
    "Yemen": ("Yemeni", "Sanaa", ()),
    "Saudi Arabia": ("Saudi", "Riyadh", ()),
    "Qatar": ("Qatari", "Doha", ()),
    "Egypt": ("Egyptian", "Cairo", ()),
    "Jordan": ("Jordanian", "Amman", ()),
    "United Arab Emirates": ("Emirati", "Abu Dhabi", ("UAE", "U.A.E.")),
    "Sudan": ("Sudanese", "Khartoum", ()),
    "South Sudan": ("South Sudanese", "Juba", ()),
    "Ethiopia": ("Ethiopian", "Addis Ababa", ()),
    "Eritrea": ("Eritrean", "Asmara", ()),
    "Somalia": ("Somali", "Mogadishu", ()),
    "Libya": ("Libyan", "Tripoli", ()),
    "Mali": ("Malian", "Bamako", ()),
    "Niger": ("Nigerien", "Niamey", ()),
    "Burkina Faso": ("Burkinabe", "Ouagadougou", ()),
    "Nigeria": ("Nigerian", "Abuja", ()),
    "Democratic Republic of the Congo": ("Congolese", "Kinshasa", ("DR Congo", "DRC", "Congo")),
    "Rwanda": ("Rwandan", "Kigali", ()),
    "Myanmar": ("Myanmar", "Naypyidaw", ("Burma",)),
    "Afghanistan": ("Afghan", "Kabul", ()),
    "Pakistan": ("Pakistani", "Islamabad", ()),
    "India": ("Indian", "New Delhi", ()),
    "North Korea": ("North Korean", "Pyongyang", ()),
    "South Korea": ("South Korean", "Seoul", ()),
    "Kazakhstan": ("Kazakh", "Astana", ()),
    "Venezuela": ("Venezuelan", "Caracas", ()),
    "Colombia": ("Colombian", "Bogotá", ()),
    "Serbia": ("Serbian", "Belgrade", ()),
    "Kosovo": ("Kosovar", "Pristina", ()),
    "Poland": ("Polish", "Warsaw", ()),
}
# Capitals that name a place more often than a government are not used as metonyms.
_NOT_METONYMS = {"Jordan", "Jerusalem", "Tripoli", "Minsk", "Juba", "London", "Paris", "Berlin", "Sanaa"}

# Canonical name: aliases.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "Nagorno-Karabakh": ("Nagorno-Karabakh authorities", "Artsakh", "Republic of Artsakh",
                         "ethnic Armenian authorities in Nagorno-Karabakh", "officials in Nagorno-Karabakh",
                         "Officials in Nagorno-Karabakh", "Stepanakert"),
    "Artsakh Defense Army": ("defense army of Nagorno-Karabakh", "Nagorno-Karabakh Defense Army",
                             "Artsakh Defence Army", "Karabakh forces", "ethnic Armenian forces"),
    "NATO": ("North Atlantic Treaty Organization",),
    "OSCE Minsk Group": ("Minsk Group", "OSCE", "Organization for Security and Cooperation in Europe",
                         "Organization for Security and Co-operation in Europe"),
    "United Nations": ("UN", "U.N.", "the United Nations", "UN Security Council", "U.N. Security Council",
                       "Security Council", "UN secretary-general", "UNHCR", "OCHA", "UNICEF"),
    "European Union": ("EU", "E.U.", "the European Union", "European Commission", "Brussels"),
    "African Union": ("AU",),
    "Red Cross": ("International Committee of the Red Cross", "ICRC", "Red Crescent"),
    "Collective Security Treaty Organization": ("CSTO",),
    "Russian peacekeepers": ("Russian peacekeeping forces", "Russian peacekeeping contingent"),
    "Hamas": ("Qassam Brigades", "al-Qassam Brigades"),
    "Palestinian Islamic Jihad": ("Islamic Jihad",),
    "Hezbollah": ("Hizbollah", "Hizballah"),
    "Houthis": ("Houthi", "Ansar Allah", "Houthi rebels"),
    "Israel Defense Forces": ("IDF", "Israeli military", "Israeli army", "Israeli forces", "Israeli troops"),
    "Sudanese Armed Forces": ("SAF", "Sudanese army", "Sudan's army", "Sudanese military"),
    "Rapid Support Forces": ("RSF", "paramilitary Rapid Support Forces"),
    "Wagner Group": ("Wagner", "Africa Corps"),
    "Islamic State": ("ISIS", "ISIL", "IS", "Daesh"),
    "al-Qaeda": ("al-Qaida", "Al Qaeda"),
    "al-Shabab": ("al-Shabaab", "Al Shabab"),
    "Taliban": ("the Taliban",),
    "M23": ("M23 rebels", "March 23 Movement"),
    "Tigray People's Liberation Front": ("TPLF", "Tigrayan forces"),
    "Kurdistan Workers' Party": ("PKK",),
    "Syrian Democratic Forces": ("SDF",),
    "Hayat Tahrir al-Sham": ("HTS",),
    "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ", "World Court"),
    "IAEA": ("International Atomic Energy Agency",),
}

LEADERS: dict[str, tuple[str, ...]] = {
    "Vladimir Putin": ("Putin", "Vladimir V. Putin"),
    "Ilham Aliyev": ("Aliyev",),
    "Nikol Pashinyan": ("Pashinyan",),
    "Recep Tayyip Erdogan": ("Erdogan", "Erdoğan"),
    "Sergei Lavrov": ("Lavrov",),
    "Maria Zakharova": ("Zakharova",),
    "Dmitry Peskov": ("Peskov",),
    "Jeyhun Bayramov": ("Bayramov",),
    "Zohrab Mnatsakanyan": ("Mnatsakanyan",),
    "Ararat Mirzoyan": ("Mirzoyan",),
    "Arayik Harutyunyan": ("Harutyunyan",),
    "Hassan Rouhani": ("Rouhani",),
    "Emmanuel Macron": ("Macron",),
    "Donald Trump": ("Trump",),
    "Joe Biden": ("Biden",),
    "Mike Pompeo": ("Pompeo",),
    "Antony Blinken": ("Blinken",),
    "Volodymyr Zelensky": ("Zelensky", "Zelenskyy", "Zelenskiy"),
    "Benjamin Netanyahu": ("Netanyahu",),
    "Yahya Sinwar": ("Sinwar",),
    "Hassan Nasrallah": ("Nasrallah",),
    "Abdel Fattah al-Burhan": ("Burhan", "al-Burhan"),
    "Mohamed Hamdan Dagalo": ("Dagalo", "Hemedti"),
    "Antonio Guterres": ("Guterres", "António Guterres"),
    "Abiy Ahmed": ("Abiy",),
    "Xi Jinping": ("Xi",),
    "Alexander Lukashenko": ("Lukashenko",),
}

# States whose armed forces go by their own name in the gazetteer.
_FORCES = {"Israel": "Israel Defense Forces", "Sudan": "Sudanese Armed Forces"}
_FORCE_NOUNS = ("forces", "troops", "army", "military", "soldiers", "armed forces", "units", "artillery")
_MINISTRIES = {
    "Foreign Ministry": ("foreign ministry", "Ministry of Foreign Affairs", "Foreign Office"),
    "Defense Ministry": ("defense ministry", "Defence Ministry", "defence ministry", "Ministry of Defense",
                         "Ministry of Defence"),
}
_GOVERNMENT_NOUNS = ("government", "officials", "authorities", "president", "prime minister", "leadership", "parliament",
                     "cabinet", "foreign minister", "defense minister", "leader", "leaders")
_ADJECTIVES = "|".join(sorted((re.escape(adjective) for adjective, _, _ in STATES.values()), key=len, reverse=True))
_SHARED_NOUN = re.compile(
    rf"\b(?P<first>{_ADJECTIVES})(?:,|\s+and|\s+or)\s+(?:{_ADJECTIVES})\s+(?P<noun>{'|'.join(_FORCE_NOUNS)})\b"
)
_PLACE_PREPOSITIONS = re.compile(r"(?:\b(?:in|to|from|at|near|into|outside|around|via|toward|towards|of)\s+)$")


def gazetteer() -> dict[str, str]:
    """The shipped {alias: canonical name} mapping."""
    return dict(_shipped())


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[str, str], ...]:
    aliases: dict[str, str] = {}
    for country, (adjective, capital, others) in STATES.items():
        aliases[country] = country
        aliases[f"{country}'s government"] = country
        for other in others:
            aliases[other] = country
        for noun in _GOVERNMENT_NOUNS:
            aliases[f"{adjective} {noun}"] = country
            aliases[f"{country}'s {noun}"] = country
        if capital not in _NOT_METONYMS:
            aliases[capital] = country
            for people in ("officials", "Officials", "authorities", "Authorities"):
                aliases[f"{people} in {capital}"] = country
        forces = _FORCES.get(country, f"{adjective} armed forces")
        for noun in _FORCE_NOUNS:
            aliases[f"{adjective} {noun}"] = forces
            aliases[f"{country}'s {noun}"] = forces
        for ministry, variants in _MINISTRIES.items():
            canonical = f"{adjective} {ministry}"
            for name in (ministry, *variants):
                aliases[f"{adjective} {name}"] = canonical
                aliases[f"{country}'s {name}"] = canonical
                aliases[f"{name} of {country}"] = canonical
    for canonical, names in {**ORGANISATIONS, **LEADERS}.items():
        aliases[canonical] = canonical
        for name in names:
            aliases[name] = canonical
    # News text uses both apostrophes: "Armenia's" and "Armenia’s".
    for alias, canonical in list(aliases.items()):
        if "'" in alias:
            aliases.setdefault(alias.replace("'", "’"), canonical)
    return tuple(aliases.items())


def find_actors(sentence: str, extra_gazetteer: Mapping[str, str] | None = None) -> list[str]:
    """Canonical names of the actors in `sentence`, in order of first mention, without repeats."""
    table, first_words = _lookup(tuple(sorted((extra_gazetteer or {}).items())))
    tokens = [(match.start(), match.end(), match.group(0)) for match in _TOKEN.finditer(sentence)]
    mentions: list[tuple[int, str]] = []
    index = 0
    while index < len(tokens):
        matched = 0
        token = tokens[index][2]
        longest = first_words.get(token) or first_words.get(_bare(token))
        if longest:
            for size in range(min(longest, len(tokens) - index), 0, -1):
                window = tokens[index:index + size]
                if any(sentence[window[k][1]:window[k + 1][0]] != " " for k in range(size - 1)):
                    continue
                alias = " ".join(token for _, _, token in window)
                canonical = table.get(alias) or table.get(_bare(alias))
                if canonical is None:
                    continue
                if not _is_place(sentence, window[0][0], _bare(alias), canonical):
                    mentions.append((window[0][0], canonical))
                matched = size
                break
        index += matched or 1
    # "Azerbaijani and Armenian forces": the first adjective shares the second's noun.
    for match in _SHARED_NOUN.finditer(sentence):
        canonical = table.get(f"{match.group('first')} {match.group('noun')}")
        if canonical:
            mentions.append((match.start(), canonical))
    found: list[str] = []
    for _, canonical in sorted(mentions, key=lambda mention: mention[0]):
        if canonical not in found:
            found.append(canonical)
    return found


# Words as names are written: "U.S.", "Nagorno-Karabakh", "Armenia's", "al-Qaeda".
_TOKEN = re.compile(r"[\w’'\-]+(?:\.(?=\w)[\w’'\-]*)*\.?")


def _bare(token: str) -> str:
    """Without a possessive or a sentence's full stop: "Armenia's" -> "Armenia", "Moscow." -> "Moscow"."""
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    if token.endswith(".") and token.count(".") == 1:
        return token[:-1]
    return token


@lru_cache(maxsize=64)
def _lookup(extra: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], dict[str, int]]:
    """The alias table, and for each word that starts an alias the most words such an alias has."""
    table = dict(_shipped())
    table.update(dict(extra))
    first_words: dict[str, int] = {}
    for alias in table:
        words = alias.split()
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return table, first_words


def _is_place(sentence: str, start: int, alias: str, canonical: str) -> bool:
    """A capital after "in/to/from" is where something happened, not who did it."""
    bare = alias.removesuffix("'s").removesuffix("’s")
    capital = STATES.get(canonical, ("", "", ()))[1]
    if bare != capital and bare not in ("Stepanakert", "Brussels"):
        return False
    return bool(_PLACE_PREPOSITIONS.search(sentence[max(0, start - 12):start]))
