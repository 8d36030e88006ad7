"""The Japanese lexicon (``data/lang/ja/lexicon.yaml`` and ``units.yaml``), typed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kansoku.lang.items import ItemWords, item_words
from kansoku.reading import TriggerEntry


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first (一昨年 before
    昨年). Built once per list: sentences are read by the thousand."""
    return _alternation(tuple(words))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class TriggerSpec:
    """A trigger word: what it means, and how its sentence is read."""

    entry: TriggerEntry
    roles: dict[str, str]  # particle → role, overriding the lexicon's table for this word
    needs: tuple[str, ...]  # a noun that is an event only when one of these verbs carries it
    speaker_is_actor: bool  # the event is the speaker's judgement of the clause's subject
    troops: TriggerEntry | None = None  # what it means when its subject is troops
    troops_only: bool = False  # an event only when its subject is troops
    guests_only: bool = False  # an event only when who is there is workers or troops
    envoys: TriggerEntry | None = None  # what it means when what it sends is envoys
    items_only: bool = False  # an event only when what it moves names an item
    after_name: bool = False  # an event only right after a name (平壌入り)
    giver_named: bool = False  # an event only when its から-phrase names the giver


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, TriggerSpec]
    trigger_pattern: re.Pattern[str]
    roles: dict[str, str]
    # particle → role for every word of a category, under the word's own (AID: a から-
    # phrase names where what moves comes from)
    category_roles: dict[str, dict[str, str]]
    passive_roles: dict[str, str]
    passive_destinations: tuple[str, ...]
    light_verbs: frozenset[str]
    receive_verbs: tuple[str, ...]
    using_verbs: tuple[str, ...]  # their subject has the use of their object: receives it
    furthering_verbs: tuple[str, ...]  # a transfer as their subject goes to their object's owner
    speech_verbs: tuple[str, ...]
    judging_verbs: tuple[str, ...]
    source_markers: tuple[str, ...]
    unnamed_sources: tuple[str, ...]  # longest first
    never_a_state: frozenset[str]
    views_put_forward: tuple[str, ...]  # 見方が出ている: a view held, no one holding it
    sign_nouns: tuple[str, ...]  # 兆候, 形跡: what is seen, or not, of a fact
    unseen_endings: tuple[str, ...]  # (兆候は)見られない: none is seen
    hearsay: tuple[str, ...]
    beliefs: dict[str, str]  # ending → the status it gives
    inferences: tuple[str, ...]  # endings of the writer's inference about an act
    status_markers: dict[str, tuple[str, ...]]
    negations: frozenset[str]
    listing_marks: tuple[str, ...]  # …したり、…したり: acts listed under one ending
    joining_words: frozenset[str]  # と, や, ・: names joined into one phrase
    kept_up: tuple[str, ...]  # a reaction pledged to go on (注視していきたい)
    demands: tuple[str, ...]  # verbs whose よう-clause is what they ask for
    demanded: tuple[str, ...]  # the endings of that clause (提供しないよう)
    clause_nouns: tuple[str, ...]  # a noun whose comma closes a clause (…した場合、)
    hedges: tuple[str, ...]
    credit_endings: tuple[str, ...]
    anaphora: tuple[str, ...]
    denied_anaphora: tuple[str, ...]  # これを否定: what a denial points back with
    quoting_verbs: tuple[str, ...]  # 「…」と述べ: a quote told as the speaker's own words
    headline_credits: tuple[str, ...]  # a headline closed by 〜が確認: who says it
    clause_breaks: tuple[str, ...]  # a joined clause ending so is a statement of its own
    agreed_to: tuple[str, ...]  # …することで合意: the fact is what is agreed, yet to come
    agreement_occasions: tuple[str, ...]  # 会談し、…で一致: the talks are not agreed
    report_nouns: dict[str, str]  # noun quoting a clause → hearsay or view
    ongoing_endings: tuple[str, ...]  # after an event word: going on over time
    background_endings: tuple[str, ...]  # after an event word: told as background
    before_the_report: tuple[str, ...]  # これまでに, かつて: before the report, not its month
    about_markers: tuple[str, ...]  # after a phrase: what something is about
    place_nouns: tuple[str, ...]  # after a name: a place near it
    conflict_nouns: frozenset[str]  # after a name: a war or situation named after it
    origin_suffixes: tuple[str, ...]  # after a name: where a thing was made
    compound_particles: tuple[str, ...]  # に加えて、について: no clause ends at their comma
    reference_dates: tuple[str, ...]  # after a date: since (a reference with a comparison)
    comparisons: tuple[str, ...]
    reference_clauses: tuple[str, ...]  # after a clause: it sets a time for another
    judging_words: tuple[str, ...]  # their object is an act judged: not dated by them
    deadlines: tuple[str, ...]  # after a date: by then (年末までに), no date of the act
    after_words: tuple[str, ...]  # after a point (会談の後、): the act came later
    dated_endings: tuple[str, ...]  # after a date that opens a sentence: it dates the act
    dated_topic_openers: tuple[str, ...]  # before an act's word as topic (今回の訪問は)
    documents: tuple[str, ...]  # what a source publishes: a report, a paper, a statement
    publishing_verbs: tuple[str, ...]
    obtaining_verbs: tuple[str, ...]
    analysis_verbs: tuple[str, ...]  # verbs of judging others' acts, never one's own
    turns: tuple[str, ...]
    same_as_before: dict[str, frozenset[str]]  # noun after 同 → the entity kinds it means
    home_bare: dict[str, str]  # 政府 alone → Japan's government
    home_state: str  # whose press writes so (JPN): another state's press means its own
    home_titles: dict[str, str]  # 官房長官, whoever holds it → Japan's government
    future_words: tuple[str, ...]
    past_endings: tuple[str, ...]
    person_titles: tuple[str, ...]
    kanji_family_names: frozenset[str]  # 申, 趙: a kanji run starting so can be a name
    kanji_name_titles: tuple[str, ...]  # person_titles and the posts after a kanji name
    occasion_nouns: tuple[str, ...]  # 際, 時: a clause describing one dates the act done at it
    vehicle_words: tuple[str, ...]  # 列車, 貨物船: what enters a country pays no visit
    spokesman_titles: tuple[str, ...]  # posts that speak for the organisation named before
    pair_words: dict[str, str]
    military_endings: tuple[str, ...]
    troop_words: tuple[str, ...]
    envoy_words: ItemWords  # one item, "envoys": who a state sends on a visit
    statement_occasions: tuple[str, ...]  # 記者会見: 12日の記者会見で dates the telling
    acknowledging_verbs: tuple[str, ...]  # 認め: …したことを認めた tells an earlier act
    function_nouns: frozenset[str]
    between_nouns: tuple[str, ...]
    # light and receiving verbs together, for one str.startswith per token (read often)
    carrier_verbs: tuple[str, ...] = ()
    period_openers: tuple[str, ...] = ()  # after a date: since its start (今年に入って)
    destination_nouns: tuple[str, ...] = ()  # after a name: bound for it (北朝鮮向け)
    fact_nouns: tuple[str, ...] = ()  # a clause before them is the fact told (…した事実)
    announcing_verbs: tuple[str, ...] = ()  # 訪問すると発表: a non-past act before them
    acts_announced_ahead: frozenset[str] = frozenset()  # categories such an act is planned in
    undertaking_verbs: tuple[str, ...] = ()  # 派兵に踏み切った: their に-phrase is the act
    open_questions: tuple[str, ...] = ()  # 踏み切るかどうか: whether it happens is open
    speech_acts: frozenset[str] = frozenset()  # categories a speaker does by saying so
    acts_by_saying: tuple[str, ...] = ()  # CONCEDE, THREATEN: a speaker doing one tells none
    purpose_nouns: tuple[str, ...] = ()  # ため, 目的: the clause before one is another act's aim
    unsaid_sides: frozenset[str] = frozenset()  # categories whose unsaid side is told before
    shared_counterparts: frozenset[str] = frozenset()  # acts with the topic's counterpart
    placing_sequels: tuple[str, ...] = ()  # 配備: where a transfer's goods were put, no new act
    moved_people: tuple[str, ...] = ()  # troops: people sent, then committed (a second act)
    accords: frozenset[str] = frozenset()  # categories whose parties a group name gives
    accusing_words: tuple[str, ...] = ()  # 非難: its object act's doer is accused
    statement_nouns: tuple[str, ...] = ()  # …を非難する共同声明: its issuer accuses
    intent_nouns: tuple[str, ...] = ()  # 送る考えを示した: an act intended, yet to come
    speaking_venues: tuple[str, ...] = ()  # 国会情報委員会で、: where a topic speaks
    guest_words: tuple[str, ...] = ()  # 労働者, 兵: who a state has working abroad
    loading_words: tuple[str, ...] = ()  # 積み込: cargo taken on where the ship called
    port_calls: tuple[str, ...] = ()  # 寄港: …に寄港し、…を積み出した names where
    delegation_nouns: tuple[str, ...] = ()  # 代表団: a subject whose leader acts for it
    leading_words: tuple[str, ...] = ()  # が率いる, を団長とする: its leader named before
    absent_plans: tuple[str, ...] = ()  # 計画: 訪問する計画はない denies the visit
    report_qualifiers: tuple[str, ...] = ()  # 一部: …との一部報道 is still the report
    designating: frozenset[str] = frozenset()  # categories that designate bodies (freezes)
    quoted_denials: tuple[str, ...] = ()  # 事実無根: a denial when it is the quoted answer
    answering_verbs: tuple[str, ...] = ()  # 「…」と回答した: the quote is the answer
    asking_nouns: tuple[str, ...] = ()  # …の取材に: the outlet asked, no party to the act
    relation_nouns: tuple[str, ...] = ()  # 協力: no act as what is talked about (協力を巡り)
    relation_acts: tuple[str, ...] = ()  # 強化: 協力を強化 carries the relation on (an act)
    forbidding_verbs: tuple[str, ...] = ()  # 禁じ: 受け入れを禁じている names no act done
    hedge_objects: tuple[str, ...] = ()  # 可能性: …した可能性を指摘した is the speaker's claim
    designated_nouns: tuple[str, ...] = ()  # 団体, 個人: bodies a measure designates
    measuring_verbs: tuple[str, ...] = ()  # 相当: …に相当する砲弾 measures, does nothing
    time_conditions: tuple[str, ...] = ()  # 交換した時点で発効する: the point it waits for
    state_run: tuple[str, ...] = ()  # 国営: a state's own press speaks for it
    state_press: dict[str, frozenset[str]] = field(default_factory=dict)  # media: [PRK]
    announcing_words: tuple[str, ...] = ()  # こう, 次のように: the quote comes next
    finished_words: tuple[str, ...] = ()  # 会談を終えた: the act told before, done
    unowned_beliefs: tuple[str, ...] = ()  # とされる: background, no one's account continued
    reciprocal_words: tuple[str, ...] = ()  # 相互に: done for each other
    reciprocal_endings: tuple[str, ...] = ()  # 支援し合う: done for each other
    commitment_words: tuple[str, ...] = ()  # ことで合意, 義務: what a pact binds the sides to
    # 専門家 → experts: a generic teller by the noun ending an unnamed teller's phrase
    unnamed_tellers: dict[str, str] = field(default_factory=dict)
    teller_particles: tuple[str, ...] = ()  # 専門家の間では, アナリストは: how it hangs
    unheld_view_teller: str | None = None  # …という見方が出ている, held by no one named
    unheld_view_nouns: tuple[str, ...] = ()  # 観測, 声: views besides the report nouns'
    # unnamed-officials → owned: which generic tellers speak for the owner in their phrase
    owner_speaking_tellers: dict[str, str] = field(default_factory=dict)

    def find_triggers(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of every trigger word in ``text``, longest form first."""
        return [(m.start(), m.end(), m.group()) for m in self.trigger_pattern.finditer(text)]

    def categories_in(self, text: str) -> tuple[str, ...]:
        """The categories of every trigger word in ``text``, in order, once each."""
        seen: dict[str, None] = {}
        for _, _, form in self.find_triggers(text):
            seen.setdefault(self.triggers[form].entry.category)
        return tuple(seen)

    def denied_part(self, text: str) -> str:
        """The part of ``text`` a denial in it can speak of: what comes before its last
        denial word, since the denied thing is the verb's object and comes first (…を否定
        したが、北朝鮮が供給していることは明らか: the supply after it is not denied).
        The whole text when it denies nothing."""
        ends = [
            end for _, end, form in self.find_triggers(text)
            if self.triggers[form].entry.mode == "denial"
        ]  # fmt: skip
        return text[: ends[-1]] if ends else text

    def own_press(self, state: str | None, phrase: str) -> bool:
        """The phrase names a kind of teller that, of ``state``, is all the state's
        (北朝鮮メディア: its press; not 北朝鮮の専門家)."""
        return any(
            state in self.state_press.get(generic, ())
            for noun, generic in self.unnamed_tellers.items()
            if noun in phrase
        )


def _trigger(spec: dict[str, Any]) -> TriggerSpec:
    troops, envoys = spec.get("troops"), spec.get("envoys")
    return TriggerSpec(
        entry=TriggerEntry(
            spec["type"],
            spec.get("mode"),
            spec.get("target"),
            TriggerEntry(spec["aimed"]["type"], spec["aimed"].get("mode"))
            if "aimed" in spec
            else None,
            spec.get("measure"),
        ),
        roles=dict(spec.get("roles") or {}),
        needs=tuple(spec.get("needs") or ()),
        speaker_is_actor=bool(spec.get("speaker_is_actor")),
        troops=TriggerEntry(troops["type"], troops.get("mode")) if troops else None,
        troops_only=bool(spec.get("troops_only")),
        guests_only=bool(spec.get("guests_only")),
        envoys=TriggerEntry(envoys["type"], envoys.get("mode")) if envoys else None,
        items_only=bool(spec.get("items_only")),
        after_name=bool(spec.get("after_name")),
        giver_named=bool(spec.get("giver_named")),
    )


def load_lexicon(data: dict[str, Any]) -> Lexicon:
    triggers = {str(form): _trigger(spec) for form, spec in data["triggers"].items()}
    forms = sorted(triggers, key=len, reverse=True)  # the longest form at a position wins
    return Lexicon(
        triggers=triggers,
        trigger_pattern=re.compile("|".join(re.escape(f) for f in forms)),
        roles=dict(data["roles"]),
        category_roles={k: dict(v) for k, v in (data.get("category_roles") or {}).items()},
        passive_roles=dict(data["passive_roles"]),
        passive_destinations=tuple(data["passive_destinations"]),
        light_verbs=frozenset(data["light_verbs"]),
        receive_verbs=tuple(data["receive_verbs"]),
        using_verbs=tuple(data["using_verbs"]),
        furthering_verbs=tuple(data["furthering_verbs"]),
        anaphora=tuple(data["anaphora"]),
        clause_breaks=tuple(data["clause_breaks"]),
        place_nouns=tuple(data["place_nouns"]),
        conflict_nouns=frozenset(data["conflict_nouns"]),
        origin_suffixes=tuple(data["origin_suffixes"]),
        compound_particles=tuple(data["compound_particles"]),
        turns=tuple(data["turns"]),
        same_as_before={noun: frozenset(kinds) for noun, kinds in data["same_as_before"].items()},
        person_titles=tuple(sorted(data["person_titles"], key=len, reverse=True)),
        kanji_family_names=frozenset(data["kanji_family_names"]),
        occasion_nouns=tuple(data["occasion_nouns"]),
        kanji_name_titles=tuple(
            sorted({*data["person_titles"], *data["kanji_name_titles"]}, key=len, reverse=True)
        ),
        vehicle_words=tuple(data["vehicle_words"]),
        pair_words=dict(data["pair_words"]),
        military_endings=tuple(data["military_endings"]),
        troop_words=tuple(data["troop_words"]),
        envoy_words=item_words({"envoys": data.get("envoy_words") or ()}),
        function_nouns=frozenset(data["function_nouns"]),
        between_nouns=tuple(data["between_nouns"]),
        carrier_verbs=tuple(sorted(set(data["light_verbs"]) | set(data["receive_verbs"]))),
        destination_nouns=tuple(data.get("destination_nouns") or ()),
        undertaking_verbs=tuple(data.get("undertaking_verbs") or ()),
        accords=frozenset(data.get("accords") or ()),
        **_claim_words(data),
        **_date_words(data),
    )


def _claim_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words of telling and judging: who says so, how sure, what is asked or denied."""
    return {
        "speech_verbs": tuple(data["speech_verbs"]),
        "judging_verbs": tuple(data["judging_verbs"]),
        "source_markers": tuple(data["source_markers"]),
        "unnamed_sources": tuple(sorted(data["unnamed_sources"], key=len, reverse=True)),
        "never_a_state": frozenset(data["never_a_state"]),
        "views_put_forward": tuple(data.get("views_put_forward") or ()),
        "sign_nouns": tuple(data.get("sign_nouns") or ()),
        "unseen_endings": tuple(data.get("unseen_endings") or ()),
        "hearsay": tuple(data["hearsay"]),
        "beliefs": dict(data["beliefs"]),
        "inferences": tuple(data["inferences"]),
        "status_markers": {k: tuple(v) for k, v in data["status_markers"].items()},
        "negations": frozenset(data["negations"]),
        "listing_marks": tuple(data["listing_marks"]),
        "joining_words": frozenset(data["joining_words"]),
        "kept_up": tuple(data["kept_up"]),
        "demands": tuple(data["demands"]),
        "demanded": tuple(data["demanded"]),
        "clause_nouns": tuple(data["clause_nouns"]),
        "hedges": tuple(data["hedges"]),
        "credit_endings": tuple(data["credit_endings"]),
        "denied_anaphora": tuple(data["denied_anaphora"]),
        "quoting_verbs": tuple(data.get("quoting_verbs") or ()),
        "headline_credits": tuple(data["headline_credits"]),
        "agreed_to": tuple(data["agreed_to"]),
        "agreement_occasions": tuple(data.get("agreement_occasions") or ()),
        "report_nouns": dict(data["report_nouns"]),
        "documents": tuple(sorted(data["documents"], key=len, reverse=True)),
        "publishing_verbs": tuple(data["publishing_verbs"]),
        "obtaining_verbs": tuple(data.get("obtaining_verbs") or ()),
        "analysis_verbs": tuple(data["analysis_verbs"]),
        "home_bare": dict(data["home_references"]["bare"]),
        "home_state": str(data["home_references"]["state"]),
        "home_titles": dict(data["home_references"]["titles"]),
        "spokesman_titles": tuple(data["spokesman_titles"]),
        "statement_occasions": tuple(data.get("statement_occasions") or ()),
        "acknowledging_verbs": tuple(data.get("acknowledging_verbs") or ()),
        "fact_nouns": tuple(data.get("fact_nouns") or ()),
        "announcing_verbs": tuple(data.get("announcing_verbs") or ()),
        "acts_announced_ahead": frozenset(data.get("acts_announced_ahead") or ()),
        "open_questions": tuple(data.get("open_questions") or ()),
        "speech_acts": frozenset(data.get("speech_acts") or ()),
        "acts_by_saying": tuple(data.get("acts_by_saying") or ()),
        "purpose_nouns": tuple(data.get("purpose_nouns") or ()),
        "unsaid_sides": frozenset(data.get("unsaid_sides") or ()),
        "shared_counterparts": frozenset(data.get("shared_counterparts") or ()),
        "placing_sequels": tuple(data.get("placing_sequels") or ()),
        "moved_people": tuple(data.get("moved_people") or ()),
        "accusing_words": tuple(data.get("accusing_words") or ()),
        "statement_nouns": tuple(data.get("statement_nouns") or ()),
        "unowned_beliefs": tuple(data.get("unowned_beliefs") or ()),
        "intent_nouns": tuple(data.get("intent_nouns") or ()),
        "time_conditions": tuple(data.get("time_conditions") or ()),
        "state_run": tuple(data.get("state_run") or ()),
        "state_press": {k: frozenset(v) for k, v in (data.get("state_press") or {}).items()},
        "announcing_words": tuple(data.get("announcing_words") or ()),
        "reciprocal_words": tuple(data.get("reciprocal_words") or ()),
        "reciprocal_endings": tuple(data.get("reciprocal_endings") or ()),
        "commitment_words": tuple(data.get("commitment_words") or ()),
        "unnamed_tellers": dict(data.get("unnamed_tellers") or {}),
        "teller_particles": tuple(data.get("teller_particles") or ()),
        "unheld_view_teller": data.get("unheld_view_teller"),
        "unheld_view_nouns": tuple(data.get("unheld_view_nouns") or ()),
        "owner_speaking_tellers": dict(data.get("owner_speaking_tellers") or {}),
        "finished_words": tuple(data.get("finished_words") or ()),
        "speaking_venues": tuple(data.get("speaking_venues") or ()),
        "guest_words": tuple(data.get("guest_words") or ()),
        "loading_words": tuple(data.get("loading_words") or ()),
        "port_calls": tuple(data.get("port_calls") or ()),
        "delegation_nouns": tuple(data.get("delegation_nouns") or ()),
        "leading_words": tuple(data.get("leading_words") or ()),
        "absent_plans": tuple(data.get("absent_plans") or ()),
        "report_qualifiers": tuple(data.get("report_qualifiers") or ()),
        "designating": frozenset(data.get("designating") or ()),
        "quoted_denials": tuple(data.get("quoted_denials") or ()),
        "answering_verbs": tuple(data.get("answering_verbs") or ()),
        "asking_nouns": tuple(data.get("asking_nouns") or ()),
        "relation_nouns": tuple(data.get("relation_nouns") or ()),
        "relation_acts": tuple(data.get("relation_acts") or ()),
        "forbidding_verbs": tuple(data.get("forbidding_verbs") or ()),
        "hedge_objects": tuple(data.get("hedge_objects") or ()),
        "designated_nouns": tuple(data.get("designated_nouns") or ()),
        "measuring_verbs": tuple(data.get("measuring_verbs") or ()),
    }


def _date_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words that tell whose date a date is: background, reference dates, deadlines."""
    return {
        "ongoing_endings": tuple(data["ongoing_endings"]),
        "background_endings": tuple(data["background_endings"]),
        "before_the_report": tuple(data.get("before_the_report") or ()),
        "about_markers": tuple(data["about_markers"]),
        "reference_dates": tuple(data["reference_dates"]),
        "comparisons": tuple(data["comparisons"]),
        "reference_clauses": tuple(data["reference_clauses"]),
        "deadlines": tuple(data["deadlines"]),
        "after_words": tuple(data["after_words"]),
        "dated_endings": tuple(data["dated_endings"]),
        "dated_topic_openers": tuple(data["dated_topic_openers"]),
        "judging_words": tuple(data["judging_words"]),
        "future_words": tuple(data["future_words"]),
        "past_endings": tuple(data["past_endings"]),
        "period_openers": tuple(data.get("period_openers") or ()),
    }
