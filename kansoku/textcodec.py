"""Bytes → str for the encodings news pages come in, refusing to guess silently wrong.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; anything else is
detected with charset-normalizer and accepted only when the result is clean text in an
encoding a news page plausibly uses. A file that fails is reported, never stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Encodings a news page or crawler dump plausibly uses. Single-byte Western encodings are
# allowed for English pages; detection landing anywhere else (e.g. a Cyrillic code page for
# Japanese bytes) is treated as a failure rather than stored as mojibake.
_ACCEPTED = {
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "shift_jis_2004", "euc_jis_2004",
    "euc_kr", "cp949", "johab", "iso2022_kr",
    "gb2312", "gbk", "gb18030", "big5", "big5hkscs",
    "ascii", "latin_1", "iso8859_1", "cp1252", "iso8859_15",
}  # fmt: skip

_CHARSET_DECL = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _accepted(name: str) -> bool:
    """A declared charset is trusted only if it is one a news page plausibly uses."""
    try:
        return codecs.lookup(name).name.replace("-", "_") in _ACCEPTED
    except LookupError:
        return False


def _clean_enough(text: str) -> bool:
    """True when the text has no NULs and almost no control or unassigned characters."""
    if not text:
        return True
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f")
        or ch == "\ufffd"
    )
    return bad / len(text) < 0.005


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NULs in every other byte for ASCII-range text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    for share, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if share > 0.3:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _clean_enough(text):
                return text
    return None


_KANA = re.compile(r"[\u3041-\u30ff]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")


def _japanese(data: bytes) -> str | None:
    """Shift_JIS / EUC-JP text, recognised by its kana.

    Statistical detection often takes a short Shift_JIS text for Korean (CP949 decodes the
    same bytes into rare hangul). Japanese prose always has kana; EUC-KR bytes read as
    CP932 turn into half-width katakana instead, and Chinese has no kana at all.
    """
    for codec in ("cp932", "euc_jp"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = sum(1 for ch in text if ord(ch) > 0x7F)
        if not wide:
            return None
        kana = len(_KANA.findall(text)) / wide
        halfwidth = len(_HALFWIDTH_KANA.findall(text)) / wide
        if kana >= 0.1 and halfwidth < 0.05 and _clean_enough(text):
            return text
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text or raise DecodeError saying why it cannot be trusted."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec} after its byte-order mark") from exc
    if b"\x1b$" in data or b"\x1b(" in data:  # ISO-2022-JP escapes are plain ASCII bytes
        try:
            return data.decode("iso2022_jp")
        except UnicodeDecodeError as exc:
            raise DecodeError("invalid ISO-2022-JP escape sequences") from exc
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in utf8:
            return utf8
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise DecodeError("binary data, not text")
    if declared is None:
        declaration = _CHARSET_DECL.search(data[:4096])
        declared = declaration.group(1).decode("ascii") if declaration else None
    if declared and _accepted(declared):
        try:
            text = data.decode(codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if _clean_enough(text):
                return text
    japanese = _japanese(data)
    if japanese is not None:
        return japanese
    # charset-normalizer ranks candidates by how chaotic the decoded text looks; take the best
    # one among the encodings we accept (its first pick for cp1252 English is often a Mac code
    # page that yields "Cafť").
    for candidate in from_bytes(data):
        charset = next((c for c in candidate.could_be_from_charset if c in _ACCEPTED), None)
        if charset is None or candidate.chaos > 0.2:
            continue
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            continue
        if _clean_enough(text):
            return text
    raise DecodeError(
        "cannot decode: not UTF-8/16, Shift_JIS, EUC-JP, EUC-KR or a Western code page"
    )
