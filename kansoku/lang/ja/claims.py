"""Who says so, and how sure the text is: the Japanese claim reader.

Three ways a Japanese sentence credits a claim: a source named before によると/によれば
(the whole sentence is theirs); a speech verb whose と-clause holds the fact (国情院は
…と明らかにした: the speaker is the verb's subject); and hearsay endings (という,
とされる) that make it reported without naming anyone. How sure: words on the path from
the fact to the end of its clause (可能性, 方針, 予定), negation on its verb, and a verb
of denial that takes the fact as its object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import Claim

_QUOTE_PARTICLES = ("と", "との", "という", "とする", "とし", "と発表", "って")


@dataclass(frozen=True)
class Framed:
    """A claim, and the verb of saying that frames it (None when none does)."""

    claim: Claim
    speech_token: Token | None = None


def sentence_source(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The entity named before によると / によれば, if any."""
    for marker in lex.source_markers:
        at = text.find(marker)
        if at <= 0:
            continue
        before = [m for m in mentions if m.end <= at and at - m.end <= 12]
        if before:
            return max(before, key=lambda m: m.end).entity_id
    return None


def is_speech(token: Token, lex: Lexicon) -> bool:
    """A verb of saying, including 明らかにした where GiNZA heads the clause with し."""

    def says(tok: Token) -> bool:
        return any(tok.text.startswith(v) or tok.lemma_.startswith(v) for v in lex.speech_verbs)

    if says(token):
        return True
    if token.lemma_ in lex.judging_verbs:
        return not any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in token.children)
    return token.lemma_ in ("する", "す") and any(says(c) for c in token.children if c.i < token.i)


def _subject_id(token: Token, mentions: list[Mention]) -> str | None:
    mention = syntax.clause_subject(token, mentions)
    return mention.entity_id if mention else None


def topic(doc: Doc, before: int, mentions: list[Mention]) -> tuple[str | None, list[str]]:
    """The sentence's topic (its first は-phrase naming an entity) if it comes before
    character ``before``, and the phrases joined to it with と: Japanese leaves the topic
    unsaid in every clause it governs."""
    for tok in doc:
        if tok.idx >= before:
            break
        if syntax.particle(tok) in ("は", "では", "も"):
            mention = syntax.head_mention(tok, mentions)
            if mention:
                partners = [syntax.head_mention(p, mentions) for p in syntax.coordinated(tok)]
                return mention.entity_id, [p.entity_id for p in partners if p]
    return None, []


@cache
def _quote_end(speech_verbs: tuple[str, ...]) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(speech_verbs, key=len, reverse=True))
    # …と明らかにした / …との見方を示した / …と、ロシアのメディアが17日、明らかにした
    return re.compile(rf"と(?:の[^、。]{{0,6}}を|、[^。]{{0,30}}?)?(?:{verbs})")


def speech_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None]:
    """(speaker, speech verb) when ``token`` sits in the と-clause of a verb of saying.

    The parse says so when the clause hangs on the verb with と; when a clause joined
    with て/し hides that (…を派遣し、…と明らかにした), a と + verb of saying later in
    the sentence frames it, and the speaker is that verb's subject or the topic.
    """
    speaker, verb = _parsed_frame(token, mentions, lex)
    if verb is not None:
        # 国情院は、…が出たと推定した: the topic, hung inside the quote by the parser.
        return speaker or topic(token.doc, token.idx, mentions)[0], verb
    doc = token.doc
    text = doc.text
    match = _quote_end(lex.speech_verbs).search(text, token.idx + len(token.text))
    if match is None:
        return None, None
    verb = syntax.token_at(doc, match.end() - 1)
    speaker = _subject_id(verb, mentions) if verb is not None else None
    if speaker is None:  # the speaker named between the quote and its verb
        between = [m for m in mentions if match.start() < m.start < match.end()]
        speaker = between[0].entity_id if between else None
    return speaker or topic(doc, token.idx, mentions)[0], verb


def _parsed_frame(
    token: Token, mentions: list[Mention], lex: Lexicon
) -> tuple[str | None, Token | None]:
    current = token
    for head in syntax.ancestors(token):
        entering = syntax.particle(current) or "".join(
            c.text for c in current.children if c.dep_ == "mark"
        )
        quoted = entering.startswith(_QUOTE_PARTICLES) or current.dep_ == "ccomp"
        if quoted and is_speech(head, lex):
            speaker = _subject_id(head, mentions)
            # 見方を示した, 明らかにした: the subject hangs on the verb after the noun.
            if speaker is None and head.head.i != head.i:
                speaker = _subject_id(head.head, mentions)
            return speaker, head
        current = head
    return None, None


def _marker_status(token: Token, text: str, lex: Lexicon, stop: Token | None) -> str | None:
    """possible / planned / denied from the words after the fact in its own clause."""
    words = []
    current = token
    for head in syntax.ancestors(token):
        # A clause joined with て/し/が is a separate statement: 非難しているが、…否定して
        # いる does not make the accusation a denial.
        if (stop is not None and head.i == stop.i) or current.dep_ in ("advcl", "conj"):
            break
        words.append(head.text + head.lemma_)
        current = head
    # The tail of the fact's own bunsetsu (派遣する方針, 投入へ) is read as text.
    tail = text[token.idx + len(token.text) : token.idx + len(token.text) + 8]
    tail = tail.split("、")[0].split("。")[0]
    joined = "".join(words) + "|" + tail
    for status in ("denied", "possible", "planned"):
        if any(marker in joined for marker in lex.status_markers[status]):
            return status
    if tail.endswith("へ") or text.rstrip("。 ").endswith(("へ", "か", "か?", "か？")):
        return "planned" if tail.endswith("へ") else "possible"
    return None


def claim_for(token: Token, text: str, mentions: list[Mention], lex: Lexicon) -> Framed:
    """Source and status of the fact expressed at ``token`` in the sentence ``text``."""
    speaker, speech = speech_frame(token, mentions, lex)
    source = speaker or sentence_source(text, mentions, lex)
    status = _marker_status(token, text, lex, speech)
    negated = any(c.dep_ in ("aux", "advmod") and c.text in lex.negations for c in token.children)
    if negated and status is None:
        status = "denied"
    if status is None:
        after = text[token.idx :]
        hearsay = any(h in after for h in lex.hearsay)
        status = "reported" if (source or hearsay or speech is not None) else "asserted"
    return Framed(Claim(source=source, status=status), speech)
