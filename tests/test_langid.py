"""Language identification: a page's language, and the stretches of a page that mixes them."""

from kansoku.langid import Stretch, identify, language_stretches

READABLE = ("ja", "en", "ko")
JAPANESE = "北朝鮮の兵士がロシア西部の戦線に送られたと、韓国の情報機関が国会で説明した。"
ENGLISH = (
    "Officials in Seoul said on Friday that a second group of North Korean soldiers had "
    "arrived in Russia's far east aboard navy transport ships earlier this month."
)
KOREAN = (
    "국가정보원은 북한이 러시아에 추가 병력을 보낸 것으로 파악했다고 국회 정보위원회에 보고했다."
)


def test_a_page_is_identified_by_its_script_or_its_words():
    assert identify(JAPANESE) == "ja" and identify(KOREAN) == "ko" and identify(ENGLISH) == "en"
    assert identify("12 34") is None


def test_a_page_in_one_language_is_one_stretch():
    text = "\n".join([JAPANESE, JAPANESE, "Reuters"])
    assert language_stretches(text, "ja", READABLE) == [Stretch(0, len(text), "ja")]


def test_a_reposted_paragraph_in_another_language_is_its_own_stretch():
    text = "\n".join([JAPANESE, ENGLISH, JAPANESE])
    first, second, third = language_stretches(text, "ja", READABLE)
    assert (first.language, second.language, third.language) == ("ja", "en", "ja")
    assert text[second.start : second.end] == ENGLISH
    assert third.end == len(text)


def test_a_short_foreign_line_stays_with_the_page():
    # An English credit or a quoted phrase is read around by the page's own reader.
    text = "\n".join([JAPANESE, "Copyright Example News Agency. All rights reserved.", JAPANESE])
    assert language_stretches(text, "ja", READABLE) == [Stretch(0, len(text), "ja")]


def test_a_line_in_a_language_nothing_reads_stays_with_its_neighbours():
    russian = "Министерство обороны России сообщило о переброске войск в Курскую область сегодня."
    text = "\n".join([KOREAN, russian * 2, KOREAN])
    assert language_stretches(text, "ko", READABLE) == [Stretch(0, len(text), "ko")]


def test_short_lines_belong_to_the_stretch_they_stand_in():
    text = "\n".join([KOREAN, ENGLISH, "AP", ENGLISH, KOREAN])
    stretches = language_stretches(text, "ko", READABLE)
    assert [s.language for s in stretches] == ["ko", "en", "ko"]
    assert "AP" in text[stretches[1].start : stretches[1].end]
