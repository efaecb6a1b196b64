"""Actors from the shipped gazetteer and an editor's per-conflict additions."""

from conflicts.proposing.actors import find_actors, gazetteer


def test_it_finds_states_organisations_and_leaders_in_order():
    sentence = "Mr. Putin met Armenia's and Azerbaijan's leaders; NATO, the OSCE Minsk Group and the UN welcomed it."
    assert find_actors(sentence) == [
        "Vladimir Putin", "Armenia", "Azerbaijan", "NATO", "OSCE Minsk Group", "United Nations",
    ]


def test_it_reads_the_kremlin_and_moscow_as_russia_but_not_a_place():
    assert find_actors("The Kremlin said in a statement that Moscow would help.") == ["Russia"]
    assert find_actors("The ministers held talks in Moscow.") == []


def test_it_names_ministries_and_armed_forces():
    sentence = "Azerbaijan's Defense Ministry said Armenian forces had shelled Terter, the Russian foreign ministry said."
    assert find_actors(sentence) == ["Azerbaijani Defense Ministry", "Armenian armed forces", "Russian Foreign Ministry"]


def test_it_knows_leaders_by_surname_and_full_name():
    assert find_actors("President Vladimir V. Putin of Russia") == ["Vladimir Putin", "Russia"]
    assert find_actors("Aliyev, Pashinyan, Erdogan and Lavrov spoke.") == [
        "Ilham Aliyev", "Nikol Pashinyan", "Recep Tayyip Erdogan", "Sergei Lavrov",
    ]


def test_it_covers_other_current_wars():
    assert find_actors("Israeli troops fought Hamas and Hezbollah.") == ["Israel Defense Forces", "Hamas", "Hezbollah"]
    assert find_actors("The RSF and Sudan’s army clashed near Khartoum.") == [
        "Rapid Support Forces", "Sudanese Armed Forces",
    ]
    assert find_actors("Ukraine said Russian forces attacked Kyiv.") == ["Ukraine", "Russian armed forces"]


def test_it_is_case_sensitive_for_acronyms():
    assert find_actors("Let us talk about it.") == []
    assert find_actors("The US and the UN disagreed.") == ["United States", "United Nations"]


def test_artsakh_is_nagorno_karabakh():
    assert find_actors("Officials in Nagorno-Karabakh and Artsakh's leaders") == ["Nagorno-Karabakh"]


def test_editors_extend_the_gazetteer_per_conflict():
    extra = {"Dashnaks": "Armenian Revolutionary Federation", "ARF": "Armenian Revolutionary Federation"}
    assert find_actors("The Dashnaks and the ARF protested in Yerevan.", extra) == ["Armenian Revolutionary Federation"]
    assert find_actors("The Dashnaks protested.") == []


def test_the_gazetteer_maps_aliases_to_canonical_names():
    table = gazetteer()
    assert table["Kremlin"] == "Russia"
    assert table["Zelenskyy"] == "Volodymyr Zelensky"


def test_coordinated_adjectives_share_the_noun():
    assert find_actors("Fighting broke out between Azerbaijani and Armenian forces on Sunday.") == [
        "Azerbaijani armed forces", "Armenian armed forces",
    ]


def test_officials_in_a_capital_speak_for_its_state():
    assert find_actors("Officials in Baku said Azerbaijan's parliament approved martial law.") == ["Azerbaijan"]
    assert find_actors("Ankara denies the charge.") == ["Turkey"]
