"""Japanese entity mentions: aliases, titled people, family names, the pair of 両国."""

from kansoku.knowledge import default_knowledge
from kansoku.link import link
from kansoku.model import Entity, Mention


def link_ja(text: str) -> tuple[list[Mention], list[Entity]]:
    knowledge = default_knowledge()
    return link(text, knowledge.language("ja"), knowledge.gazetteer)


def linked(text: str) -> list[tuple[str, str]]:
    mentions, _ = link_ja(text)
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


def test_latin_aliases_in_japanese_text_are_whole_words():
    assert ("Kim Jong Un", "kim-jong-un") in linked("金正恩(Kim Jong Un)総書記")
    assert all(e != "USA" for _, e in linked("USBメモリを押収した。"))


def test_a_family_name_with_a_title_is_the_person_named_before():
    found = linked("申源湜国防相は会見した。申氏は北朝鮮を非難した。")
    assert found.count(("申氏", "shin-won-sik")) == 1


def test_both_countries_are_the_pair_named_most_before():
    found = linked("ロシアと北朝鮮は条約に署名した。北朝鮮とロシアの首脳が会った。両国は協力する。")
    assert {e for t, e in found if t == "両国"} == {"RUS", "PRK"}


def test_unknown_titled_person_gets_a_romanised_entity():
    mentions, new = link_ja("サンプルマン報道官は、北朝鮮の発射を非難した。")
    person = next(m for m in mentions if m.kind == "person")
    assert person.text == "サンプルマン"
    assert [e.id for e in new] == [person.entity_id] and new[0].kind == "person"
    assert person.entity_id.isascii() and person.entity_id == person.entity_id.lower()


def test_an_office_after_another_states_name_is_not_the_namesake_office():
    found = linked("台湾国防部は、韓国国防部と情報を交換したと発表した。")
    assert ("台湾", "TWN") in found
    ids = [e for _, e in found]
    assert ids.count("rok-ministry-of-national-defense") == 1  # only the Korean one


def test_government_alone_and_a_post_only_japan_has_name_japans_government():
    found = linked("政府は9日、資産凍結を決めた。林官房長官が会見した。米政府と同政府も動いた。")
    japan = [text for text, entity in found if entity == "japanese-government"]
    assert japan == ["政府", "官房長官"]


def test_a_post_owned_by_another_state_is_not_japans():
    assert ("防衛大臣", "japanese-ministry-of-defense") not in linked("韓国の防衛大臣が会見した。")
