"""Who tells a whole Japanese sentence, whatever facts it holds: a source named before
a marker (国情院によると、), a wire credit in a headline, the publisher of a document the
text goes on to quote (MSMTは…報告書を公表した。報告書によると…), and a topic set off as
the speaker of a sentence ending in a verb of saying (国防省は12日、…と明らかにした).
claims.py reads, fact by fact, the verbs of saying that frame each one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.names import first_joined
from kansoku.lang.ja.venues import set_off_by_venue
from kansoku.model import Mention
from kansoku.reading import Claim

# A body's name after its state's and の, closing on the subject's が (の国防情報本部が).
_OWNED_SUBJECT = re.compile(r"の[^、。がはをにでと「」の]{1,10}が")
# An unnamed source speaks for the state named before it only when attached to it
# (韓国政府関係者), not through の (北朝鮮の消息筋: a source on North Korea).
_OWNED_BY = "の"
_NEAR = 12  # characters between a source and its marker
_RELATIVE = "ところ"  # …が明らかにしたところによると

# After the topic, a comma, or a date and a comma (24日、/ 2025年1月、/ 先月下旬、).
SPEAKER_TOPIC = re.compile(r"、|[^、。]{0,12}?(?:日|月|年|旬|末|頃|ごろ)、")


@dataclass(frozen=True)
class Credit:
    """A source marker in a sentence (によると…) and the entity it names, if it names one."""

    marked: bool = False
    source: str | None = None


def sentence_source(text: str, mentions: list[Mention], lex: Lexicon) -> Credit:
    """Who a source marker (によると, ところによると…) credits with the whole sentence."""
    credited = _headline_credit(text, mentions, lex)
    if credited is not None:
        return credited
    found = [(at, marker) for marker in lex.source_markers if (at := text.find(marker)) > 0]
    if not found:
        return Credit()
    at, marker = _outermost(text, sorted(found))
    before = [m for m in mentions if m.end <= at and at - m.end <= _NEAR]
    if marker.startswith(_RELATIVE) or text[:at].endswith(lex.documents):
        # …が明らかにしたところによると, …が国会に提出した資料によると: the subject of the
        # clause that ends in ところ or describes the document.
        subjects = [m for m in mentions if m.end <= at and text.startswith("が", m.end)]
        # 韓国の国防情報本部が…提出した資料によると: a body the gazetteer does not know,
        # owned by a state, speaks for it (not a source on it: 北朝鮮の消息筋が).
        owned = [
            m for m in mentions
            if m.end <= at and m.kind == "country" and (body := _OWNED_SUBJECT.match(text, m.end))
            and not any(w in body.group() for w in (*lex.unnamed_sources, *lex.never_a_state))
        ]  # fmt: skip
        before = subjects or owned or before
    if not before:
        return Credit(marked=True)
    named = first_joined(sorted(before, key=lambda m: m.end), text, lex)
    between = text[named.end : at]
    unnamed = next((u for u in lex.unnamed_sources if between.endswith(u)), None)
    # 北朝鮮の消息筋, ロシアの軍事専門家: no state speaks; 韓国軍の関係者 is the army's.
    of_a_state = _OWNED_BY in between and named.kind in (None, "country")
    if unnamed is not None and (of_a_state or unnamed in lex.never_a_state):
        return Credit(marked=True)
    if named.kind in (None, "country") and any(p in between for p in lex.never_a_state):
        return Credit(marked=True)  # ロシア紙の報道によると: the press, not the state
    return Credit(marked=True, source=named.entity_id)


def _outermost(text: str, found: list[tuple[int, str]]) -> tuple[int, str]:
    """The marker whose phrase holds the others: a later marker before the comma that
    closes the first one's phrase embeds it (聯合ニュースが政府筋の話として報じたところに
    よると: Yonhap's report, which cites the government source). A marker inside another
    (ところによると holds によると) is the same one."""
    first_at, first = found[0]
    for at, marker in found[1:]:
        if at < first_at + len(first) or "、" in text[first_at:at]:
            continue
        first_at, first = at, marker
    return first_at, first


def _headline_credit(text: str, mentions: list[Mention], lex: Lexicon) -> Credit | None:
    """A headline closed by who says it (…ウクライナ戦線投入へ 韓国情報機関が確認)."""
    text = text.rstrip()
    verbs = alternation(lex.headline_credits)
    found = re.search(rf"(?:^|[\s、])(?P<who>[^\s、。]+)が(?:{verbs})$", text)
    if found is None:
        start = headline_credit_start(text, mentions, lex)
        if start is None:
            return None
        found = re.compile(r"(?P<who>.+)").match(text, start)
        assert found is not None
    named = [m for m in mentions if m.start >= found.start("who") and m.end <= found.end("who")]
    if not named:
        return None
    return Credit(marked=True, source=max(named, key=lambda m: (m.end, m.end - m.start)).entity_id)


def headline_credit_start(text: str, mentions: list[Mention], lex: Lexicon) -> int | None:
    """Where a headline's closing credit starts, a name set off by a space, alone or with
    its verb (…追加派遣か 韓国情報機関, …投入へ 韓国情報機関が確認, …供与 国防省発表): the name is who says
    it, not a word of the headline's clause (the parse of the clause leaves it out). A
    place (…会談 平壌) is where, not who."""
    text = text.rstrip()
    verbs = alternation(lex.headline_credits)
    # …供与 ウクライナ軍発表: headlines drop the が before the verb as often as not.
    found = re.search(rf"[ 　](?P<who>[^\s、。「」]+?)(?:が?(?:{verbs}))?$", text)
    if found is None or not text[: found.start()].strip():
        return None
    whole = any(
        m.start == found.start("who") and m.end == found.end("who") and m.kind != "place"
        for m in mentions
    )
    return found.start("who") if whole else None


# A topic marker after a name, past the name's reading or short form in brackets:
# 国家情報院（国情院）は, 多国間制裁監視チーム(MSMT)は.
# After a name: its gloss in brackets and the bracket closing a name first written in
# quotes (「…監視チーム(MSMT)」は), then the particle.
_GLOSSED = r"(?:[（(][^）)]{1,20}[）)])?[」』]?(?:[（(][^）)]{1,20}[）)])?"
_TOPIC_AFTER = re.compile(_GLOSSED + "は")
_SUBJECT_AFTER = re.compile(_GLOSSED + "が")
# The rest of a topic phrase after its name: 韓国の情報機関は, 国情院(NIS)は.
TOPIC_PHRASE = re.compile(r"[」』]?[^、。「」はが]{0,12}?は")


def published_by(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The topic (or, with none, the subject) of a sentence that publishes a document
    (MSMTは8日、報告書を公表した): the text goes on to tell what the document says."""
    docs, verbs = alternation(lex.documents), alternation(lex.publishing_verbs)
    # …報告書を公表した, …が公表した報告書で, …は18日発表の報告書で
    published = re.search(rf"(?:{docs})を(?:{verbs})|(?:{verbs})(?:した|の)(?:{docs})で", text)
    if published is None:
        return _owner_of_document(text, mentions, docs, lex.obtaining_verbs)
    topics = [m for m in mentions if _TOPIC_AFTER.match(text, m.end)]
    if topics:
        return topics[0].entity_id if topics[0].end <= published.start() else None
    # …チーム(MSMT)が…報告書を公表した: with no topic, the subject nearest the publishing
    # (not one inside a clause before it: ロシアが…行使して発足した…チームが).
    subjects = [
        m for m in mentions if _SUBJECT_AFTER.match(text, m.end) and m.end <= published.start()
    ]
    return subjects[-1].entity_id if subjects else None


def _owner_of_document(
    text: str, mentions: list[Mention], docs: str, obtaining: tuple[str, ...]
) -> str | None:
    """研究院の報告書が…と発表した, 研究院の年次報告書によると: the document named with
    its owner is the owner's, and so is what the text goes on to tell of it. Not one
    someone else obtained (…が入手した軍の資料によると: the obtainer tells it)."""
    owned = re.compile(rf"の[^、。「」のはが]{{0,4}}?(?:{docs})(?:が|は|で|によ)")
    for m in mentions:
        if m.kind != "place" and owned.match(text, m.end):
            before = text[max(0, m.start - _NEAR) : m.start]
            return None if obtaining and any(v in before for v in obtaining) else m.entity_id
    return None


def told_by(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """Who a sentence says is speaking, though no fact in it may be credited: a publisher
    (see ``published_by``), or the topic of a sentence ending in a verb of saying, set off
    as its speaker (国防省は12日、…との分析を明らかにした)."""
    publisher = published_by(text, mentions, lex)
    if publisher is not None:
        return publisher
    # 北朝鮮外務省の次官は25日、…と述べた: a post of the body named speaks for it.
    titled = rf"(?:の?(?:{alternation(lex.person_titles + lex.spokesman_titles)}))?"
    topic_after = re.compile(titled + _TOPIC_AFTER.pattern)
    topics = [m for m in mentions if topic_after.match(text, m.end)]
    speech = alternation(lex.speech_verbs)
    said = re.search(rf"(?:{speech})[^。、「」]{{0,8}}。?$", text)
    if not topics or said is None:
        return None
    marker = topic_after.match(text, topics[0].end)
    set_off = marker is not None and (
        SPEAKER_TOPIC.match(text, marker.end()) or set_off_by_venue(text, marker.end(), lex)
    )
    return topics[0].entity_id if set_off else None


def credited_to(claim: Claim, teller: str) -> Claim:
    """The claim told by ``teller``: a statement the text made its own becomes reported."""
    status = "reported" if claim.status == "asserted" else claim.status
    return Claim(source=teller, status=status, credited=True)


def speaks_set_off(text: str, mention: Mention, lex: Lexicon) -> bool:
    """The mention opens the sentence as its speaker: a topic (韓国の情報機関は) set off
    by a comma or a day (は27日、), the sentence ending in what it quotes and a verb of
    saying (…と明らかにした, …との見方を示した). Not a teller who speaks for no state
    (韓国の専門家は: see tellers.py)."""
    marker = TOPIC_PHRASE.match(text, mention.end)
    if marker is None or _QUOTED_TO_THE_END(lex.speech_verbs).search(text) is None:
        return False
    if any(word in marker.group() for word in (*lex.unnamed_sources, *lex.never_a_state)):
        return False
    after = marker.end()
    return bool(SPEAKER_TOPIC.match(text, after) or set_off_by_venue(text, after, lex))


@cache
def _QUOTED_TO_THE_END(speech_verbs: tuple[str, ...]) -> re.Pattern[str]:
    # (と, not the と of こと: …ことのないよう警告した quotes nothing.)
    return re.compile(
        rf"(?<!こ)と(?:の[^、。「」]{{0,6}}?)?[^、。「」]{{0,6}}?"
        rf"(?:{alternation(speech_verbs)})[^、。「」]{{0,8}}。?$"
    )


def opens_on_document(text: str, lex: Lexicon) -> bool:
    """報告書によると, 同報告書は: the sentence goes on with what was published before."""
    docs = alternation(lex.documents)
    return re.match(rf"同?(?:{docs})(?:は|では|に(?:よると|よれば|よりますと))", text) is not None
