"""Korean: sentences, mentions that respect its words, and a reader over Kiwi's
morphemes (``reader``): particles give an event its actor and target as in Japanese.

Korean writes particles and suffixes onto the word they follow (북한이, 러시아는, 북한군의),
so a name is found inside a longer word; it is a mention only when it starts the word and
what follows it in the word is one of those endings (``data/lang/ko/lexicon.yaml``).
조선 inside 조선업 (shipbuilding) is not North Korea.
"""

from __future__ import annotations

import re
from pathlib import Path

from kansoku.gazetteer import AliasHit, Gazetteer, longest_leftmost
from kansoku.lang import Language, language_data, mentions_of, register, word_bounded
from kansoku.lang.items import load_item_words
from kansoku.lang.ko import reader, voices
from kansoku.lang.ko.numbers import load_number_words
from kansoku.lang.ko.words import load_lexicon, morphemes
from kansoku.lang.units import load_units
from kansoku.model import Document, Mention
from kansoku.reading import MentionReading, SentenceChoice, SentenceReading

_END = re.compile(r"[.!?][\"'”’)\]」]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]*")


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@register
class Korean(Language):
    code = "ko"

    def __init__(self, code: str, data: Path | None = None) -> None:
        super().__init__(code, data)
        suffixes = [str(s) for s in self.lexicon_data.get("suffixes") or ()]
        suffixes += [str(s) for s in self.lexicon_data.get("made_in") or ()]  # 러시아산
        particles = [str(p) for p in self.lexicon_data.get("particles") or ()]
        self.endings = frozenset(
            {"", *suffixes, *particles, *(s + p for s in suffixes for p in particles)}
        )
        self.abbreviations = frozenset(self.lexicon_data.get("abbreviations") or ())
        lexicon = load_lexicon(self.lexicon_data)
        home = self.lexicon_data.get("home_government") or {}
        self.home_words = {str(k): str(v) for k, v in (home.get("words") or {}).items()}
        self.home_not_after = frozenset(str(w) for w in home.get("not_after") or ())
        self.home_particles = frozenset(str(w) for w in home.get("particles") or ())
        units = load_units(language_data(data, "units.yaml"))
        self.words = reader.Words(
            lexicon,
            units,
            load_number_words(language_data(data, "units.yaml"), units),
            load_item_words(language_data(data, "items.yaml")),
        )

    def sentence_ends(self, line: str) -> list[int]:
        ends = []
        for match in _END.finditer(line):
            word = _WORD_BEFORE.search(line, 0, match.start() + 1)
            if match.group()[0] == "." and word and word[1].lower() in self.abbreviations:
                continue
            if _inside_quote(line, match.end()):
                continue  # 그는 "…다. …다"고 말했다: one sentence, closed by who said it
            ends.append(match.end())
        return ends

    def is_mention(self, text: str, hit: AliasHit) -> bool:
        if not any(_hangul(ch) for ch in hit.form):
            return super().is_mention(text, hit)
        before = text[hit.start - 1] if hit.start > 0 else " "
        if _hangul(before) or (before.isascii() and before.isalnum()):
            return False
        rest = _HANGUL_WORD.match(text, hit.end)
        return (
            rest is not None
            and rest.group() in self.endings
            and word_bounded(text, hit.start, rest.end())
        )

    def find_mentions(
        self, text: str, gazetteer: Gazetteer, home: str | None = None
    ) -> MentionReading:
        """The gazetteer's names, and the short forms of state names (北, 러에, 북·러)."""
        hits = [h for h in gazetteer.alias_hits(text) if self.is_mention(text, h)]
        taken = [(h.start, h.end) for h in hits]
        for form, entity_id in self.words.lexicon.short_forms.items():
            for match in re.finditer(re.escape(form), text):
                hit = AliasHit(match.start(), match.end(), form, (entity_id,))
                overlaps = any(s < hit.end and hit.start < e for s, e in taken)
                if not overlaps and self._short_form(text, hit):
                    hits.append(hit)
        kept = longest_leftmost(hits)
        mentions = mentions_of(text, kept, gazetteer)
        mentions += self._references(text, mentions)
        mentions += self._home_government(text, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions += self._titled_references(text, mentions)
        mentions += voices.first_person(text, mentions)
        mentions.sort(key=lambda m: m.start)
        pairs = []
        for word, kind in self.words.lexicon.pair_words.items():
            for m in re.finditer(re.escape(word), text):
                named = _named_pair(mentions, m.start(), kind)
                if named:
                    mentions += [Mention(m.start(), m.end(), m.group(), e, kind) for e in named]
                else:
                    pairs.append((m.start(), m.end(), kind))
        mentions.sort(key=lambda m: m.start)
        return MentionReading(mentions, [], pairs)

    def _references(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """통신은 …: the news agency the text named last."""
        found = []
        for word, kind in self.words.lexicon.definite_references.items():
            for match in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(word)}", text):
                hit = AliasHit(match.start(), match.end(), word, ())
                if any(m.start < hit.end and hit.start < m.end for m in mentions):
                    continue
                earlier = [m for m in mentions if m.end <= hit.start and m.kind == kind]
                if earlier and self.is_mention(text, hit):
                    found.append(Mention(hit.start, hit.end, word, earlier[-1].entity_id, kind))
        return found

    def _home_government(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """정부는 …을 규탄했다: the government a Korean paper names with no state before it
        is South Korea's (not 우크라이나 정부, 연방 정부, 현지 정부)."""
        found = []
        for word, state in self.home_words.items():
            for match in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(word)}", text):
                start, end = match.span()
                rest = _HANGUL_WORD.match(text, end)
                if rest is None or rest.group() not in self.home_particles:
                    continue  # 정부는, 정부가: the government acting (정부 소식통: a teller)
                if any(m.start < end and start < m.end for m in mentions):
                    continue
                if any(0 <= start - m.end <= 1 for m in mentions):
                    continue  # 우크라이나 정부는, 美 정부: that state's
                before = text[:start].split()
                if before and before[-1] in self.home_not_after:
                    continue
                found.append(Mention(start, end, word, state, "country"))
        return found

    def _titled_references(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """이 의원은, 신 장관도: a surname and a title point back at the one the text named
        with them before (이성권 국민의힘 의원, 신원식 국방부 장관): that person, else the
        office the title was of (홍길동 국방부 대변인: the ministry)."""
        titles = "|".join(map(re.escape, self.words.lexicon.person_titles))
        found = []
        for match in re.finditer(rf"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]) (?:{titles})", text):
            hit = AliasHit(match.start(), match.end(), match.group(), ())
            if any(m.start < hit.end and hit.start < m.end for m in mentions):
                continue
            if not self.is_mention(text, hit):
                continue
            referred = _named_with_title(text, match, mentions, self.words.lexicon.both_words)
            if referred is not None:
                found.append(
                    Mention(hit.start, hit.end, hit.form, referred.entity_id, referred.kind)
                )
        return found

    def _short_form(self, text: str, hit: AliasHit) -> bool:
        """A hanja form stands alone (北, not 北京); a Hangul one is a whole word or takes a
        particle (러에, 북·러), as any Korean name."""
        if _hangul(hit.form[0]):
            return self.is_mention(text, hit)
        before = text[hit.start - 1] if hit.start > 0 else " "
        after = text[hit.end] if hit.end < len(text) else " "
        return not (_han(before) or _han(after))

    def read(
        self, doc: Document, parse_all: bool = False, only: SentenceChoice | None = None
    ) -> list[SentenceReading]:
        return reader.read(doc, self.words, parse_all, only)

    def load_analyser(self) -> None:
        """Load Kiwi's model now (the benchmark times work, not loading)."""
        morphemes(["북한이 러시아에 병력을 파병했다."])


def _named_pair(mentions: list[Mention], at: int, kind: str) -> list[str]:
    """The two states (or people) named right before a pair word at ``at`` (북러 양국,
    북한과 러시아 두 나라): the pair it names, not the one the text was about before."""
    before = [m for m in mentions if m.kind == kind and m.end in (at, at - 1)]
    if not before:
        return []
    last = before[-1]
    joined = [m for m in mentions if m.kind == kind and last.start - 3 <= m.end <= last.start]
    named = list(dict.fromkeys(m.entity_id for m in [*joined, *before]))
    return named[-2:] if len(named) >= 2 else []


def _inside_quote(line: str, at: int) -> bool:
    """``at`` falls inside a double quote that closes later in the line (a quote of several
    sentences)."""
    before, after = line[:at], line[at:]
    if before.count("“") > before.count("”"):
        return "”" in after
    return before.count('"') % 2 == 1 and '"' in after


# Words between a full name and its title (이성권 국민의힘 의원, 신원식 국방부 장관,
# 이성권 국민의힘·박선원 더불어민주당 의원).
_BETWEEN_NAME_AND_TITLE = r"(?:[\s·,][^\s.\"“”]*){0,4}?\s"


def _named_with_title(
    text: str, ref: re.Match[str], mentions: list[Mention], both_words: tuple[str, ...]
) -> Mention | None:
    """The mention a surname-and-title reference points back at: in the last phrase
    before it of a name with that surname and the same title, the person named with
    the surname, else the office or body named in the phrase, else its state."""
    surname, title = ref.group(1), ref.group()[2:]
    phrase = rf"(?<![\uac00-\ud7a3]){surname}[\uac00-\ud7a3]{{1,3}}{_BETWEEN_NAME_AND_TITLE}{title}"
    full = list(re.finditer(phrase, text[: ref.start()]))
    if not full and surname in both_words:
        # 두 의원은, 양 간사는: the ones the text named last with that title
        full = list(re.finditer(rf"[\uac00-\ud7a3]{{2,4}}{_BETWEEN_NAME_AND_TITLE}{title}",
                                text[: ref.start()]))  # fmt: skip
        inside = [m for m in mentions if full and full[-1].start() <= m.start < full[-1].end()]
        return next((m for m in inside if m.kind == "person"), None)
    if not full:
        return None
    lo, hi = full[-1].start(), full[-1].end()
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    person = [m for m in inside if m.start == lo and m.kind == "person"]
    offices = [m for m in inside if m.kind not in ("person", "country", "place")]
    states = [m for m in inside if m.kind == "country"]
    return next(iter(person or offices or states), None)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
