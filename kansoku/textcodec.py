"""Bytes → str for the encodings news pages come in, refusing to guess silently wrong.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; anything else is
detected with charset-normalizer and accepted only when the result is clean text in an
encoding a news page plausibly uses. A file that fails is reported, never stored as mojibake:
a known binary format is named (a PNG, a PDF), UTF-8 mixed with another encoding is
refused, and UTF-8 cut off inside its last character loses that character with a note.
``tidy`` removes what is not text from decoded text (control characters, invisible
direction overrides and joiners).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None = None  # something the reader should be told, the text being usable


# Formats known by their first bytes, so that an error says what a file is. Each
# signature holds a byte no text starts with (or a NUL), so no text file is taken for one.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "gzip-compressed data (name the file .gz to have it read)"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
)
# Bytes of UTF-8 an ending may cut: a lead byte and fewer continuation bytes than it needs.
_MAX_CUT = 3
# A line of this many non-ASCII characters that is valid UTF-8 is UTF-8 by intent: legacy
# encodings (Shift_JIS, EUC-JP: kana lead bytes are never UTF-8 lead bytes) do not form it.
_UTF8_LINE_CHARS = 4


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
    if len(text) > 400_000:  # judged on its two ends: a character at a time is slow
        text = text[:200_000] + text[-200_000:]
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f")
        or ch == "\ufffd"
    )
    return bad / len(text) < 0.005


_KANA = re.compile(r"[\u3041-\u30ff]")
_SAMPLE = 100_000  # characters a script's share is counted on
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _east_asian(text: str) -> bool:
    """Japanese (some kana), Korean (mostly hangul) or Chinese (mostly han) text: what
    UTF-16 without a BOM holds when it is not mostly ASCII."""
    sample = text[:_SAMPLE]
    wide = sum(1 for ch in sample if ord(ch) > 0x7F)
    if wide < 4:
        return False
    return (
        len(_KANA.findall(sample)) / wide >= 0.1
        or len(_HANGUL.findall(sample)) / wide >= 0.5
        or len(_HAN.findall(sample)) / wide >= 0.8
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: NULs in every other byte for ASCII-range text; for
    Japanese or Korean text, NULs only around its ASCII (newlines, digits)."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # The NULs fall on the high bytes: odd positions for little-endian.
    for share, codec in sorted(((odd, "utf-16-le"), (even, "utf-16-be")), reverse=True):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _clean_enough(text) and (share > 0.3 or _east_asian(text)):
            return text
    return None


def _binary_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def _cut_utf8(data: bytes, exc: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 whose only fault is a last character cut short (a download stopped early)."""
    if (
        exc.end != len(data)
        or len(data) - exc.start > _MAX_CUT
        or exc.reason != "unexpected end of data"
    ):
        return None
    try:
        text = data[: exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return None
    cut = len(data) - exc.start
    return Decoded(text, f"ends in the middle of a character: its last {cut} byte(s) were dropped")


def _mixed_line(data: bytes) -> int | None:
    """The number of the first line that is not UTF-8 in text whose other lines are UTF-8
    by intent, or None when the text is not such a mixture."""
    utf8, first_bad = False, None
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or lineno
        else:
            utf8 = utf8 or sum(1 for ch in text if ord(ch) > 0x7F) >= _UTF8_LINE_CHARS
        if utf8 and first_bad:
            return first_bad
    return None


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
        sample = text[:_SAMPLE]  # counted on a sample: findall on 60 MB took 1.7 GB
        wide = sum(1 for ch in sample if ord(ch) > 0x7F)
        if not wide:
            return None
        kana = len(_KANA.findall(sample)) / wide
        halfwidth = len(_HALFWIDTH_KANA.findall(sample)) / wide
        if kana >= 0.1 and halfwidth < 0.05 and _clean_enough(text):
            return text
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text or raise DecodeError saying why it cannot be trusted."""
    return decode_text(data, declared).text


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """``decode``, with a note when the text lost something on the way (a cut character)."""
    if not data.strip():
        raise DecodeError("empty file" + (" (only whitespace)" if data else ""))
    kind = _binary_kind(data)
    if kind:
        raise DecodeError(f"binary data ({kind}), not text")
    decoded = _decode(data, declared)
    if not decoded.text.strip():
        raise DecodeError("empty file (only whitespace)")
    return decoded


def _decode(data: bytes, declared: str | None) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec} after its byte-order mark") from exc
    if (b"\x1b$" in data or b"\x1b(" in data) and data.isascii():
        # ISO-2022-JP escapes are plain ASCII bytes (other text may hold a stray escape).
        try:
            return Decoded(data.decode("iso2022_jp"))
        except UnicodeDecodeError as exc:
            raise DecodeError("invalid ISO-2022-JP escape sequences") from exc
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = _cut_utf8(data, exc)
        if cut is not None:
            return cut
    else:
        # A stray NUL (tidy removes it) is no reason to refuse UTF-8; many are UTF-16.
        if utf8.count("\x00") <= max(2, len(utf8) // 100):
            return Decoded(utf8)
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return Decoded(utf16)
        raise DecodeError("binary data, not text")
    mixed = _mixed_line(data)
    if mixed is not None:
        raise DecodeError(
            f"mixed encodings: UTF-8 text, but line {mixed} is in another encoding "
            "(convert the file to one encoding)"
        )
    return Decoded(_legacy(data, declared))


def _legacy(data: bytes, declared: str | None) -> str:
    """Text in one of the legacy encodings: as declared, else Japanese by its kana, else
    the best clean candidate of charset-normalizer."""
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


# What is not text in text: C0 and C1 controls (but tab and line ends), direction
# embeddings, overrides and isolates, zero-width spaces and joiners, the word joiner and
# invisible operators, a BOM inside the text, soft hyphens and tag characters. They hide
# words from search and from name matching (North<ZWJ>Korea) and can reorder what a
# reader sees.
_NOT_TEXT = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    r"\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_ODD_BREAK = re.compile(r"[\x0b\x0c\u2028\u2029]")
# A terminal's escape sequences (colour, clear screen, window title): gone whole.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
)


def tidy(text: str) -> str:
    """``text`` without what is not text; line and paragraph separators become newlines."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _NOT_TEXT.sub("", _ODD_BREAK.sub("\n", text))
