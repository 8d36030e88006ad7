"""Japanese sentence splitting (kansoku/lang/ja/sentences.py)."""

from kansoku.lang.ja.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_quote_that_closes_is_never_split():
    text = "外相は「協力を続ける。支援も惜しまない」と述べた。次の文だ。"
    assert _split(text) == ["外相は「協力を続ける。支援も惜しまない」と述べた。", "次の文だ。"]


def test_a_stray_opening_bracket_does_not_hold_the_paragraph_in_one_sentence():
    text = "首相は「「何があっても守る」と語った。政府は対策を急いだ。会見は終わった。\n次だ。"
    assert _split(text) == [
        "首相は「「何があっても守る」と語った。",
        "政府は対策を急いだ。",
        "会見は終わった。",
        "次だ。",
    ]
    # A bracket opened and never closed in its paragraph is no quote either.
    assert _split("声明（全文は後日。会談は続く。") == ["声明（全文は後日。", "会談は続く。"]
