import codecs

import pytest

from kansoku.textcodec import DecodeError, decode

JA = "北朝鮮がロシアに兵士を派遣したと、韓国の国家情報院が明らかにした。ロシア大統領府は否定している。"
KO = "국가정보원은 북한이 러시아에 병력을 파견했다고 밝혔다. 러시아는 이를 부인했다."
EN = "Café owners in Seoul said North Korea’s troops were in Kursk — officials disagreed. "


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-16-le", "utf-16-be", "shift_jis", "cp932", "euc_jp", "iso2022_jp"]
)
def test_japanese_in_every_encoding(encoding):
    assert decode((JA * 3).encode(encoding)) == JA * 3


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_byte_order_marks_are_honoured_and_removed(bom):
    codec = "utf-8" if bom == codecs.BOM_UTF8 else "utf-16-le"
    assert decode(bom + JA.encode(codec)) == JA


def test_korean_legacy_encoding():
    assert decode((KO * 3).encode("euc_kr")) == KO * 3


def test_western_code_page_is_not_read_as_a_mac_code_page():
    assert decode((EN * 4).encode("cp1252")) == EN * 4


def test_declared_charset_in_html_is_used():
    html = f'<html><head><meta charset="Shift_JIS"></head><body><p>{JA}</p></body></html>'
    assert JA in decode(html.encode("shift_jis"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes((i * 151 + 7) % 128 + 128 for i in range(4000)), "cannot decode"),
    ],
)
def test_undecodable_input_is_an_error_not_mojibake(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)
