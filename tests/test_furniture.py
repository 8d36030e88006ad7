"""Page furniture by its form, block by block (kansoku.furniture), before ``clean`` builds
sections, dates and off-topic stretches on the marks."""

from kansoku.furniture import CONTENT, Block, classify, is_heading, split_blocks
from kansoku.knowledge import default_knowledge
from kansoku.titles import mark_latin_headings


def test_a_block_is_classified_by_its_form_also_inside_a_list_mark():
    knowledge = default_knowledge()
    noise, bullets = knowledge.noise, knowledge.aggregator.bullets
    assert classify("• 例示のアクセスランキング", noise, bullets) == "navigation"
    assert classify("Please enter your comment!", noise, bullets) == "comments"
    assert classify("公開日: 更新日:", noise, bullets) == "credit"
    assert classify("ランキング上位の国として北朝鮮が挙げられた。", noise, bullets) == CONTENT


def test_an_english_heading_is_furniture_only_in_a_page_of_another_script():
    subtitle = "Example Ships Leave the Northern Port, Officials Say"
    page = "港湾局は12日、貨物船が北の港を出港したと発表した。同局によると、船は北へ向かった。"
    blocks = [Block(page), Block(subtitle)]
    mark_latin_headings(blocks, is_heading)
    assert blocks[1].reason != CONTENT and blocks[0].kept
    blocks = [Block("The port authority said on Friday that ships had left."), Block(subtitle)]
    mark_latin_headings(blocks, is_heading)
    assert all(b.kept for b in blocks)


def test_a_korean_caption_with_its_dateline_credit_is_not_cut_inside_its_brackets():
    knowledge = default_knowledge()
    line = "두 정상이 예시시에서 악수하고 있다. 2026.06.12. [예시시=AP/예시뉴스]"
    blocks = split_blocks(line, knowledge.noise, knowledge.aggregator)
    assert [b.text for b in blocks] == [line]
