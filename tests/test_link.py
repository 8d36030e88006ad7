from kansoku.knowledge import gazetteer
from kansoku.link import link


def linked(text: str) -> list[tuple[str, str]]:
    mentions, _ = link(text, gazetteer())
    return [(m.text, m.entity_id) for m in mentions]


def test_longest_alias_wins():
    assert linked("米国防総省の報道官が会見した。") == [("米国防総省", "pentagon"), ("米国", "USA")]


def test_name_forms_with_titles_and_scripts_are_one_person():
    found = {e for _, e in linked("金総書記とキム・ジョンウン氏、そして金正恩委員長")}
    assert found == {"kim-jong-un"}


def test_a_military_also_names_its_state():
    assert linked("北朝鮮兵が前線に着いた。") == [
        ("北朝鮮兵", "korean-peoples-army"),
        ("北朝鮮", "PRK"),
    ]


def test_one_form_for_several_states():
    assert sorted(e for _, e in linked("米韓の当局者")) == ["KOR", "USA"]


def test_a_date_is_not_the_start_of_a_group_form():
    assert ("日米", "JPN") not in linked("18日米軍が発表した。")


def test_english_aliases_are_whole_words_with_their_case():
    assert ("US", "USA") in linked("The US and Russia disagreed.")
    assert all(e != "USA" for _, e in linked("Tell us about the treaty."))


def test_unknown_titled_person_gets_a_romanised_entity():
    mentions, new = link("サンプルマン報道官は、北朝鮮の発射を非難した。", gazetteer())
    person = next(m for m in mentions if m.kind == "person")
    assert person.text == "サンプルマン"
    assert [e.id for e in new] == [person.entity_id] and new[0].kind == "person"
    assert person.entity_id.isascii() and person.entity_id == person.entity_id.lower()
