"""Who says so, and how sure the text is: the Japanese claim reader.

Ways a Japanese sentence credits a claim:
- a source named before によると/ところによると/の調査で (the whole sentence is theirs); an
  unnamed one (消息筋, 関係者, 専門家) makes it reported without naming a state, unless it
  is a state's own (韓国政府関係者);
- a verb of saying or judging whose と-clause holds the fact (国情院は…と明らかにした,
  …としている), or whose object is the fact made a noun (…ことを認めた): the speaker is
  the verb's subject, else the sentence's topic; a verb of saying in the passive
  (と推定される, とされる) names no speaker;
- hearsay endings (という) that make it reported without naming anyone.
How sure: words on the path from the fact to the end of its clause (可能性, 方針, 予定),
negation on its verb, and a verb of denial that takes the fact as its object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from kansoku.lang.ja import clauses, syntax
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.sentence_tellers import SPEAKER_TOPIC, sentence_source
from kansoku.lang.ja.status import marker_status
from kansoku.lang.ja.venues import set_off_by_venue
from kansoku.lang.ja.views import own_statement, views_a_later_clause
from kansoku.model import Mention
from kansoku.reading import Claim

_QUOTE_PARTICLES = ("と", "との", "という", "とする", "とし", "と発表", "って")
# Nouns that make a clause the object of a verb: …派兵したことを認めた, …輸出した事実も
# 確認した.
_NOMINALISERS = ("こと", "の", "事実")


@dataclass(frozen=True)
class Framed:
    """A claim, and the verb of saying that frames it (None when none does)."""

    claim: Claim
    speech_token: Token | None = None
    speaker_named: bool = False  # the verb of saying has a speaker, an entity or not


def is_speech(token: Token, lex: Lexicon) -> bool:
    """A verb of saying, including 明らかにした where GiNZA heads the clause with し."""

    def says(tok: Token) -> bool:
        return any(tok.text.startswith(v) or tok.lemma_.startswith(v) for v in lex.speech_verbs)

    if says(token):
        return True
    if token.lemma_ in lex.judging_verbs:
        return not any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in token.children)
    if _states_with_to(token):
        return True
    return token.lemma_ in ("する", "す") and any(says(c) for c in token.children if c.i < token.i)


def _states_with_to(token: Token) -> bool:
    """…を得たもようだとした, …を続けるとしている: the sentence's own する closing a clause
    with と tells what was said (not …を対象とした: a noun named as something, and not
    …とした場合: a supposition describing a noun)."""
    if token.lemma_ not in ("する", "す") or token.dep_ != "ROOT" or token.i < 2:
        return False
    particle, closing = token.doc[token.i - 1], token.doc[token.i - 2]
    return particle.text == "と" and closing.pos_ in ("AUX", "VERB")


def _subject_id(token: Token, mentions: list[Mention]) -> str | None:
    mention = syntax.clause_subject(token, mentions)
    return mention.entity_id if mention else None


def names_a_source(head: Token, part: str, lex: Lexicon) -> bool:
    """韓国の推計では, 国情院によると: the phrase says who tells the clause, not who acts."""
    told = syntax.text_of(head.doc)[: head.idx + len(head.text)] + part
    return bool(part) and told.endswith(lex.source_markers)


def topic(
    doc: Doc, before: int, mentions: list[Mention], lex: Lexicon | None = None
) -> tuple[str | None, list[str]]:
    """The sentence's topic (its first は-phrase naming an entity) if it comes before
    character ``before``, and the phrases joined to it with と: Japanese leaves the topic
    unsaid in every clause it governs. Given the lexicon (to find who acts), a topic that
    names the source (韓国の推計では) is passed over: it tells the clause, it does not act
    in it; and a nearer topic naming no entity (西側は…と非難) governs instead: the
    entity of an earlier clause's topic does not act there."""
    topics = [
        t for t in doc
        if t.idx < before and syntax.particle(t) in ("は", "では", "も")
        and not (lex and names_a_source(t, syntax.particle(t), lex))
    ]  # fmt: skip
    named = [(t, syntax.head_mention(t, mentions)) for t in topics]
    if lex is not None and named and named[-1][1] is None and syntax.particle(named[-1][0]) == "は":
        return None, []
    for tok, mention in named:
        if mention:
            partners = [syntax.head_mention(p, mentions) for p in syntax.coordinated(tok)]
            # 露朝首脳は, 露朝両国は: the states of a group form, the first as the topic.
            group = syntax.named_group(mention, mentions, lex.pair_words if lex else ())
            mention = group[0] if group else mention
            partners += group[1:]
            return mention.entity_id, [p.entity_id for p in partners if p]
    return None, []


@cache
def _quote_end(speech_verbs: tuple[str, ...]) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(speech_verbs, key=len, reverse=True))
    # …と明らかにした / …との見方を示した / …と、ロシアのメディアが17日、明らかにした /
    # …と記者会見で述べた, …とSNSで明らかにした (where it was said, a noun with で),
    # …と例示通信は政府高官を引用して報じた (the speaker, then how it tells)
    return re.compile(
        rf"と(?:の[^、。]{{0,6}}を|、[^。]{{0,30}}?|[^、。「」とはがを]{{1,15}}?で、?"
        rf"|[^、。「」と]{{1,20}}?[はが][^。「」]{{0,25}}?)?(?:{verbs})"
    )


def speech_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None, bool]:
    """See ``_speech_frame``; a state whose press, experts or analysts speak (ロシアの
    メディアが…明らかにした, 韓国のアナリストは…と指摘) is not the speaker: its outlet
    named there is (ロシアのイズベスチヤ紙は), else someone named but no entity (its
    state-run agency, ロシアの国営通信社は, speaks for it)."""
    speaker, verb, named = _speech_frame(token, mentions, lex)
    if speaker is None or verb is None:
        return speaker, verb, named
    press = _press_of_state(speaker, verb, mentions, lex)
    if press is None:
        return speaker, verb, named
    outlets = [
        m for m in mentions
        if press[0] <= m.start and m.end <= press[1] and m.kind not in (None, "country")
    ]  # fmt: skip
    return (outlets[-1].entity_id if outlets else None), verb, True


def _press_of_state(
    speaker: str, verb: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[int, int] | None:
    """Where a mention of the speaker, a state, is followed by its press or its experts
    as the subject (ロシアの有力紙は, 韓国の軍事専門家らが): that phrase."""
    text = syntax.text_of(verb.doc)
    pattern = _PRESS_OF(tuple(lex.never_a_state))
    for m in mentions:
        if m.entity_id != speaker or m.end > verb.idx or m.kind not in (None, "country"):
            continue
        found = pattern.match(text, m.end)
        if found is None or any(w in found[0] for w in lex.state_run):
            continue
        if not lex.own_press(speaker, found[0]):  # 北朝鮮メディアは: the state's own voice
            return m.start, found.end()
    return None


@cache
def _PRESS_OF(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"の?[^、。「」はがも]{{0,10}}?(?:{alternation(words)})(?:ら|たち)?(?:は|が|も)"
    )


def _speech_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None, bool]:
    """(speaker, speech verb, whether a speaker is named) when ``token`` sits in the
    と-clause of a verb of saying; a speaker named by no entity (軍事専門家は…と指摘)
    is named all the same: no one else's words are continued.

    The parse says so when the clause hangs on the verb with と; when a clause joined
    with て/し hides that (…を派遣し、…と明らかにした), a と + verb of saying later in
    the sentence frames it, and the speaker is that verb's subject or the topic.
    """
    reported = _report_frame(token, mentions, lex)
    if reported is not None:
        return reported
    speaker, verb, quote = _parsed_frame(token, mentions, lex)
    doc = token.doc
    joined = _joined_speaker(token, verb, mentions, lex) if verb is not None else None
    if joined is not None:
        # …が北朝鮮を訪問し、「…」と述べた: the subject of the clause joined before the
        # bracketed quote says it, and its own act is told by the text.
        text = syntax.text_of(doc)
        if token.idx < text.find("「"):
            return None, None, False
        if _in_brackets(text, token.idx):
            return joined, verb, True
    if verb is not None and _narrated_before_quote(token, _closing_quote(token, verb), doc):
        return None, None, False  # …と会談し、「…」と述べた, the parse hanging 会談 inside
    before = _quote_start(quote) if quote is not None else token.idx
    if verb is None:
        match = _quote_end(lex.speech_verbs).search(
            syntax.text_of(doc), token.idx + len(token.text)
        )
        if match is None:
            return None, None, False
        verb = syntax.token_at(doc, match.end() - 1)
        if verb is not None and verb.dep_ == "acl":
            return None, None, False  # …と主張する中国は: a verb describing a noun tells nothing
        if _narrated_before_quote(token, match.start(), doc):
            return None, None, False
        subject = syntax.clause_subject(verb, mentions) if verb is not None else None
        if subject is not None and token.left_edge.idx <= subject.start < token.idx + len(
            token.text
        ):
            # …ウクライナの越境攻撃が「失敗した」と主張: what is said is said of the fact,
            # which the text takes as given (background), not as anyone's claim.
            return None, None, False
        speaker = subject.entity_id if subject is not None else None
        if verb is not None and speaker is None:
            # the speaker named between what is said and its verb, past its closing と
            between = [
                m for m in mentions
                if match.start() < m.start < match.end() and not _inside_what_is_said(m, verb)
            ]  # fmt: skip
            speaker = between[0].entity_id if between else None
        if verb is not None and (speaker is None or _inside_what_is_said(subject, verb)):
            # (a topic set off as the speaker, before a が-subject hung on the verb)
            speaker = _set_off_speaker(verb, token.idx, mentions)[0] or speaker
        if verb is not None and _new_topic_between(token, match.start(), mentions):
            # …に展開しており、EUは…と警告した: a speaker whose clause opens after the
            # fact speaks in a clause of its own, not the fact's.
            return None, None, False
    if verb is not None and verb.text in lex.report_nouns and _put_forward(_after(verb), lex):
        if views_a_later_clause(token, verb, mentions):
            return None, None, False  # …を訪れており、…の布石との見方: stated, then viewed
        return None, verb, True  # …可能性があるという見方が出ている: held by no one named
    if verb is not None and syntax.is_passive(verb):
        # と推定される, とされる: said, by no one named — unless someone named says so
        # (…が死傷したと推定されると明らかにした).
        outer_speaker, outer_verb, outer_quote = _parsed_frame(verb, mentions, lex)
        if outer_verb is not None and not syntax.is_passive(outer_verb):
            # …の情報機関、国家情報院は…と推定されると明らかにした: the topic the parser
            # hung inside the passive is the outer verb's speaker.
            start = _quote_start(outer_quote) if outer_quote is not None else verb.idx
            outer_speaker = outer_speaker or topic(doc, start, mentions, lex)[0]
            if outer_speaker is not None:
                return outer_speaker, verb, True
        return None, verb, False
    if _opens_on_unnamed(syntax.text_of(doc), mentions, lex):
        return None, verb, True  # 専門家は、ロシアは…と指摘: the expert speaks, unnamed
    if verb is not None and _states_with_to(verb):
        return _set_off_speaker(verb, before, mentions)
    # 国情院は、…が出たと推定した: the topic, hung inside the quote by the parser; never a
    # topic inside the quote itself (…イランも…供給していることを指摘した).
    speaker = speaker or topic(doc, before, mentions, lex)[0]
    if speaker is not None and _topic_is_judged(token, verb, lex):
        return None, verb, False  # 北朝鮮は…を送ったと指摘した: judged, by whom unsaid
    return speaker, verb, speaker is not None or _has_speaker(verb, doc, before, lex)


def _set_off_speaker(
    verb: Token, before: int, mentions: list[Mention]
) -> tuple[str | None, Token | None, bool]:
    """Who says a clause closed by とした: the sentence's first topic when set off as its
    speaker (国防省は、/ 国防省は20日、). A topic that is not (北朝鮮は…を得たもようだと
    した) is what the clause is about, and the speaker is left unsaid: the one the text
    named before."""
    doc = verb.doc
    first = next((t for t in doc if t.idx < before and syntax.particle(t) == "は"), None)
    if first is None:
        return None, verb, False
    # (past a closing bracket between the phrase and its は: …チーム(MSMT)は、)
    text = syntax.text_of(doc)
    after = text[text.find("は", first.idx + len(first.text)) + 1 :]
    if SPEAKER_TOPIC.match(after) is None:
        return None, verb, False
    mention = syntax.head_mention(first, mentions)
    return (mention.entity_id if mention else None), verb, True


def _narrated_before_quote(token: Token, quote_end: int, doc: Doc) -> bool:
    """金総書記は…と会談し、「…」と語った: the speaker's own words are the bracketed
    quote; the act told before it with no subject of its own is the speaker's act, told by
    the text (or by whoever the sentence credits), not something the speaker says."""
    text = syntax.text_of(doc)
    if quote_end < 0 or not text[:quote_end].endswith(("」", "』")):
        return False
    opened = text.rfind("「", 0, quote_end)
    if opened < 0 or token.idx >= opened or not text[:opened].endswith("、"):
        return False  # the act and the quote in one clause, or a title in brackets
    if _in_brackets(text, token.idx):
        return False  # 「…の輸送は事実」とし、「…」と述べた: inside an earlier quote
    if not text.startswith("と", quote_end):
        return False  # 「…条約」に基づく: a name in brackets, not words said
    own = [c for c in token.subtree if c.i < token.i and syntax.particle(c) == "が"]
    return not own


def _joined_speaker(token: Token, verb: Token, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The subject of a clause joined by a continuative form right before a bracketed
    quote (…が北朝鮮を訪問し、「…」と述べた), when the verb of saying has no subject of
    its own: who speaks."""
    closed = _closing_quote(token, verb)
    text = syntax.text_of(token.doc)
    opened = text.rfind("「", 0, closed)
    if closed < 0 or opened <= 0 or not text[:opened].endswith("、"):
        return None
    if any(c.dep_ == "nsubj" or syntax.particle(c) in ("が", "は") for c in verb.children
           if c.idx > opened):  # fmt: skip
        return None
    if topic(token.doc, opened, mentions, lex)[0] is not None:
        return None  # 国防部は、…を通じて、「…」: the topic speaks
    opening = syntax.token_at(token.doc, opened)
    if opening is None:
        return None
    return clauses.subject_of_the_clause_before(token.doc, opening, mentions, lex)


def _in_brackets(text: str, at: int) -> bool:
    """``at`` is inside a bracketed quote: one opened before it is not closed yet."""
    return text.rfind("「", 0, at) > text.rfind("」", 0, at)


def _inside_what_is_said(subject: Mention | None, verb: Token) -> bool:
    """The subject stands in the clause said, before its closing と, not between the
    clause and the verb of saying (…と朝鮮中央通信が伝えた: the teller)."""
    return subject is not None and "と" in syntax.text_of(verb.doc)[subject.end : verb.idx]


def _closing_quote(token: Token, verb: Token) -> int:
    """Where the last bracketed quote between an act and a verb of saying closes (-1:
    none)."""
    closed = syntax.text_of(token.doc).rfind("」", token.idx, verb.idx)
    return closed + 1 if closed >= 0 else -1


def _opens_on_unnamed(text: str, mentions: list[Mention], lex: Lexicon) -> bool:
    """The sentence opens on an unnamed teller as its topic (専門家は、/ 外交筋は): it is
    who speaks, not a state named later in what it says."""
    found = _UNNAMED_TOPIC(lex.unnamed_sources).match(text)
    return found is not None and not any(m.start < found.end() for m in mentions)


@cache
def _UNNAMED_TOPIC(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^[^、。「」]{{0,10}}?(?:{alternation(words)})(?:ら|たち)?は")


def _new_topic_between(token: Token, quote_end: int, mentions: list[Mention]) -> bool:
    """A は-phrase that is someone (EUは, not 北朝鮮兵の死者は) stands between the fact
    and the と closing what is said (the speaker's own は-phrase after it is no new one:
    …した、と例示通信は報じた)."""
    for t in token.doc[token.i + 1 :]:
        if t.idx >= quote_end:
            break
        mention = syntax.head_mention(t, mentions) if syntax.particle(t) == "は" else None
        if mention is not None and mention.start <= t.idx < mention.end:
            return True
    return False


def _report_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None, bool] | None:
    """(owner, report noun, whether an owner is named) when ``token``'s clause is quoted by
    a report noun (…が投入されたとする英国メディアの報道): the owner's claim, whoever
    speaks of the report (and denies it) in the rest of the sentence. An unowned view
    (…との見方を示した) is left to the verb of saying."""
    doc = token.doc
    after = token.idx + len(token.text)
    nouns = alternation(lex.report_nouns)
    found = re.compile(
        rf"[^、。「」]{{0,8}}?と(?:する|した|の|いう|される)(?P<owner>[^、。「」]{{0,16}}?の)?"
        rf"(?:{alternation(lex.report_qualifiers)})?(?P<noun>{nouns})"
    ).match(syntax.text_of(doc), after)
    if found is None:
        return None
    noun = syntax.token_at(doc, found.end("noun") - 1)
    if found.group("owner") is None:
        if _put_forward(syntax.text_of(doc)[found.end("noun") :], lex):
            return None, noun, True  # …との見方が出ている: a view no one named holds
        hearsay = lex.report_nouns[found.group("noun")] == "hearsay"
        return (None, noun, False) if hearsay else None
    owners = [
        m for m in mentions if found.start("owner") <= m.start and m.end <= found.end("owner")
    ]
    if not owners or found.group("owner").removesuffix("の").endswith(tuple(lex.never_a_state)):
        return None, noun, True  # 英国メディアの報道: the press speaks, not the state
    return owners[-1].entity_id, noun, True


def _after(token: Token) -> str:
    return syntax.text_of(token.doc)[token.idx + len(token.text) :]


def _put_forward(rest: str, lex: Lexicon) -> bool:
    """A view noun's clause says the view is about (が出ている, もある): no one holds it."""
    return bool(lex.views_put_forward) and bool(
        re.match(rf"[がもは](?:{alternation(lex.views_put_forward)})", rest)
    )


def _topic_is_judged(token: Token, verb: Token | None, lex: Lexicon) -> bool:
    """A verb of judging whose clause has no subject but the sentence's topic (北朝鮮は…を
    送り、…と指摘した): the topic did what is judged, someone unsaid judges it."""
    if verb is None or not any(verb.text.startswith(v) for v in lex.analysis_verbs):
        return False
    doc = token.doc
    subjects = [t for t in doc[: token.i] if syntax.particle(t) in ("が", "は", "では")]
    if len(subjects) != 1 or syntax.particle(subjects[0]) != "は" or subjects[0].left_edge.i:
        return False
    # 国情院は、… / 国情院は24日、… / 国情院は2025年1月、…: set off by a comma (after
    # when it spoke), the topic is the speaker.
    after = syntax.text_of(doc)[subjects[0].idx + len(subjects[0].text) + 1 :]
    return SPEAKER_TOPIC.match(after) is None and not set_off_by_venue(after, 0, lex)


def _has_speaker(verb: Token | None, doc: Doc, before: int, lex: Lexicon) -> bool:
    """A subject or topic phrase stands for the speaker, an entity or not — but not a
    document (報告書は…と推計している): it speaks for who published it."""
    phrases = [t for t in doc if t.idx < before and syntax.particle(t) == "は"]
    if verb is not None:
        phrases += [
            c for c in verb.children if c.dep_ == "nsubj" or syntax.particle(c) in ("が", "は")
        ]  # fmt: skip
    return any(not t.text.endswith(lex.documents) for t in phrases)


def _quote_start(quote: Token) -> int:
    """Where the quoted clause begins, leaving out a topic the parser hung inside it
    (韓国軍は、…可能性があるとしている: 韓国軍は is the speaker's, not the quote's)."""
    topics = {
        t.i for c in quote.children if syntax.particle(c) in ("は", "では") for t in c.subtree
    }
    # 浜田防衛相は会見し、北朝鮮が…と発表, 北朝鮮は…派兵したことを認めた: a topic that
    # opens the quoted span, before any subject of its own, is the sentence's (an embedded
    # clause takes が, not は): its phrase and what hangs between it and the quote's start.
    opening = [t for t in quote.subtree if syntax.particle(t) in ("は", "では")]
    subjects = [t.i for t in quote.subtree if syntax.particle(t) == "が"]
    if opening and (not subjects or opening[0].i < min(subjects)):
        topics |= set(range(quote.left_edge.i, opening[0].i + 1))
    inside = [t.idx for t in quote.subtree if t.i not in topics]
    return min(inside, default=quote.idx)


def _parsed_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None, Token | None]:
    """(speaker, verb of saying, the head of the clause it quotes) from the parse."""
    current = token
    for head in syntax.ancestors(token):
        entering = syntax.particle(current) or "".join(
            c.text for c in current.children if c.dep_ == "mark"
        )
        # The case particle alone: …派遣しているとされ has て (a mark) before its と.
        case = "".join(c.text for c in current.children if c.dep_ == "case" and c.i > current.i)
        # (…受け取っていると: the parser may mark て and と both.)
        entering = re.sub(r"^て(?:い[るた])?(?=と)", "", entering)
        quoted = entering.startswith(_QUOTE_PARTICLES) or case.startswith(_QUOTE_PARTICLES)
        quoted = quoted or current.dep_ == "ccomp"
        # …ことを認めた, …のを否定した: the fact made a noun is what is said.
        made_noun = current.text in (*_NOMINALISERS, *lex.hedge_objects) and entering in tuple(
            "をがはも"
        )
        # …可能性があるとしている: する with a clause quoted by と is a verb of saying.
        says_so = quoted and head.lemma_ == "する" and _is_clause(current)
        # …取得しようとしている: a volitional form before とする is an attempt, not a saying.
        says_so = says_so and not syntax.volitional(current)
        if (quoted or made_noun) and (is_speech(head, lex) or says_so):
            speaker = _subject_id(head, mentions)
            # 見方を示した, 明らかにした: the subject hangs on the verb after the noun; not
            # on the next clause's verb (…と非難し、イランも…と指摘した).
            if speaker is None and head.head.i != head.i and head.dep_ not in ("advcl", "conj"):
                speaker = _subject_id(head.head, mentions)
            # 監視チーム(…)は、…ロシアが…支援したと明らかにした: a topic set off as the
            # speaker tells the clause whose が-subject the parser hung on the verb (not a
            # speaker named after the clause: …と朝鮮中央通信が伝えた).
            subject = syntax.clause_subject(head, mentions)
            if subject is not None and _inside_what_is_said(subject, head):
                speaker = _set_off_speaker(head, current.idx, mentions)[0] or speaker
            return speaker, head, current
        current = head
    return None, None, None


def _is_clause(token: Token) -> bool:
    """A predicate (not a noun: 目標とする is no quote)."""
    return token.pos_ in ("VERB", "AUX", "ADJ") or any(c.dep_ == "aux" for c in token.children)


def _as_background(token: Token, text: str, lex: Lexicon) -> bool:
    """送ったのは…ためだと考えられる: the act is the topic, what is supposed is about it."""
    tail = re.sub(r"^(?:させ|さ|し)?(?:られ|れ)?た?", "", text[token.idx + len(token.text) :])
    # (A noun told as the topic, 派遣は…とみられる, is hedged: the hedge may be on it.)
    return tail.startswith(lex.background_endings) and not tail.startswith("は")


def _said_in_background(after: str, lex: Lexicon) -> bool:
    """The fact's clause ends on a passive of saying that holds background (とされる,
    と言われる), with no hearsay ending (という) after it."""
    clause = after.split("。")[0]
    return any(w in clause for w in lex.unowned_beliefs) and not any(
        h in clause for h in lex.hearsay
    )


def claim_for(
    token: Token, text: str, mentions: list[Mention], lex: Lexicon, event: bool = True
) -> Framed:
    """Source and status of the fact expressed at ``token`` in the sentence ``text`` (an
    event word, or with ``event`` false a count)."""
    speaker, speech, named = speech_frame(token, mentions, lex)
    credit = sentence_source(text, mentions, lex)
    status, said_by = marker_status(token, text, lex, speech)
    if status == "denied" and said_by is not None and speaker is None:
        # …の派遣を否定した: who denies it is who the denial is credited to.
        speaker = _subject_id(said_by, mentions) or topic(token.doc, said_by.idx, mentions)[0]
    source = speaker or credit.source
    verb = clauses.carrier(token, lex)
    if (
        status is None
        and verb.head.i != verb.i
        and verb in clauses.demanded_clauses(verb.head, lex)
    ):
        status = "possible"  # …を提供しないよう求めた: asked for (or against), not done
    negated = any(
        c.dep_ in ("aux", "advmod") and c.text in lex.negations
        for c in (*token.children, *(verb.children if verb is not token else ()))
    )  # (移転を行っていない: the light verb carrying the noun is negated)
    if negated and status is None:
        status = "denied"
    after = text[token.idx :]
    heard = after
    if speech is not None and named and source is None and speech.text in lex.report_nouns:
        heard = text[speech.idx :]  # …という見方が出ている: the view's という quotes it
    # An event told inside a clause describing a noun, or as the topic, is taken as given,
    # whatever the sentence then supposes about the noun or the topic (発射したミサイルに
    # …が使われたとみられる); a count is not (1万人を超える兵士が…とみられる: 超える only
    # measures the noun). What is said to be said (…について協議したという) is the rest.
    given = event and (syntax.describes_a_noun(token) or _as_background(token, text, lex))
    hearsay = not given and any(h in heard for h in lex.hearsay)
    # …派遣したとみられることが分かった: a belief inside the clause, before its noun, holds.
    scope = syntax.before_the_noun(token, text) if given else own_statement(token, after, mentions)
    belief = next((lex.beliefs[b] for b in lex.beliefs if b in scope), None)
    # (…を行うことも考えられる: the inference names the clause as a thing, こと, it
    # describes nothing given)
    inferred = any(w in after for w in lex.inferences if not given or w.startswith("こと"))
    if belief is None and event and inferred:
        belief = "possible"
    said = bool(source or credit.marked or hearsay or speech is not None)
    own_clause = after.split("、")[0]
    if status is None and belief == "possible" and any(b in own_clause for b in lex.beliefs):
        status = belief  # …を提供しているとみられるという: a possibility, whoever tells it
    if status is None:
        status = "reported" if said else (belief or "asserted")
    # A fact credited to no one named (…という) continues who the paragraph credits; one
    # whose speaker or source is named, entity or not (軍事専門家は…と指摘, 消息筋によると),
    # does not.
    # …を派遣したとされており: background the writer says is said, no one's account
    # continued (not the agency the sentence before quoted).
    unowned = speech is not None and not named and _said_in_background(after, lex)
    unnamed = hearsay or (speech is not None and not named and not unowned)
    credited = source is not None or (unnamed and not credit.marked)
    return Framed(Claim(source=source, status=status, credited=credited), speech, named)
