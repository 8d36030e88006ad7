"""How a Korean clause stands to its event word: negated (보내지 않았다), joined to an
auxiliary (보내고 있다), named by a noun someone answers (…보냈다는 보도에 대해), or
described by the object a verb of detecting or confirming takes (…제공한 정황을 포착했다,
파병을 확인했다)."""

from __future__ import annotations

import re
from itertools import pairwise

from kansoku.lang.ko.words import Lexicon, Morph
from kansoku.model import Mention


def auxiliary(morphs: list[Morph], ending: Morph) -> bool:
    """A connective that joins its verb to an auxiliary, not to a second statement (보내고
    있는 것으로: is sending; 부인하고 있다: keeps denying)."""
    after = [m for m in morphs if m.start >= ending.end]
    return ending.form == "고" and bool(after) and after[0].tag == "VX"


def described(text: str, at: int, lex: Lexicon) -> int:
    """Where a told object closing a relative clause starts (북한이 …을 제공한 정황을
    포착했다: the clause before 정황을 is what was detected, its subject no speaker), else
    0."""
    found = 0
    for word in lex.told_objects:
        i = text.rfind(" " + word, 0, at)
        if i > 0 and _adnominal_syllable(text[i - 1]):
            found = max(found, i + 1)
    return found


def _adnominal_syllable(ch: str) -> bool:
    """A syllable closing an adnominal ending (제공한, 보낼, 하는, 했던)."""
    code = ord(ch) - 0xAC00
    return 0 <= code < 11172 and (code % 28 in (4, 8) or ch in ("는", "던"))


def act_object(text: str, at: int, lex: Lexicon) -> bool:
    """The object right before the verb at ``at`` names an act (파병을, 병력 이동을; 공식
    확인했다: an adverb between)."""
    found = re.search(r"(\S+)(?:을|를)\s(?:\S+\s)?$", text[:at])
    return found is not None and bool(lex.find_triggers(found.group(1)))


def answered(text: str, end: int, lex: Lexicon) -> str | None:
    """How sure the claim is that an event word ending at ``end`` is told in, when that
    claim is named by its noun as what someone answers (…보냈다는 보도에 대해, …파병설과
    관련해): the noun's status, else None."""
    nouns = "|".join(map(re.escape, sorted(lex.claim_nouns, key=len, reverse=True)))
    frames = "|".join(map(re.escape, lex.reaction_frames))
    if not nouns or not frames:
        return None
    found = re.match(
        rf"(?:[\uac00-\ud7a3]*\s)?[\uac00-\ud7a3]*?(?:다는|라는|ㄴ다는|다던)\s"
        rf"(?:[\uac00-\ud7a3]+\s)?({nouns})(?:{frames})",
        text[end:],
    )
    return lex.claim_nouns[found.group(1)] if found else None


# What may stand between an event word and the 지 of its negation (투입+되+지, 보내+지는).
_BEFORE_NEGATION = frozenset({"XSV", "XSA", "EP", "VV"})


def _own_ending(morphs: list[Morph], end: int) -> int | None:
    """The index of the first morpheme after an event word's own verb suffixes (투입+되+…,
    보내+었+…), None at the sentence's end."""
    # (보낼: the ending ᆯ fused into the event word's last syllable counts as after it)
    after = [
        i for i, m in enumerate(morphs)
        if m.start >= end or (m.tag.startswith("E") and m.start < end <= m.end)
    ]  # fmt: skip
    k = 0
    while k < len(after) and morphs[after[k]].tag in _BEFORE_NEGATION and k < 2:
        k += 1
    return after[k] if k < len(after) else None


def conditional(morphs: list[Morph], end: int, lex: Lexicon) -> bool:
    """The event word's own verb states a condition (보내면, 투입된다면, 보낼 경우, 파병할
    시): the act is supposed, not told."""
    i = _own_ending(morphs, end)
    if i is None:
        return False
    i = _carrier_ending(morphs, i)
    ending = morphs[i]
    if ending.tag == "EC" and ending.form in lex.conditional_endings:
        return True
    following = morphs[i + 1] if i + 1 < len(morphs) else None
    return ending.tag == "ETM" and following is not None and following.form in lex.conditional_nouns


def relative_end(morphs: list[Morph], end: int) -> int | None:
    """파병된 북한군, 보낸 포탄: an event word closed by the past adnominal ending before a
    noun describes that noun; where the ending stops (what follows is about the noun, not
    the act), else None. (보낸 것으로 보인다: a bound noun, still the act's own mood.)"""
    i = _own_ending(morphs, end)
    if i is None or i + 1 >= len(morphs):
        return None
    ending, noun = morphs[i], morphs[i + 1]
    if ending.tag == "ETM" and ending.form in ("ᆫ", "은") and noun.tag in ("NNG", "NNP"):
        return ending.end
    return None


def condition_ends(morphs: list[Morph], lo: int, at: int, lex: Lexicon) -> list[int]:
    """파병을 할 경우 한국 정부는 …: a condition (an adnominal ending and 경우, 시) closes
    its clause, whose names are not the next verb's."""
    return [
        b.end for a, b in pairwise(morphs)
        if a.tag == "ETM" and b.form in lex.conditional_nouns and lo <= b.start and b.end <= at
    ]  # fmt: skip


def _carrier_ending(morphs: list[Morph], i: int) -> int:
    """파병을 할 경우, 파병에 나설 경우: past the particle of an event noun and the one verb
    that carries it, that verb's ending (else the morpheme at ``i`` itself)."""
    k = i
    if not morphs[k].tag.startswith("J"):
        return i
    verb = [m.tag for m in morphs[k + 1 : k + 3]]
    k += 2 if verb[:1] == ["VV"] else 3 if verb == ["NNG", "XSV"] else 0
    if k > i:
        while k < len(morphs) and morphs[k].tag == "EP":
            k += 1
        if k < len(morphs) and morphs[k].tag.startswith("E"):
            return k
    return i


def negated(morphs: list[Morph], start: int, end: int, lex: Lexicon) -> bool:
    """The event word's own verb is negated: 보내지 않았다, 투입되지는 않은, 보내지 못했다,
    안 보냈다 (not a later verb: 보냈는지 확인되지 않았다 leaves the act unknown)."""
    before = [m for m in morphs if m.end <= start]
    if before and before[-1].tag == "MAG" and before[-1].form in lex.negations:
        return True  # 안 보냈다
    after = [m for m in morphs if m.start >= end]
    i = 0
    while i < len(after) and after[i].tag in _BEFORE_NEGATION and i < 2:
        i += 1  # 투입(되)지, 보내(지): the verb's own suffix
    if i >= len(after) or not (after[i].tag == "EC" and after[i].form == "지"):
        return False
    rest = [m for m in after[i + 1 : i + 3] if m.tag != "JX"]  # 보내지는 않았다
    return bool(rest) and rest[0].form in lex.negations


def view_origin(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """Who holds a view the sentence says came from them (…할 것이라는 분석이 우크라이나
    정보당국에서 나왔다; …는 지적이 미 의회에서 제기됐다): the last name between the view's
    noun and where it came from."""
    nouns = sorted({*lex.view_nouns, *lex.claim_nouns}, key=len, reverse=True)
    origins = "|".join(map(re.escape, lex.view_origins))
    if not nouns or not origins:
        return None
    found = re.search(
        rf"(?:{'|'.join(map(re.escape, nouns))})(?:이|가|도)\s(?P<who>[^\"“”]{{1,30}}?)(?:{origins})",
        text,
    )
    if found is None:
        found = _view_put_forward(text, nouns, lex)
    if found is None:
        return None
    named = [m for m in mentions if found.start("who") <= m.start and m.end <= found.end("who")]
    # the office, not the state inside its name (영국 국방부: the ministry)
    own = [m for m in named if m.kind not in ("country", "place")] or named
    return max(own, key=lambda m: (m.end, m.end - m.start)).entity_id if own else None


def view_holder_words(text: str, lex: Lexicon) -> str | None:
    """The words naming who holds a view put forward (…다는 정보 당국의 관측이 나온다:
    정보 당국), named or not; None when the sentence puts forward no such view."""
    nouns = sorted({*lex.view_nouns, *lex.claim_nouns}, key=len, reverse=True)
    found = _view_put_forward(text, nouns, lex) if nouns else None
    return found.group("who") if found else None


def _view_put_forward(text: str, nouns: list[str], lex: Lexicon) -> re.Match[str] | None:
    """A view its holder names before its noun, put forward (…이를 수 있다는 국방부의
    분석이 나왔다; …했다는 정보 당국의 관측이 나온다): the phrase between the told clause's
    ending and the noun."""
    if not lex.views_put_forward:
        return None
    return re.search(
        rf"(?:다|라)는\s(?P<who>[^\"“”,]{{1,30}}?)(?:의)?\s(?:{'|'.join(map(re.escape, nouns))})"
        rf"(?:이|가|도)\s(?:{'|'.join(map(re.escape, lex.views_put_forward))})",
        text,
    )


def posted(text: str, end: int, hi: int, lex: Lexicon) -> bool:
    """The name ending at ``end`` says where a post is (러시아 주재 북한 대사: North Korea's
    ambassador in Russia), not whom its holder speaks for."""
    return text[end:hi].lstrip().startswith(lex.posted_in)


def body_state(topic: str, lex: Lexicon) -> str | None:
    """The state of a body of one state only that a speaker with no entity of their own is
    named a member of (한기정 더불어민주당 의원은: South Korea), else None."""
    return next((v for k, v in lex.body_states.items() if re.search(rf"(?<!\S){k}", topic)), None)


def past_syllable(syllable: str) -> bool:
    """A syllable closed by ㅆ (했, 혔, 였): the past tense of a verb before its ending."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 20


def provision(text: str, end: int, lex: Lexicon) -> bool:
    """The event word is what a rule or a text provides for, not an act told (조약에는
    …원조를 제공한다는 조항이 담겼다; 협정은 …을 지원하도록 규정하고 있다): its clause
    closes into a word for a provision before the sentence's next clause."""
    frames = lex.teller_forms.get("provision_frames", ())
    rest = re.split(r"[,.]|(?:고|며|으며|지만)\s", text[end : end + 40], maxsplit=1)[0]
    return any(f in rest for f in frames)


def aim_of_a_told_act(text: str, end: int, lex: Lexicon) -> bool:
    """러시아의 전쟁을 지원하기 위해 포탄을 보냈다: an event word closing a clause of purpose
    before an act the sentence tells is that act's aim, no act of its own (told alone,
    …하기 위해 준비 중이다, it stays a plan)."""
    rest = text[end:]
    ending = next((e for e in lex.purpose_endings if rest.startswith(e)), None)
    return ending is not None and bool(lex.find_triggers(rest[len(ending) :]))
