"""The Japanese analyser: GiNZA's dependency parse, run only where a fact can be.

GiNZA is loaded once per process and without its NER component: entities come from the
gazetteer, and NER took two thirds of the parse time while labelling this domain poorly
(the Pentagon as food); nor with the components that only fill ``Doc.user_data`` (below).
The reader sends it only the sentences that can carry a fact — a trigger word or a
counted number the readers can use — and ``nlp.pipe`` batches them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

# GiNZA's components the readers never look at. ``bunsetu_recognizer`` only writes phrase
# and clause tables into ``Doc.user_data`` (about 2% of the parse time) besides taking the
# ``_bunsetu`` marks off the dependency labels, which ``_strip_bunsetu`` does alone;
# ``compound_splitter`` does nothing with the model's split mode (null), and the
# tokenizer's sub-tokens (a second and third Sudachi split of each word) exist only for it.
# The parses are the same, label for label (tests/lang/ja and the sample exports).
_UNUSED = ["ner", "compound_splitter", "bunsetu_recognizer"]
_BUNSETU = "_bunsetu"


@cache
def japanese_parser() -> Any:
    """GiNZA's tokenizer, tagger and dependency parser; loaded once per process (about
    1.5 s and 500 MB), multiplying with numpy's BLAS (:func:`multiply_with_numpy_blas`)."""
    import spacy

    nlp = spacy.load("ja_ginza", exclude=_UNUSED)
    multiply_with_numpy_blas(nlp)
    tokenizer: Any = nlp.tokenizer  # spaCy's JapaneseTokenizer (over SudachiPy)
    tokenizer.need_subtokens = False
    return nlp


def multiply_with_numpy_blas(nlp: Any) -> None:
    """Make ``nlp``'s networks multiply matrices through numpy's BLAS (OpenBLAS) instead of
    thinc's default, the blis package, on one thread.

    Nearly all of the parse is the tok2vec's matrix products, and on the machines measured
    here (AMD EPYC) the blis wheel ran them 3× slower than OpenBLAS on one thread. The
    parses are the same, label for label (the sample exports are identical). One thread:
    the engines already run one process per core, and more would only fight over them.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    numpy_blas = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for node in component.model.walk() if hasattr(component, "model") else ():
            node.ops = numpy_blas


def parse(texts: Sequence[str], batch_size: int = 64) -> list[Doc]:
    """spaCy Docs for ``texts`` (one per sentence), in order."""
    if not texts:
        return []
    return [
        _rehang_subjects(_strip_bunsetu(doc))
        for doc in japanese_parser().pipe(texts, batch_size=batch_size)
    ]


def _strip_bunsetu(doc: Doc) -> Doc:
    """The labels as GiNZA's bunsetu_recognizer leaves them: the parser marks the head of
    each bunsetsu by a suffix (nsubj_bunsetu), which it takes off."""
    for token in doc:
        dep = token.dep_
        if dep.endswith(_BUNSETU):
            token.dep_ = dep[: -len(_BUNSETU)]
    return doc


# A day written as one token (1日 is read ついたち, and 20日 at times), as news datelines
# give it, or a time word standing alone (部隊が先月、…入りした; 同日、…).
_DAY_TOKEN = re.compile(
    r"^(?:[0-9０-９]{1,2}日|先月|今月|来月|先週|今週|来週|昨年|今年|来年|昨日|今日|明日"
    r"|同日|同月|同年|翌日|前日|当日|きのう|きょう|あす)$"
)


def _rehang_subjects(doc: Doc) -> Doc:
    """Undo one systematic misparse of news sentences: in 米政府は1日、…と発表した the
    model hangs the subject on the one-token day instead of the verb the day modifies,
    which loses who spoke (and whether troops move: 部隊が先月、…入りした). A day is never
    a predicate, so its subject is its head's."""
    for token in doc:
        head = token.head
        day = head is not token and head.dep_ in ("obl", "advmod") and _is_day(head)
        if day and token.dep_ == "nsubj" and head.head is not head:
            token.head = head.head
        elif _subject_cut_off(token) and (main := _clause_above(head)) is not None:
            comma = next(t.i for t in doc[token.i + 1 : head.i] if t.text == "、")
            # …が今月、: the words between the subject and the comma go with it
            for word in [t for t in doc[token.i : comma] if t.head.i == head.i]:
                word.head = main
        elif (quoted := _quoted_before_teller(token)) is not None:
            token.head = quoted
        elif (above := _hung_on_a_noun_before(token)) is not None:
            token.head, token.dep_ = above, "advcl"
    return doc


def _hung_on_a_noun_before(token: Token) -> Token | None:
    """例示国は8日、…を発見したと明らかにしていた: a predicate the model hung as a
    loose dependent on the topic noun before it, though Japanese puts every head after its
    dependents, depends on what that noun depends on (the verb of saying), when that comes
    after it."""
    head = token.head
    if token.dep_ != "dep" or token.pos_ != "VERB" or head is token or head.i >= token.i:
        return None
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.head is head:
        return None
    return head.head if head.head.i > token.i else None


def _has_case(token: Token, particle: str) -> bool:
    return any(c.dep_ == "case" and c.text == particle and c.i > token.i for c in token.children)


def _quoted_before_teller(token: Token) -> Token | None:
    """国防相は6日、…と会談したと朝鮮中央通信が伝えた: a は-topic the model hung on the
    verb of telling, though that verb has its own が-subject after the quoted clause, is the
    quoted clause's subject (the teller is the が-phrase)."""
    head = token.head
    if token.dep_ not in ("nsubj", "dislocated") or head is token or not _has_case(token, "は"):
        return None
    quoted = [
        c for c in head.children
        if token.i < c.i < head.i and c.dep_ in ("advcl", "ccomp")
        and any(m.text == "と" and m.dep_ in ("mark", "case") for m in c.children)
    ]  # fmt: skip
    tellers = [
        c for c in head.children
        if c.dep_ == "nsubj" and _has_case(c, "が") and quoted and c.i > quoted[-1].i
    ]  # fmt: skip
    return quoted[-1] if tellers else None


def _subject_cut_off(token: Token) -> bool:
    """ロシア軍が今月、北朝鮮から供与されたミサイルを発射した: a が-subject the parser hung
    on a passive relative clause though a comma stands between them is the main verb's
    (a relative clause keeps its subject next to it)."""
    head = token.head
    if token.dep_ != "nsubj" or head.dep_ != "acl" or head.i <= token.i:
        return False
    if not any(c.dep_ == "case" and c.text == "が" for c in token.children):
        return False
    passive = any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in head.children)
    return passive and any(t.text == "、" for t in token.doc[token.i + 1 : head.i])


def _clause_above(acl: Token) -> Token | None:
    """The predicate the noun a relative clause describes depends on."""
    current = acl.head
    while current.head is not current:
        current = current.head
        if current.pos_ in ("VERB", "ADJ") or any(c.dep_ == "aux" for c in current.children):
            return current
    return None


def _is_day(token: Token) -> bool:
    """A day as one token (20日, 先月), or as a number and 日 read apart (11 + 日)."""
    if _DAY_TOKEN.match(token.text):
        return True
    return token.text == "日" and any(
        c.dep_ == "nummod" and c.i == token.i - 1 for c in token.children
    )
