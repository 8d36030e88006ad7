"""Short articles written in the style of real Japanese reports on the topic (wire copy,
broadcasters' sites, Korean outlets' Japanese editions), read for issue #8's classes of
unseen pages: events told with a light verb in the continuative form (会談を行い、),
speakers whose subject the parser hung on a day written in two tokens (11 + 日), accusations
giving their reason with として, a denier's own act denied, dates that are reference points
(since-phrases, deadlines, the day of a denial) and dates told in the sentence after the
act. Every article was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def by_trigger(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


# ---------------------------------------------------------------- light verbs, joined acts


def test_a_summit_held_in_a_joined_clause_is_the_topics(facts):
    doc = facts(
        "プーチン大統領は19日、平壌で金正恩総書記と首脳会談を行い、有事の際の相互援助を"
        "盛り込んだ条約に署名した。",
        "2024-06-20",
    )
    summit = by_trigger(doc, "首脳会談")
    assert (summit.type, summit.actor, summit.target) == (
        "CONSULT",
        "vladimir-putin",
        "kim-jong-un",
    )
    assert text_date(summit) == "2024-06-19"


def test_an_accord_signed_after_a_meeting_is_made_with_the_other_side(facts):
    doc = facts(
        "ロシアのベロウソフ国防相は3日、モスクワで北朝鮮の労働党幹部と会談し、協定に署名した。",
        "2025-04-04",
    )
    signing = by_trigger(doc, "署名")
    assert signing.type == "AGREE"
    assert signing.target is not None and signing.target != signing.actor
    assert text_date(signing) == "2025-04-03"


def test_an_attack_carried_by_the_continuative_light_verb(facts):
    doc = facts(
        "ウクライナ空軍によると、ロシア軍は7日未明、北朝鮮製のミサイルでキーウに攻撃を行い、"
        "市民4人が死亡した。",
        "2025-02-08",
    )
    attack = by_trigger(doc, "攻撃")
    assert (attack.type, attack.actor, attack.target) == (
        "ASSAULT",
        "russian-armed-forces",
        "UKR",
    )


def test_a_meeting_held_and_a_plain_meeting_with_no_joined_clause(facts):
    doc = facts(
        "ロシアの国防相は27日、平壌で北朝鮮の国防相と会談を行い、軍事協力の強化で一致した。",
        "2025-03-01",
    )
    meeting = by_trigger(doc, "会談")
    assert (meeting.type, meeting.actor, meeting.target) == ("CONSULT", "RUS", "PRK")
    assert text_date(meeting) == "2025-02-27"


# ---------------------------------------------------------------- who says so


def test_a_speaker_whose_day_is_read_in_two_tokens_still_speaks(facts):
    # The parser hangs ウクライナ検察当局 on 日 and ロシア軍が on the verb of saying.
    doc = facts(
        "ウクライナ検察当局は11日、ロシア軍が先月、北朝鮮製の弾道ミサイルを使ってキーウを"
        "攻撃したと発表した。",
        "2025-02-12",
    )
    attack = by_trigger(doc, "攻撃")
    assert (attack.actor, attack.source, attack.status) == (
        "russian-armed-forces",
        "UKR",
        "reported",
    )
    assert text_date(attack) == "2025-01"


def test_an_accusation_giving_its_reason_with_toshite_is_the_speakers(facts):
    doc = facts(
        "米国務省の報道官は16日、ロシアが北朝鮮に防空システムを提供したとして非難した。",
        "2024-12-17",
    )
    accusation = by_trigger(doc, "非難")
    assert (accusation.type, accusation.actor, accusation.target) == (
        "ACCUSE",
        "us-department-of-state",
        "RUS",
    )
    supply = by_trigger(doc, "提供")
    assert (supply.actor, supply.target, supply.source) == ("RUS", "PRK", "us-department-of-state")


def test_the_reason_clause_of_an_accusation_of_two_states(facts):
    doc = facts(
        "米国務省は28日、北朝鮮がロシアに砲弾を供給しているとして、両国を非難した。",
        "2025-03-01",
    )
    accusation = by_trigger(doc, "非難")
    assert accusation.actor == "us-department-of-state"
    assert accusation.target in ("PRK", "RUS")


# ---------------------------------------------------------------- denials


def test_a_denier_denies_its_own_act_named_with_no_actor(facts):
    doc = facts(
        "北朝鮮、ロシアへの派兵を否定\n"
        "北朝鮮外務省の次官は24日、談話を発表し、ロシアへの派兵をめぐる報道を「根拠のない"
        "話だ」と否定した。",
        "2024-10-25",
    )
    denied = [e for e in doc.events if e.type == "AID" and e.status == "denied"]
    assert denied, doc.events
    assert denied[0].actor in ("PRK", "north-korean-foreign-ministry")
    assert denied[0].target == "RUS"
    # The day of the denial is no date of the dispatch it denies.
    assert text_date(denied[0]) is None


def test_a_denied_act_with_its_own_actor_keeps_it(facts):
    doc = facts("ロシア外務省は25日、北朝鮮兵の派遣をめぐる報道を否定した。", "2024-10-26")
    denied = by_trigger(doc, "派遣")
    assert denied.status == "denied"
    assert denied.actor in ("PRK", "korean-peoples-army")
    assert text_date(denied) is None


# ---------------------------------------------------------------- reference dates


def test_a_since_date_a_clause_describes_is_no_date_of_the_act(facts):
    doc = facts(
        "ロシアがウクライナ侵攻を始めた2022年以降、北朝鮮はロシアに大量の砲弾を供給してきた。",
        "2025-03-05",
    )
    supply = by_trigger(doc, "供給")
    assert (supply.actor, supply.target) == ("PRK", "RUS")
    assert (supply.date_start, supply.date_basis) == (None, None)


def test_an_act_since_another_event_has_neither_its_date_nor_the_reports(facts):
    doc = facts("6月の条約締結以来、北朝鮮はロシアに約1万1000人の兵士を派遣した。", "2024-12-10")
    dispatch = by_trigger(doc, "派遣")
    assert (dispatch.actor, dispatch.target) == ("PRK", "RUS")
    assert (dispatch.date_start, dispatch.date_basis) == (None, None)


def test_an_act_after_a_dated_meeting_is_not_dated_by_it(facts):
    doc = facts("北朝鮮は2023年9月の首脳会談の後、ロシアへの武器供与を本格化させた。", "2025-01-20")
    supply = by_trigger(doc, "武器供与")
    assert (supply.actor, supply.target) == ("PRK", "RUS")
    assert (supply.date_start, supply.date_basis) == (None, None)


def test_a_since_date_of_the_acts_own_period_still_dates_it(facts):
    doc = facts(
        "英国の研究機関は20日、ロシアが今年4月以降、北朝鮮に80万バレルを超える石油製品を"
        "供給したとの分析を公表した。",
        "2024-12-21",
    )
    supply = by_trigger(doc, "供給")
    assert (supply.actor, supply.target) == ("RUS", "PRK")
    assert text_date(supply) == "2024-04"


def test_a_deadline_is_no_date_of_the_act(facts):
    doc = facts(
        "韓国政府は、北朝鮮が来年3月までにロシアに追加の部隊を送る可能性があるとみている。",
        "2024-12-10",
    )
    sending = by_trigger(doc, "送")
    assert (sending.actor, sending.target, sending.status) == ("PRK", "RUS", "possible")
    assert sending.date_start is None


def test_a_range_closed_by_made_is_no_deadline(facts):
    doc = facts(
        "韓国国家情報院によると、北朝鮮の特殊部隊約1500人が今月8日から13日までロシア極東に"
        "移送された。",
        "2024-10-19",
    )
    moved = by_trigger(doc, "移送")
    assert (moved.actor, moved.target) == ("PRK", "RUS")
    assert text_date(moved) == "2024-10-08"


# ---------------------------------------------------------------- dates told after the act


def test_a_date_told_in_the_next_sentence_dates_the_act(facts):
    doc = facts(
        "北朝鮮のミサイル技術者がロシアを訪問していたことが分かった。訪問は先月中旬で、"
        "ロシア南部の兵器工場を視察したという。",
        "2025-03-05",
    )
    visit = by_trigger(doc, "訪問")
    assert (visit.actor, visit.target) == ("PRK", "RUS")
    assert text_date(visit) == "2025-02"


def test_an_arrival_dated_by_the_sentence_after_its_telling(facts):
    doc = facts(
        "北朝鮮軍、クルスク州に到着\n"
        "米国防総省のシン報道官は1日、北朝鮮兵約8000人がロシア西部クルスク州に到着したと"
        "明らかにした。到着は先月下旬だったという。",
        "2024-11-02",
    )
    arrivals = [e for e in doc.events if e.trigger.startswith("到着") and e.source]
    assert arrivals, doc.events
    assert text_date(arrivals[0]) == "2024-10"


def test_a_topic_sentence_without_a_date_dates_nothing(facts):
    doc = facts(
        "北朝鮮は昨年秋、ロシアに兵士を派遣した。派遣は国際社会の強い反発を招いた。",
        "2025-03-01",
    )
    assert text_date(by_trigger(doc, "派遣")) == "2024-09"


# ---------------------------------------------------------------- speakers for an office


def test_a_spokespersons_own_words_tell_the_ministrys_act(facts):
    doc = facts(
        "米国務省のミラー報道官は4日の記者会見で、北朝鮮兵の動向を注視しており、韓国や日本と"
        "緊密に協議していると述べた。",
        "2024-11-05",
    )
    talks = by_trigger(doc, "協議")
    assert talks.actor == "us-department-of-state"
    assert talks.source == "matthew-miller"


def test_a_spokesperson_of_the_kremlin_tells_a_russian_plan(facts):
    doc = facts(
        "ロシア大統領府のペスコフ報道官は5日、北朝鮮との軍事協力を今後も拡大していくと述べた。",
        "2024-11-05",
    )
    cooperation = by_trigger(doc, "協力")
    assert (cooperation.actor, cooperation.target, cooperation.status) == (
        "kremlin",
        "PRK",
        "planned",
    )


def test_a_spokespersons_denial_stays_theirs(facts):
    doc = facts(
        "ロシア外務省のザハロワ報道官は24日の記者会見で、北朝鮮の兵士がロシアに派遣されたとの"
        "情報について「根拠のないうわさだ」と述べ、否定した。",
        "2024-10-25",
    )
    denial = by_trigger(doc, "否定")
    assert denial.actor == "maria-zakharova"


# ---------------------------------------------------------------- misparsed clauses


def test_a_subject_cut_off_from_a_passive_relative_clause_acts_in_the_main_clause(facts):
    doc = facts(
        "ウクライナ軍の情報総局は29日、ロシア軍が今月、北朝鮮から供与されたKN23弾道ミサイル"
        "約20発をウクライナに向けて発射したと明らかにした。",
        "2024-11-30",
    )
    supply = by_trigger(doc, "供与")
    assert (supply.actor, supply.target, supply.item) == ("PRK", "RUS", "missiles")
    launch = by_trigger(doc, "発射")
    assert (launch.type, launch.actor, launch.target) == (
        "ASSAULT",
        "russian-armed-forces",
        "UKR",
    )
    assert text_date(launch) == "2024-11"


def test_fired_toward_a_state_aims_at_it(facts):
    doc = facts("北朝鮮は5日、日本に向けて弾道ミサイルを発射した。", "2025-01-06")
    launch = by_trigger(doc, "発射")
    assert (launch.actor, launch.target) == ("PRK", "JPN")


# ---------------------------------------------------------------- acts judged as nouns


def test_an_act_condemned_as_a_noun_is_not_dated_by_the_condemnation(facts):
    doc = facts(
        "G7外相は12日、共同声明を発表し、北朝鮮によるロシアへの弾道ミサイルの移転を強く非難した。",
        "2024-12-13",
    )
    transfer = by_trigger(doc, "移転")
    assert (transfer.actor, transfer.target) == ("PRK", "RUS")
    assert (transfer.date_start, transfer.date_basis) == (None, None)
    assert text_date(by_trigger(doc, "非難")) == "2024-12-12"


def test_an_act_a_sanction_gives_as_its_reason_is_not_dated_by_it(facts):
    doc = facts(
        "EUは16日、北朝鮮によるロシアへの兵士派遣に関与したとして、北朝鮮の国防相ら個人6人と"
        "3団体を制裁対象に加えた。",
        "2024-12-17",
    )
    dispatch = by_trigger(doc, "派遣")
    assert (dispatch.actor, dispatch.target) == ("PRK", "RUS")
    assert dispatch.date_start is None
    assert text_date(by_trigger(doc, "制裁")) == "2024-12-16"


def test_a_cooperation_on_a_meetings_agenda_is_not_dated_by_the_meeting(facts):
    doc = facts("国連安保理は30日、北朝鮮とロシアの軍事協力を協議する会合を開いた。", "2025-02-01")
    assert by_trigger(doc, "協力").date_start is None


def test_an_act_named_as_a_noun_elsewhere_keeps_the_lead_date(facts):
    doc = facts("北朝鮮は10月、ロシアへの派兵を開始した。", "2024-12-01")
    assert text_date(by_trigger(doc, "派兵")) == "2024-10"


# ---------------------------------------------------------------- concern


def test_concern_held_over_an_act_answers_its_actors(facts):
    doc = facts("日本政府は、ロシアと北朝鮮の軍事協力に強い懸念を抱いている。", "2025-01-05")
    concern = by_trigger(doc, "懸念")
    assert (concern.type, concern.actor) == ("ACCUSE", "japanese-government")
    assert concern.target in ("RUS", "PRK")


def test_concern_that_names_no_one_is_no_event(facts):
    doc = facts("両国の軍事協力の拡大に対する懸念が国際社会で高まっている。", "2025-01-05")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_headline_denial_denies_its_subjects_own_act(facts):
    doc = facts("北朝鮮、ロシアへの派兵を否定", "2024-10-25")
    denied = by_trigger(doc, "派兵")
    assert (denied.actor, denied.target, denied.status) == ("PRK", "RUS", "denied")


def test_a_denial_of_an_act_aimed_at_the_denier_lends_it_nothing(facts):
    doc = facts("ロシア、北朝鮮からの砲弾供与を否定", "2024-10-25")
    denied = [e for e in doc.events if e.type == "AID"]
    assert all(e.actor == "PRK" for e in denied), denied


def test_a_summit_attended_is_held_by_the_topic(facts):
    doc = facts("金総書記は13日、プーチン大統領との首脳会談に臨んだ。", "2025-03-14")
    summit = by_trigger(doc, "首脳会談")
    assert (summit.actor, summit.target) == ("kim-jong-un", "vladimir-putin")
    assert text_date(summit) == "2025-03-13"


def test_a_spokespersons_accusation_stays_theirs(facts):
    doc = facts(
        "国防総省のシン報道官は13日、北朝鮮がロシアに兵士を追加派遣したと非難した。", "2025-03-14"
    )
    accusation = by_trigger(doc, "非難")
    assert (accusation.type, accusation.target) == ("ACCUSE", "PRK")
    assert accusation.actor != "pentagon"
