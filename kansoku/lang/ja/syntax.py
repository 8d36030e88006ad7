"""Small readings of a GiNZA dependency parse that the extractors share.

All offsets here are offsets into the sentence; callers add the sentence's start.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from kansoku.lang.ja.sentence_tellers import SPEAKER_TOPIC
from kansoku.model import Mention

# Keys of what is read once per parse and kept in the Doc's ``user_data`` (the parser
# changes the parse only before anything reads it: parser._rehang_subjects).
_TEXT = "kansoku.text"
_TOKEN_AT = "kansoku.token_at"
_PARTICLES = "kansoku.particles"
_ANCESTORS = "kansoku.ancestors"

# A space between two statements of a headline (not inside a Latin name: Kim Jong Un).
HEADLINE_GAP = re.compile(r"(?<=[^\sA-Za-z0-9])[ 　](?=[^\sA-Za-z0-9])")


def particle(token: Token) -> str:
    """The case particle(s) after a phrase head: が, に, への, による, に対して…

    Kept per token once found: the readers ask for the same tokens' particles over and
    over (tens of thousands of times in a page), and the parse no longer changes."""
    found: dict[int, str] = token.doc.user_data.setdefault(_PARTICLES, {})
    part = found.get(token.i)
    if part is None:
        part = found[token.i] = _particle(token)
    return part


# Suffixes that make an adjective a noun (勇敢さ, 重み), which GiNZA tags as a mark: part
# of the word, not of its particle (北朝鮮軍の勇敢さを: を).
_NOUN_SUFFIXES = ("さ", "み")


_HIRAGANA = re.compile(r"[ぁ-ゖ]+")


def _particle(token: Token) -> str:
    parts = []
    for child in token.children:
        if child.dep_ == "mark" and child.i == token.i + 1 and child.text in _NOUN_SUFFIXES:
            continue
        # 軍事/代表団/が: a noun the parser hung as a case marker is part of the word (not
        # a particle it tags as a noun: とも).
        content = child.pos_ == "NOUN" and not _HIRAGANA.fullmatch(child.text)
        if child.dep_ in ("case", "mark") and child.i > token.i and not content:
            parts.append(child.text + "".join(f.text for f in child.children if f.dep_ == "fixed"))
    return "".join(parts)


def phrase_tokens(token: Token) -> list[Token]:
    """The head token and the modifiers that make up its noun phrase (no clauses)."""
    found = [token]
    for child in token.children:
        # A modifier cut off by a comma (金総書記、ロシア国防相と) is a phrase of its own.
        cut = any(c.text == "、" for c in child.children)
        modifies = child.dep_ in ("compound", "nmod", "amod", "flat")
        if child.i < token.i and modifies and particle(child) in ("", "の", "・", "による"):
            found += [] if cut else phrase_tokens(child)
    return sorted(found, key=lambda t: t.i)


# Particles only a noun takes: a "verb" followed by one is a noun the parser misread
# (核物質や…; not と, の or など, which follow verbs too).
_NOUN_PARTICLES = ("や",)


def dependents(head: Token) -> list[Token]:
    """The head's children, and the phrases the parser hung on them that belong to the
    head: a から-phrase on a later noun (北朝鮮からロシアへ航海: "from North Korea" is not
    a kind of Russia; ロシアから核物質や技術を供与される, where 核物質 was read as a verb),
    a を-phrase on the next argument (北朝鮮兵を前線に輸送: a noun marked with に takes no
    object)."""
    found = []
    for child in head.children:
        found.append(child)
        found += [
            g for g in child.subtree
            if g.i < child.i and (
                (particle(g) == "から" and (
                    g.dep_ == "nmod" or particle(g.head) in _NOUN_PARTICLES))
                or (g.head.i == child.i and particle(g) == "を"
                    and child.pos_ in ("NOUN", "PROPN")
                    and particle(child) not in ("", "の", "を"))
            )
        ]  # fmt: skip
        if child.i < head.i and _time_passing(child):
            # 北朝鮮が今年に入り、…を派遣した: the subject hung on the time phrase is the verb's
            found += [g for g in child.children if g.i < child.i and particle(g) == "が"]
        if child.i < head.i and child.text.startswith(_TOWARD):
            # ウクライナに向けて発射: whom the に-phrase of 向けて names is the head's target
            found += [g for g in child.children if g.i < child.i and particle(g) == "に"]
    return found + _origin_above(head) + subject_above(head)


def _origin_above(head: Token) -> list[Token]:
    """ロシアからは技術が渡った可能性がある: the parser hangs the から-phrase (or a topic with
    no comma after it) before a clause that describes a noun (可能性, 疑い) on the verb the
    noun depends on; it is the clause's."""
    noun = head.head
    if head.dep_ != "acl" or noun.i <= head.i or noun.dep_ not in ("nsubj", "obl", "obj"):
        return []
    first = min(t.i for t in head.subtree)
    verb = noun.head
    own_subject = any(particle(c) in ("は", "が") for c in head.children)
    doc = head.doc
    # 情報機関は5日、前線に送られた部隊が…: a day set off by a comma, which the
    # parser hung on the clause, sets the topic off as the sentence's speaker.
    dated = SPEAKER_TOPIC.match(doc[first : head.i].text)
    return [
        g for g in verb.children
        if g.i < first and g.pos_ in ("PROPN", "NOUN") and (
            particle(g).startswith("から")
            # …、ロシアは見返りに技術を提供した可能性がある: the topic right before the clause
            or (particle(g) == "は" and not own_subject and not dated
                and "、" not in doc[g.i : first].text)
        )
    ]  # fmt: skip


def subject_described(head: Token) -> Token | None:
    """The noun a relative clause describes when that noun is the は/が-subject of the verb
    after it (…に輸出したガソリンなどの石油製品が…に達した: 製品), else None."""
    noun = head.head
    while particle(noun).endswith("の") and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # …に輸出したガソリンなどの石油製品が: the phrase's head
    if head.dep_ != "acl" or noun.i <= head.i or particle(noun) not in ("は", "が"):
        return None
    return noun


def subject_above(head: Token) -> list[Token]:
    """北朝鮮が今年ロシアに提供した砲は200門に達した: a が-phrase right before a clause that
    describes the subject of the main verb cannot be that verb's second subject; the parser
    hangs it there, it is the describing clause's (not when a comma sets it off)."""
    noun = subject_described(head)
    if noun is None:
        return []
    if any(particle(c) in ("は", "が") for c in head.children):
        return []
    first = min(t.i for t in head.subtree)
    doc = head.doc
    above = {a.i for a in noun.ancestors}
    return [
        g for g in doc[:first]
        if particle(g) == "が" and g.pos_ in ("PROPN", "NOUN")
        and (
            (g.head.i in above and g.head.i > noun.i)
            # 北朝鮮が今年に入り、…に送った技術者は: hung on the time phrase
            or (_time_passing(g.head) and g.head.head.i in above)
        )
        and _unbroken(doc[g.i + 1 : first].text)
    ]  # fmt: skip


# が, and at most a time set off by a comma (ロシアが昨年、北朝鮮に引き渡した小麦は)
_DATED_SET_OFF = re.compile(
    r"が[^、。「」]{1,10}?(?:年|月|日|旬|末|頃|ごろ|以降|以来|に入り|に入って)、"
)


def _unbroken(between: str) -> bool:
    return "、" not in between or _DATED_SET_OFF.fullmatch(between) is not None


_TOWARD = ("向け", "向かっ")


def _time_passing(clause: Token) -> bool:
    """今年に入り, 年明けに入って: a clause telling only that a time began."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_ == "入る"
        and any(particle(c) == "に" and c.pos_ in ("NOUN", "ADV") for c in clause.children)
    )


def toward(token: Token) -> bool:
    """向けて, 向かって: the に-phrase it takes names whom an act is aimed at."""
    return token.text.startswith(_TOWARD)


def _covers(m: Mention, tok: Token) -> bool:
    return m.start < tok.idx + len(tok.text) and m.end > tok.idx


def coordinated(token: Token) -> list[Token]:
    """Phrases joined to ``token`` with と (プーチン大統領と金正恩総書記は)."""
    return [c for c in token.children if c.i < token.i and particle(c) in ("と", "や")]


def head_mention(token: Token, mentions: list[Mention]) -> Mention | None:
    """The entity a phrase names: the mention nearest its head (北朝鮮の金正恩氏 → Kim).

    Only the phrase's own tokens count: in ロシアのウクライナに対する軍事行動 the phrase
    is ロシアの…軍事行動, and ウクライナ belongs to the clause inside it. When a role noun
    heads the phrase (ウクライナの国連大使), a person compounded with it names who acts
    (ロシアのショイグ安全保障会議書記), else its の-owner does, not the post's compound.
    """
    tokens = phrase_tokens(token)
    inside = [m for tok in tokens for m in mentions if _covers(m, tok)]
    if not inside:
        return _mention_before(tokens[0], mentions)
    if any(_covers(m, token) for m in inside):
        return _rightmost(inside)
    compounds = [t for t in tokens if t.dep_ in ("compound", "flat") and not particle(t)]
    people = [m for t in compounds for m in inside if _covers(m, t) and m.kind == "person"]
    owners = [
        m
        for child in token.children
        if child.i < token.i and particle(child) in ("の", "による")
        for tok in phrase_tokens(child)
        for m in inside
        if _covers(m, tok)
    ]
    # 金正恩朝鮮労働党総書記: the person, not the party in the title.
    persons = people or owners or [m for m in inside if m.kind == "person"]
    if not persons and (named := _mention_before(tokens[0], mentions)) is not None:
        # 北朝鮮の金正恩/朝鮮労働党総書記は: the name the parser cut from its title.
        persons = [named] if named.kind == "person" else []
    return _rightmost(persons or inside)


def named_group(
    mention: Mention, mentions: list[Mention], pair_words: Collection[str] = ()
) -> list[Mention]:
    """The states a group form names, ``mention``'s first (露朝首脳, ロ朝両国, 米韓: one
    span, one mention per state): they all take part in what the phrase does. A pair word
    alone (両国) names none: which two it means is a guess from the text before; right
    after a group form (露朝両国) it means the group's."""
    if mention.text in pair_words:
        before = [m for m in mentions if m.end == mention.start]
        groups = [m for m in before if _same_span(m, before)]
        return _ordered(groups) if groups else []
    together = [m for m in mentions if (m.start, m.end) == (mention.start, mention.end)]
    return (
        [mention, *(m for m in together if m.entity_id != mention.entity_id)]
        if _same_span(mention, mentions)
        else []
    )


def _same_span(mention: Mention, mentions: list[Mention]) -> bool:
    return any(
        (m.start, m.end) == (mention.start, mention.end) and m.entity_id != mention.entity_id
        for m in mentions
    )


def _ordered(found: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in found:
        seen.setdefault(m.entity_id, m)
    return list(seen.values())


def _rightmost(found: list[Mention]) -> Mention:
    return max(found, key=lambda m: (m.end, m.end - m.start))


# A count between a name and the counter word it belongs to (北朝鮮兵約1万2000人).
_COUNT = re.compile(r"(?:約|およそ|計|少なくとも|最大)?[\d,.０-９万千百]+")
_COUNTED = ("人", "人規模", "人以上", "人超")


def _mention_before(first: Token, mentions: list[Mention]) -> Mention | None:
    """金正恩(キム・ジョンウン)国務委員長と, 申源湜・国防相は: a name split from its title
    by a reading in brackets or a middle dot that the parser hung elsewhere."""
    text = text_of(first.doc)
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.end <= first.idx:
            between = re.sub(r"[(（][^)）]*[)）]", "", text[m.end : first.idx]).strip(" ()（）・")
            # 北朝鮮兵およそ5000人が: the count of the named troops, cut off by the parser.
            counted = _COUNT.fullmatch(between) is not None and first.text in _COUNTED
            return m if not between or counted else None
    return None


def clause_subject(token: Token, mentions: list[Mention]) -> Mention | None:
    """The が/は subject named inside a clause headed by ``token``."""
    for child in token.children:
        if child.dep_ == "nsubj" or particle(child) in ("が", "は", "も", "では"):
            mention = head_mention(child, mentions)
            if mention:
                return mention
    return None


def is_passive(token: Token) -> bool:
    """推定される, 投入された: the verb carries a passive auxiliary."""
    return any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in token.children)


def in_last_clause(token: Token, verb: Token) -> bool:
    """``token`` is in the clause ``verb`` governs last, not in one joined before it with
    て/し (…輸送され、…積まれていたと推定: only 積まれ is the estimate's)."""
    current = token
    for head in ancestors(token):
        if head.i == verb.i:
            return True
        if current.dep_ in ("advcl", "conj"):
            return False
        current = head
    return False


def ancestors(token: Token) -> tuple[Token, ...]:
    """The heads above ``token`` up to the sentence root, nearest first.

    Kept per token once found, like ``particle``: the readers walk the same chains tens of
    thousands of times in a page (a sixth of the time of reading a parsed sentence)."""
    found: dict[int, tuple[Token, ...]] = token.doc.user_data.setdefault(_ANCESTORS, {})
    below, current = [], token
    while current.i not in found and current.head.i != current.i:
        below.append(current)
        current = current.head
    chain = found.setdefault(current.i, ())  # known, or the root
    for node in reversed(below):  # from the highest up: each chain is its head's and more
        chain = found[node.i] = (node.head, *chain)
    return chain


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per parse: spaCy rebuilds it from every token on each
    access (a Token object made per token), and the readers ask for it thousands of times
    per document — that was a fifth of the time of reading a parsed sentence."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token covering character ``offset`` of the sentence (the first, should two).

    A table from character to token is built once per parse: scanning the tokens on
    every call made each lookup as long as the sentence."""
    table: list[int] | None = doc.user_data.get(_TOKEN_AT)
    if table is None:
        table = [-1] * len(text_of(doc))
        for token in reversed(doc):  # the earlier token wins where two overlap
            for at in range(token.idx, min(token.idx + len(token.text), len(table))):
                table[at] = token.i
        doc.user_data[_TOKEN_AT] = table
    if 0 <= offset < len(table) and table[offset] >= 0:
        return doc[table[offset]]
    return None


def modifies_noun(pred: Token) -> bool:
    """締結された「条約」: a verb in the attributive form, directly before a noun."""
    return following_noun(pred) is not None


def following_noun(pred: Token) -> Token | None:
    """The noun (or opening quote) right after a verb and its auxiliaries: 締結された「条約」."""
    last = max([pred.i, *(c.i for c in pred.children if c.dep_ == "aux")])
    if last + 1 >= len(pred.doc):
        return None
    following = pred.doc[last + 1]
    return (
        following if following.pos_ in ("NOUN", "PROPN") or following.text in ("「", "『") else None
    )


def describes_a_noun(token: Token) -> bool:
    """The fact's clause modifies a noun (発射したミサイル, 派遣された兵士)."""
    current = token
    for head in ancestors(token):
        if current.dep_ == "acl":
            return True
        if current.dep_ in ("advcl", "conj") or (current.pos_ == "VERB" and current is not token):
            return False
        current = head
    return False


def before_the_noun(token: Token, text: str) -> str:
    """The fact's clause up to the noun it describes (派遣したとみられる|こと), or nothing
    when it describes none."""
    current = token
    for head in ancestors(token):
        if current.dep_ == "acl":
            # Only a noun right after the clause (…とみられること); one the parser hung
            # further on is no sure end of it.
            right_after = following_noun(current)
            if right_after is None or right_after.i > head.i:
                return ""
            # …とみられる北朝鮮兵: the noun's compounds may stand before it.
            between = head.doc[right_after.i : head.i]
            return text[token.idx : head.idx] if all(t.dep_ == "compound" for t in between) else ""
        current = head
    return ""


def volitional(token: Token) -> bool:
    """The clause ends in the volitional (取得しよう, 送ろう): what is tried."""
    return any(
        c.dep_ == "aux" and c.text.endswith(("よう", "う")) and c.text not in ("だろう", "でしょう")
        for c in token.children
    )


def parties_of_the_accord(
    pred: Token, mentions: list[Mention], between_nouns: tuple[str, ...]
) -> list[str]:
    """朝ロ間の…に関する条約が発効した: the parties a "between" phrase names anywhere in
    the accord the clause is about, title included (…に関する条約)."""
    for child in pred.children:
        if child.dep_ not in ("nsubj", "obj"):
            continue
        for tok in child.subtree:
            if tok.text.endswith(between_nouns) and particle(tok) == "の":
                return parties_between(tok, mentions)
    return []


def partner_of_joined_clause(pred: Token, mentions: list[Mention]) -> list[str]:
    """AはBと会談し、条約に署名した: the other side a clause joined before the accord
    names with と (the side the accord is made with)."""
    for child in pred.children:
        if child.i > pred.i or child.dep_ not in ("advcl", "conj"):
            continue
        for tok in child.subtree:
            if tok.i < child.i and tok.pos_ in ("NOUN", "PROPN") and particle(tok) == "と":
                mention = head_mention(tok, mentions)
                if mention is not None:
                    return [mention.entity_id]
    return []


def parties_between(between: Token, mentions: list[Mention]) -> list[str]:
    """北朝鮮とロシアの間で締結, 両国間で署名: the entities named in a "between" phrase."""
    phrases = [between]
    for child in between.children:
        if child.i < between.i and particle(child) in ("の", ""):
            phrases += [child, *coordinated(child)]
    return [
        m.entity_id
        for phrase in phrases
        for m in mentions
        if m.start < phrase.idx + len(phrase.text) and m.end > phrase.idx
    ]


def quotes(token: Token) -> bool:
    """A clause quoted by と (…したと非難), or a clausal complement; not と made one word
    with what follows (…すると同時に, …するとともに: at once, joined)."""
    quoted = any(
        c.dep_ == "case"
        and c.text.startswith("と")
        and not any(f.dep_ == "fixed" for f in c.children)
        for c in token.children
    )
    return predicate_word(token) and (token.dep_ == "ccomp" or quoted)


def quoted_clauses(head: Token) -> list[Token]:
    """The clauses ``head`` quotes, directly (…したと非難) or as the reason it gives
    (…を提供したとして非難した: the clause hangs on the し of として)."""
    found = []
    for child in head.children:
        if quotes(child):
            found.append(child)
        elif child.i < head.i and as_reason(child):
            found += [c for c in child.children if quotes(c)]
    return found


def as_reason(token: Token) -> bool:
    """The し(て) of …として: a verb made of a quoted clause and nothing else."""
    return token.lemma_ == "する" and any(
        c.dep_ == "mark" and c.text == "て" for c in token.children
    )


# A plain noun the parser tagged as a verb (見返りとして: "in return", no clause quoted).
_PLAIN_NOUN = "名詞-普通名詞-一般"


def predicate_word(token: Token) -> bool:
    """A clause's predicate: a verb, auxiliary or adjective, or a clausal complement,
    never a plain noun the parser took for a verb (ロシアが見返りとして…)."""
    if token.tag_.startswith(_PLAIN_NOUN) and not any(
        c.dep_ == "aux" and c.i > token.i and c.text in ("だ", "で", "である")
        for c in token.children
    ):
        return False
    return token.pos_ in ("VERB", "AUX", "ADJ") or token.dep_ == "ccomp"
