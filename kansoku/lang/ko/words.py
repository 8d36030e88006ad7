"""The Korean lexicon (``data/lang/ko/lexicon.yaml``), typed, and Kiwi's morphemes.

Kiwi (kiwipiepy, with the kiwipiepy-model package from PyPI: nothing is downloaded at run
time) splits each sentence into morphemes with Sejong tags; the reader needs three
things from them: where a clause ends (a connective, final or adnominal ending), whether
an event noun is passive (파병+되: was dispatched) and where a predicate stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kansoku.reading import TriggerEntry

# Endings that close a clause: connective (고, 며), final (다), the sentence's full stop
# and a headline's ellipsis (조약 비준…김정은 서명). An adnominal ending (준수할 것을, 체결한
# 조약을) closes a relative clause inside the clause, not the clause: what stands before
# the relative clause can be the main verb's (북한과 러시아에 결의를 준수할 것을 촉구했다).
CLAUSE_ENDS = frozenset({"EC", "EF", "SF", "SE"})
# A comma ends a clause too (北 노광철과 회담, 김정은도 접견); Kiwi tags it SP.
COMMA = ","
ADNOMINAL = "ETM"


@dataclass(frozen=True)
class Morph:
    form: str
    tag: str
    start: int
    end: int


@cache
def _kiwi() -> Any:
    from kiwipiepy import Kiwi  # loads its model (about a second): only for Korean text

    return Kiwi()


def morphemes(texts: list[str]) -> list[list[Morph]]:
    """Each text's morphemes, offsets into that text."""
    kiwi = _kiwi()
    return [
        [Morph(t.form, t.tag, t.start, t.start + t.len) for t in kiwi.tokenize(text)]
        for text in texts
    ]


@dataclass(frozen=True)
class TriggerSpec:
    entry: TriggerEntry
    roles: dict[str, str]
    needs: tuple[str, ...]
    troops_only: bool = False  # an event only with troops in its clause
    # what it is when it moves goods instead (러시아로 향한 컨테이너: a shipment)
    cargo: TriggerSpec | None = None
    # what it is when troops do it (북한군 병력이 쿠르스크에 도착했다: a deployment, not a visit)
    troops: TriggerSpec | None = None
    # what it is when workers, not troops, do it (노동자들이 …공장에 투입됐다: workers sent)
    workers: TriggerSpec | None = None
    # a reaction naming no one takes the addressee of the clause joined after it (우려를
    # 표명하면서 북한에 …을 촉구했다)
    shares_addressee: bool = False
    # what a bare or made-in name's phrase is, that name's state sends or moves (북한 노동자
    # 수천 명이 파견됐다, 북한산 포탄이 수출됐다; 러시아 건설 현장에: whither)
    sends: bool = False
    # a meeting whose noun is where the clause's subjects speak (…은 4일 회담에서 …을
    # 논의했다): they held it
    held: bool = False
    # an intransitive whose subject undergoes it, as in the passive (포탄이 러시아로
    # 넘어갔다: the shells went over; their state sent them)
    undergone: bool = False
    # the party its adnominal form describes does it, past the clause's subject (김
    # 위원장이 평양을 방문한 러시아 대표단을 접견했다: the delegation visits)
    described_acts: bool = False
    # an event only when the clause names whom or where it is aimed at (…에서 열리는
    # 포럼에 참석: a visit to where the forum is held; 회의에 참석: nothing told)
    needs_target: bool = False
    # an event only when its clause names one of these words (a tanker's port call: 유조선이
    # …항에 입항했다 is an oil shipment; a warship's is none of this word's)
    clause_needs: tuple[str, ...] = ()
    # earning, being paid (…을 벌어들였다): the subject receives, the 로부터-phrase or whom
    # the act paid for was aimed at gives
    earns: bool = False


def _alternation(words: Iterable[str], gap: str | None = None) -> re.Pattern[str]:
    """Any of ``words``, longest first; a phrase's words may have ``gap`` between them (비준서를
    4일 교환했다: the day the act was done, told inside the phrase)."""
    between = rf" (?:(?:{gap}) )?" if gap else " "
    return re.compile(
        "|".join(
            between.join(map(re.escape, w.split(" "))) for w in sorted(words, key=len, reverse=True)
        )
    )


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, TriggerSpec]
    trigger_pattern: re.Pattern[str]
    phrase_gap: re.Pattern[str]  # what a phrase's words may have between them: its day
    roles: dict[str, str]
    particles: tuple[str, ...]  # every particle, longest first
    suffixes: tuple[str, ...]
    made_in: tuple[str, ...]  # where a thing was made (러시아산): no party to what is done
    instruments: tuple[str, ...]  # by which a passive act is done (정령으로 비준됐다)
    state_titles: dict[str, str]  # titles only one state has (국무위원장: PRK)
    speech_acts: frozenset[str]  # categories a quote performs for its speaker (지지할 것)
    passive_markers: tuple[str, ...]
    case_particles: frozenset[str]
    # 회담 뒤, 발사 직후: nouns of time after an event noun that make it another verb's
    # adverbial (an act told as a moment, not told again)
    time_nouns: frozenset[str]
    light_verbs: tuple[str, ...]
    adverbs: frozenset[str]  # between an event noun and the verb carrying it (더욱 강화)
    receiving_markers: tuple[str, ...]
    speech_verbs: re.Pattern[str]
    # a verb of saying joined to the rest of its sentence (…고 밝히며 사진을 공개했다;
    # …다며, …"라며): what comes before it is said
    speech_connectives: re.Pattern[str]
    # …다는 게 국정원의 판단이다: the nouns of a view whose owner says the clause before
    view_nouns: tuple[str, ...]
    # …가 제출한 자료에 따르면: what a source marker may name, owned by who gave it out
    report_nouns: tuple[str, ...]
    publishing_verbs: tuple[str, ...]  # 보고서를 공개했다: who gives out a document
    # …것으로 파악됐다, 추정된다: found or judged by someone unnamed (the paragraph's source)
    unnamed_findings: tuple[str, ...]
    # verbs of saying that also take a thing as their object (정령을 발표했다), and the
    # objects that stand for what was said (이같이, 사실을)
    object_verbs: frozenset[str]
    told_objects: tuple[str, ...]
    confirming_verbs: frozenset[str]  # 파병을 확인했다: the act named is the finding told
    # …보냈다는 보도에 대해: a claim named by its noun (→ how sure), as what is answered
    claim_nouns: dict[str, str]
    negations: frozenset[str]  # 보내지 않았다, 안 보냈다: the event's own verb negated
    # 보내면, 보낼 경우: the event's own verb under a condition (possible)
    conditional_endings: frozenset[str]
    conditional_nouns: frozenset[str]
    reaction_frames: tuple[str, ...]
    answered_frames: tuple[str, ...]  # …가 …한 데 대해 반박했다: the clause answered ends
    view_origins: tuple[str, ...]  # …는 분석이 X에서 나왔다: X holds the view
    views_put_forward: tuple[str, ...]  # …다는 X의 분석이 나왔다: X holds the view
    pointing_objects: tuple[str, ...]  # what was said is the sentence before (이같이 밝혔다)
    pointing_determiners: tuple[str, ...]  # 이같은 내용을: a noun told, the one before
    hearsay: frozenset[str]  # verbs of saying that name no one (…다고 한다)
    home_offices: tuple[str, ...]  # unnamed offices of the publishing state (정부 소식통)
    # 그는, 이 당국자는: a teller named by a pronoun or a demonstrative, the one before
    anaphoric_tellers: tuple[str, ...]
    # 더불어민주당 의원은: a body of one state only, naming its member's state
    body_states: dict[str, str]
    # 러시아 주재 북한 대사: the name before it is where its holder is posted, not whose
    posted_in: tuple[str, ...]
    not_subjects: frozenset[str]  # 추가 파병을: nouns ending as a subject's particle does
    denied_anaphora: tuple[str, ...]  # 이를 일축했다, 이 같은 보도를: the sentence before
    source_markers: tuple[str, ...]
    never_a_state: frozenset[str]
    mute_heads: frozenset[str]  # 북한군 사상자는 …고 밝혔다: a topic that tells nothing
    # 북한 소식통, 러시아 현지 소식통: a teller located in the state written bare before
    # it, a witness there, not the state's voice (unlike 미국 정부 소식통)
    located_tellers: frozenset[str]
    unnamed_tellers: frozenset[str]  # who closes a headline unnamed (…외신, …소식통)
    status_markers: dict[str, tuple[str, ...]]
    estimate_words: tuple[str, ...]
    # 다음 달, 내년: a time still to come, before a verb quoted in the present (방문한다고)
    coming_times: tuple[str, ...]
    anaphora: tuple[str, ...]
    turns: tuple[str, ...]
    reactions: tuple[str, ...]  # 이에 대해 …: a reaction to what was told, no one going on
    both_words: tuple[str, ...]  # 두 의원은, 양 간사는: both of those named with the title
    pair_words: dict[str, str]
    short_forms: dict[str, str]
    troop_words: tuple[str, ...]
    worker_words: tuple[str, ...]
    definite_references: dict[str, str]  # 통신 → the kind of entity it refers back to
    person_titles: tuple[str, ...]  # longest first
    date_verbs: frozenset[str]  # connectives that only end a date's phrase (올해 들어)
    # nouns acting for the name written bare before them (북한 대표단이), longest first
    agent_nouns: tuple[str, ...]
    # connectives that go on with the same subject (방문해 …을 할, 보냈으며 …): a clause
    # with no subject of its own takes the subject of the clause they close
    chaining_endings: frozenset[str] = frozenset()
    held_particles: tuple[str, ...] = ()  # 회담에서: where the clause's subjects met
    caption_openers: tuple[str, ...] = ()  # [사진] …: a photo's caption
    circumstance_words: tuple[str, ...] = ()  # 회담 뒤: when, not what, it was said
    purpose_endings: tuple[str, ...] = ()  # 지원하기 위해 보냈다: the sending's aim
    explaining_endings: tuple[str, ...] = ()  # …보냈다는 것이다: what was told, spelt out
    # words after an event noun that make it an occasion or a price, not an act told
    # (조약 체결 1주년을 맞아, 파병 대가로)
    occasion_words: tuple[str, ...] = ()
    # category → nouns an event word of it qualifies (전투 부대: a unit, not combat)
    modifier_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    news_endings: tuple[str, ...] = ()  # …다는 소식입니다: news heard, reported
    before_the_report: tuple[str, ...] = ()  # 지금까지, 앞서: not the report's month
    background_endings: tuple[str, ...] = ()  # 파병한 이후: what a span counts from
    rejecting_word: str = ""  # the trigger whose meaning a spoken denial has (부인)
    # categories whose act by a person or an office is that one's word (…을 일축했다)
    voiced: tuple[str, ...] = ()
    moved_alike: tuple[str, ...] = ()  # categories one telling of troops moved can take
    occasion_verbs: tuple[str, ...] = ()  # an occasion held (열리는 포럼): its date is kept
    report_goes_on: tuple[str, ...] = ()  # 통신에 따르면: the report before goes on
    resident_words: tuple[str, ...] = ()  # 주한 러시아대사: an envoy posted in the country
    # forms that tell who says so across sentences (``tellers.py``): name → its words
    teller_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    home_state: str | None = None  # the state a Korean page's unnamed officials speak for
    # unnamed tellers (``unnamed.py``): a teller phrase's last noun → its generic teller,
    # which generic tellers speak for the state or body their phrase names, the words of a
    # state-run press, the circles a view is held in, the teller of a view no one holds
    unnamed_teller_heads: dict[str, str] = field(default_factory=dict)
    owner_speaking_tellers: dict[str, str] = field(default_factory=dict)
    state_run_words: tuple[str, ...] = ()
    state_presses: frozenset[str] = frozenset()  # states whose whole press is state-run
    teller_circles: tuple[str, ...] = ()
    unheld_view_teller: str | None = None
    leading_tellers: frozenset[str] = frozenset()

    def find_triggers(self, text: str) -> list[tuple[int, int, str]]:
        """The longest event word at each position, but for one inside a longer one found
        before (회담 in 정상회담); one overlapping the end of another is kept (경제공동위원회:
        제공 and 공동위원회; the reader drops a word straddling two nouns)."""
        found: list[tuple[int, int, str]] = []
        for start in range(len(text)):
            m = self.trigger_pattern.match(text, start)
            if m is None or any(
                s <= start < e and (m.end() <= e or " " in form) for s, e, form in found
            ):  # (축전을 보내: a phrase's last word is its own, no 보내 of its own)
                continue
            found.append((start, m.end(), self.phrase_gap.sub(" ", m.group())))
        return found

    def particle_after(self, text: str, end: int) -> str | None:
        """The particle closing the word that a name ending at ``end`` begins (북한군은:
        은), past a suffix of the name's (군, 측), and past a gloss in brackets (유럽연합(EU)은,
        보안국(SBU)이: the name before the gloss, or the gloss itself, takes it)."""
        gloss = _GLOSS.match(text, end)
        end = gloss.end() if gloss else end
        rest = re.match(r"[\uac00-\ud7a3]*", text[end:])
        word = rest.group() if rest else ""
        # 에 대해, 에 의해: a particle with its second word, before the particle alone.
        two = re.match(r"[\uac00-\ud7a3]* [\uac00-\ud7a3]+", text[end:])
        for suffix in ("", *self.suffixes):
            if two and two.group().startswith(suffix) and two.group()[len(suffix) :] in self.roles:
                return two.group()[len(suffix) :]
        for suffix in ("", *self.suffixes):
            if word.startswith(suffix) and word[len(suffix) :] in self.particles:
                return word[len(suffix) :] or None
        # 북한군 3천여 명이: the particle on the count of the named troops.
        counted = self.count_particle(text, end)
        if not word and counted:
            return counted
        # 쇼이구 서기가, 김정은 국무위원장과: the particle on the title after a name; past
        # one or two bare words between (쇼이구 안보회의 서기가; 북한 박정천 비서는: an
        # official the gazetteer does not know acts for the state named before him).
        words = _TITLED.match(text, end)
        if word or words is None:
            return None
        for n, title_word in enumerate(words.group().split()[:3]):
            between = words.group().split()[:n]
            if any(w in self.posted_in or w.endswith(_NOT_BETWEEN) for w in between):
                return None
            title = next((t for t in self.person_titles if title_word.startswith(t)), None)
            rest_of_title = title_word[len(title) :] if title else None
            if rest_of_title in self.particles:
                return rest_of_title or None
        return self._titled_stranger(words.group().split())

    def _titled_stranger(self, following: list[str]) -> str | None:
        """러시아 국방차관 유누스벡 옙쿠로프가: a title then a name the gazetteer does not
        know, after a bare state name: the state takes the name's particle."""
        titled = [i for i, w in enumerate(following[:2]) if w.endswith(self.person_titles)]
        if not titled or following[0].endswith(_NOT_BETWEEN):
            return None  # (러시아 하원 부의장 이리나 야로바야는: a body, then the title)
        for word in following[titled[0] + 1 :]:
            particle = next((p for p in _STRANGER_PARTICLES if word.endswith(p)), None)
            if particle is not None and len(word) > len(particle) + 1:
                return particle
            if word.endswith(_NOT_BETWEEN):
                return None
        return None

    def count_particle(self, text: str, at: int) -> str | None:
        """The particle on a count of people written right at ``at`` (북한군 3천여 명이,
        북한군 병력 수천 명이: after the name or a noun acting for it)."""
        counted = _COUNTED.match(text, at)
        return counted.group(1) if counted and counted.group(1) in self.particles else None


# A title after a name, past up to two bare words (a body, an unknown official's name).
_TITLED = re.compile(r"(?: [\uac00-\ud7a3]+){1,3}")
# Endings of a word between a name and a title that make it no bare noun (an object, an
# owner, a place, a subject, a verb's adnominal: 러시아 방문을 마친 최 외무상은, 러시아
# 정부는 대변인을 통해).
_NOT_BETWEEN = (
    "을",
    "를",
    "에",
    "서",
    "로",
    "한",
    "된",
    "던",
    "는",
    "은",
    "이",
    "가",
    "도",
    "과",
    "와",
    "할",
    "될",
    "고",
    "며",
    "면",
)

# Particles closing a name written after its title (…차관 유누스벡 옙쿠로프가); not 이,
# which ends many names (세르게이).
_STRANGER_PARTICLES = ("은", "는", "가", "도", "을", "를", "과", "와", "에게")

# A gloss in brackets after a name, or the bracket closing a gloss that is the name.
_GLOSS = re.compile(r"\)|\([^()]{1,24}\)")

# A count of people right after a name (북한군 3천여 명이, 북한군 1만2000명은), or of bodies
# and ships after a noun acting for it (러시아 기업 11곳에, 러시아 선박 4척을).
# (북한군 수백 명이: a count in words, 수십·수백·수천·수만, too)
_COUNTED = re.compile(
    r" (?:약 |최소 )?(?:[0-9][0-9,.]*(?:만|천|백)?[0-9,.]*(?:만|천|백)?|수[십백천만]{1,2})"
    r"여? ?(?:명|곳|척|개)([\uac00-\ud7a3]+)"
)


def _spec(spec: dict[str, Any]) -> TriggerSpec:
    return TriggerSpec(
        entry=TriggerEntry(
            spec["type"], spec.get("mode"), spec.get("target"), None, spec.get("measure")
        ),
        roles=dict(spec.get("roles") or {}),
        needs=tuple(spec.get("needs") or ()),
        troops_only=bool(spec.get("troops_only")),
        cargo=_spec(spec["cargo"]) if spec.get("cargo") else None,
        troops=_spec(spec["troops"]) if spec.get("troops") else None,
        workers=_spec(spec["workers"]) if spec.get("workers") else None,
        shares_addressee=bool(spec.get("shares_addressee")),
        sends=bool(spec.get("sends")),
        held=bool(spec.get("held")),
        undergone=bool(spec.get("undergone")),
        described_acts=bool(spec.get("described_acts")),
        needs_target=bool(spec.get("needs_target")),
        clause_needs=tuple(spec.get("clause_needs") or ()),
        earns=bool(spec.get("earns")),
    )


def _adnominal(stem: str) -> str:
    """The past adnominal of a verb stem (말하 → 말한, 밝히 → 밝힌, 덧붙이 → 덧붙인): ㄴ
    added under its last syllable."""
    last = stem[-1]
    if not ("\uac00" <= last <= "\ud7a3") or (ord(last) - 0xAC00) % 28:
        return stem
    return stem[:-1] + chr(ord(last) + 4)


def _said_forms(stems: Iterable[str]) -> list[str]:
    """Verbs of saying closing a sentence with an auxiliary: …고 말한 바 있다 (has said),
    …고 강조하기도 했다 (also stressed)."""
    return [
        form
        for stem in stems
        for form in (_adnominal(stem) + " 바 있", stem + "기도 했", stem + "기도 하")
    ]


def _connectives(stems: Iterable[str], endings: Iterable[str]) -> re.Pattern[str]:
    """A verb of saying joined to what follows (…고 밝히며, …고 지적하면서), or an ending
    that says by itself (…다며, …"라며)."""
    joined = [stem + ending for stem in stems for ending in ("며 ", "면서 ", "고 ")]
    return re.compile(
        rf"(?<=고 )(?:{'|'.join(map(re.escape, joined))})"
        + "".join(f"|{re.escape(e)}" for e in endings)
    )


def load_lexicon(data: dict[str, Any]) -> Lexicon:
    triggers = {str(form): _spec(spec) for form, spec in data["triggers"].items()}
    particles = [str(p) for p in data.get("particles") or ()] + list(data["roles"])
    return Lexicon(
        triggers=triggers,
        trigger_pattern=_alternation(triggers, data.get("phrase_gap")),
        phrase_gap=re.compile(rf" (?:{data.get('phrase_gap') or '(?!)'}) "),
        roles={str(k): str(v) for k, v in data["roles"].items()},
        particles=tuple(sorted(set(particles), key=len, reverse=True)),
        suffixes=tuple(str(s) for s in data.get("suffixes") or ()),
        made_in=tuple(str(s) for s in data.get("made_in") or ()),
        instruments=tuple(str(s) for s in data.get("instruments") or ()),
        state_titles={str(k): str(v) for k, v in (data.get("state_titles") or {}).items()},
        passive_markers=tuple(data["passive_markers"]),
        case_particles=frozenset(data["case_particles"]),
        time_nouns=frozenset(data.get("time_nouns") or ()),
        light_verbs=tuple(data["light_verbs"]),
        adverbs=frozenset(data.get("adverbs") or ()),
        receiving_markers=tuple(data["receiving_markers"]),
        **_claim_words(data),
        **_reference_words(data),
    )


def _claim_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words of saying and claiming: speech verbs, tellers, status and source markers."""
    speech_stems = [str(s) for s in data.get("speech_stems") or ()]
    object_stems = [str(s) for s in data.get("object_stems") or ()]
    return {
        "speech_acts": frozenset(data.get("speech_acts") or ()),
        "speech_verbs": _alternation([*data["speech_verbs"], *_said_forms(speech_stems)]),
        "speech_connectives": _connectives(speech_stems, data.get("speech_connectives") or ()),
        "view_nouns": tuple(data.get("view_nouns") or ()),
        "report_nouns": tuple(data.get("report_nouns") or ()),
        "publishing_verbs": tuple(data.get("publishing_verbs") or ()),
        "unnamed_findings": tuple(data.get("unnamed_findings") or ()),
        "object_verbs": frozenset([*data["object_verbs"], *_said_forms(object_stems)]),
        "told_objects": tuple(data["told_objects"]),
        "confirming_verbs": frozenset(data.get("confirming_verbs") or ()),
        "claim_nouns": {str(k): str(v) for k, v in (data.get("claim_nouns") or {}).items()},
        "reaction_frames": tuple(data.get("reaction_frames") or ()),
        "answered_frames": tuple(data.get("answered_frames") or ()),
        "view_origins": tuple(data.get("view_origins") or ()),
        "views_put_forward": tuple(data.get("views_put_forward") or ()),
        "negations": frozenset(data.get("negations") or ()),
        "conditional_endings": frozenset(data.get("conditional_endings") or ()),
        "conditional_nouns": frozenset(data.get("conditional_nouns") or ()),
        "hearsay": frozenset(data["hearsay"]),
        "home_offices": tuple(data["home_offices"]),
        "anaphoric_tellers": tuple(
            sorted(data.get("anaphoric_tellers") or (), key=len, reverse=True)
        ),
        "body_states": {str(k): str(v) for k, v in (data.get("body_states") or {}).items()},
        "posted_in": tuple(data.get("posted_in") or ()),
        "not_subjects": frozenset(data.get("not_subjects") or ()),
        "denied_anaphora": tuple(data.get("denied_anaphora") or ()),
        "source_markers": tuple(data["source_markers"]),
        "never_a_state": frozenset(data["never_a_state"]),
        "mute_heads": frozenset(data.get("mute_heads") or ()),
        "located_tellers": frozenset(data.get("located_tellers") or ()),
        "unnamed_tellers": frozenset(data.get("unnamed_tellers") or ()),
        "status_markers": {k: tuple(v) for k, v in data["status_markers"].items()},
        "estimate_words": tuple(data["estimate_words"]),
        "coming_times": tuple(data.get("coming_times") or ()),
        "unnamed_teller_heads": {
            str(k): str(v) for k, v in (data.get("unnamed_teller_heads") or {}).items()
        },
        "owner_speaking_tellers": {
            str(k): str(v) for k, v in (data.get("owner_speaking_tellers") or {}).items()
        },
        "state_run_words": tuple(str(w) for w in data.get("state_run_words") or ()),
        "state_presses": frozenset(str(w) for w in data.get("state_presses") or ()),
        "teller_circles": tuple(
            sorted((str(w) for w in data.get("teller_circles") or ()), key=len, reverse=True)
        ),
        "unheld_view_teller": data.get("unheld_view_teller"),
        "leading_tellers": frozenset(str(w) for w in data.get("leading_tellers") or ()),
    }


def _reference_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words that point at what the text named: anaphora, short forms, titles, troops."""
    return {
        "pointing_objects": tuple(data["pointing_objects"]),
        "pointing_determiners": tuple(data.get("pointing_determiners") or ()),
        "anaphora": tuple(data["anaphora"]),
        "turns": tuple(data["turns"]),
        "reactions": tuple(data.get("reactions") or ()),
        "both_words": tuple(data.get("both_words") or ()),
        "pair_words": dict(data["pair_words"]),
        "short_forms": {
            str(k): str(v)
            for k, v in {**data["short_forms"], **(data.get("korean_names") or {})}.items()
        },
        "troop_words": tuple(data["troop_words"]),
        "worker_words": tuple(data.get("worker_words") or ()),
        "definite_references": dict(data["definite_references"]),
        "person_titles": tuple(sorted(data["person_titles"], key=len, reverse=True)),
        "date_verbs": frozenset(data["date_verbs"]),
        "agent_nouns": tuple(sorted(data["agent_nouns"], key=len, reverse=True)),
        "chaining_endings": frozenset(str(e) for e in data.get("chaining_endings") or ()),
        "held_particles": tuple(str(p) for p in data.get("held_particles") or ()),
        "caption_openers": tuple(str(p) for p in data.get("caption_openers") or ()),
        "circumstance_words": tuple(str(w) for w in data.get("circumstance_words") or ()),
        "purpose_endings": tuple(str(w) for w in data.get("purpose_endings") or ()),
        "explaining_endings": tuple(str(w) for w in data.get("explaining_endings") or ()),
        "rejecting_word": str(data.get("rejecting_word") or ""),
        "voiced": tuple(data.get("voiced") or ()),
        "moved_alike": tuple(data.get("moved_alike") or ()),
        "occasion_verbs": tuple(data.get("occasion_verbs") or ()),
        "report_goes_on": tuple(data.get("report_goes_on") or ()),
        "resident_words": tuple(data.get("resident_words") or ()),
        "modifier_heads": {
            str(k): tuple(str(w) for w in v) for k, v in (data.get("modifier_heads") or {}).items()
        },
        "news_endings": tuple(str(w) for w in data.get("news_endings") or ()),
        "before_the_report": tuple(str(w) for w in data.get("before_the_report") or ()),
        "background_endings": tuple(str(w) for w in data.get("background_endings") or ()),
        "teller_forms": {
            str(k): tuple(str(w) for w in v) for k, v in (data.get("teller_forms") or {}).items()
        },
        "home_state": next(
            iter(((data.get("home_government") or {}).get("words") or {}).values()), None
        ),
        "occasion_words": tuple(
            sorted((str(w) for w in data.get("occasion_words") or ()), key=len, reverse=True)
        ),
    }
