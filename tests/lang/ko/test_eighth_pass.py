"""Who says so and who acts in Korean wire copy, eighth pass: articles written by the team
in the style of Yonhap, News1, KBS and VOA copy after reading real ones (never copied),
each class with negatives that must not fire.

- A clause that names no doer, chained by an ending that keeps its subject (방문해,
  보냈으며, 하면서), takes the subject (이/가) of the clause before, not the sentence's
  topic, which in a told sentence is its teller (국정원은 김정은 위원장이 러시아를 방문해
  정상회담을 할 가능성이 있다고 보고했다).
- The subjects of a finding relayed (…이 …한 것으로 판단했다고 밝혔다) are what was found,
  not who tells it.
- A view put forward with its holder named before its noun (…다는 국방부의 분석이 나왔다;
  …다는 정보 당국의 관측이 나온다), a body's finding or what it made known (국방부 확인
  결과, 합참이 밝힌 내용에 따르면).
- An act answering a clause (…이 …했다고 주장한 데 대해 반박했다): the clause's subject is
  the target, what it claims is its claim.
- A plan said not to exist (…할 계획은 없다, 일정이 잡혀 있지 않다) is denied.
- Talks held (회담을 열었다) by a joint subject; vice ministers and bodies named with their
  field (외무차관, 부상, 국방 당국); a lead not credited by a teller who only speaks after
  the act (회담 뒤 기자들에게).
"""

from __future__ import annotations

from conftest import one

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"


def _events(doc, *types):
    found = [e for e in doc.events if e.type in types]
    assert found, f"no {'/'.join(types)} event: {doc.events}"
    return found


# -- a clause chained to one with its own subject ------------------------------------------


def test_a_summit_after_a_visit_is_the_visitors_not_the_tellers(korean):
    doc = korean(
        "국정원은 11일 김정은 국무위원장이 올가을 블라디보스토크를 방문해 푸틴 대통령과 "
        "회담할 것으로 내다봤다.",
        url=SEOUL_PAPER,
    )
    consults = _events(doc, "CONSULT")
    assert all(e.actor == "kim-jong-un" for e in consults), consults
    assert all(e.source == NIS for e in consults)


def test_a_dispatch_joined_by_myeo_is_the_states_and_the_teller_is_the_agency(korean):
    doc = korean(
        "국방정보본부는 북한이 올해 들어 러시아에 두 차례에 걸쳐 병력 약 4천 명을 보냈으며, "
        "이 가운데 부상자가 500명을 넘은 것으로 판단했다고 9일 밝혔다.",
        url=SEOUL_PAPER,
    )
    event = next(e for e in _events(doc, "AID", "MOBILIZE") if e.target == "RUS")
    assert (event.actor, event.status) == ("PRK", "reported")
    assert event.source == "rok-ministry-of-national-defense"
    troops = next(f for f in doc.figures if f.value == 4000)
    assert troops.source == "rok-ministry-of-national-defense"


def test_a_side_named_apart_from_its_state_is_the_subject_of_the_talks(korean):
    doc = korean(
        "국정원은 국방위원회 업무보고를 마치면서, 러시아 측이 북한 공병의 추가 파견 일정을 "
        "북측과 협의하고 있다고 설명했다.",
        url=SEOUL_PAPER,
    )
    event = one(doc, "CONSULT")
    assert (event.actor, event.target, event.source) == ("RUS", "PRK", NIS)


def test_generals_who_went_to_moscow_are_who_talked(korean):
    doc = korean(
        "국정원은 북한군 장성들이 모스크바를 찾아 러시아 국방부 관계자들과 추가 파병 문제를 "
        "협의했을 가능성이 있다고 봤다.",
        url=SEOUL_PAPER,
    )
    assert all(e.actor != NIS for e in doc.events), doc.events
    assert one(doc, "CONSULT").actor in ("PRK", "korean-peoples-army")


def test_no_subject_is_borrowed_across_a_clause_of_saying(korean):
    doc = korean(
        "국정원은 북한이 러시아에 병력을 보냈다고 밝히며 대응 방안을 미국과 협의하고 있다고 "
        "말했다.",
        url=SEOUL_PAPER,
    )
    talks = one(doc, "CONSULT")
    assert talks.actor in (NIS, "KOR") and talks.target == "USA"


def test_no_subject_is_borrowed_from_a_relative_clause(korean):
    doc = korean(
        "러시아 국방부는 북한이 보낸 병사들이 쿠르스크 탈환 작전에 참여해 큰 공을 세웠다고 밝혔다."
    )
    assert all(e.source == "russian-ministry-of-defence" for e in doc.events), doc.events


# -- views put forward, findings, what a body made known ---------------------------------


def test_a_view_whose_holder_is_named_before_its_noun(korean):
    doc = korean(
        "러시아로 넘어간 북한제 포탄이 700만 발을 웃돌 것이라는 국방부의 분석이 나왔다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "AID").source == "rok-ministry-of-national-defense"


def test_a_view_of_an_unnamed_seoul_office_is_south_koreas(korean):
    doc = korean(
        "러시아가 북한에 정찰위성 발사 기술을 넘겼을 수 있다는 정보 당국의 관측이 나온다.",
        url=SEOUL_PAPER,
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == ("KOR", "possible")


def test_a_view_of_a_foreign_agency(korean):
    doc = korean(
        "북한이 올해 러시아에 병력을 추가로 보낼 수 있다는 우크라이나 정보총국의 분석이 나왔다."
    )
    source = one(doc, "AID", "MOBILIZE").source
    assert source is not None and source != "KOR"


def test_a_view_of_no_one_named_is_unnamed_sources(korean):
    doc = korean("북한이 러시아에 병력을 더 보낼 것이라는 관측이 나온다.", url=SEOUL_PAPER)
    assert one(doc, "AID", "MOBILIZE").source == "unnamed-sources"


def test_a_ministrys_finding_opening_the_sentence(korean):
    doc = korean(
        "국방부 확인 결과 북한은 지난달 러시아에 단거리 탄도미사일 발사대 10여 대를 보낸 "
        "것으로 드러났다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "AID").source == "rok-ministry-of-national-defense"


def test_what_the_jcs_made_known_at_a_briefing(korean):
    doc = korean(
        "합참이 이날 브리핑에서 밝힌 내용에 따르면 북한은 러시아에 자폭 드론을 수출하기 위해 "
        "생산을 늘리고 있다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "AID").source == "joint-chiefs-of-staff"


def test_the_result_of_talks_is_no_source(korean):
    doc = korean("회담 결과 북한과 러시아는 군사 협력을 확대하기로 합의했다.", url=SEOUL_PAPER)
    assert all(e.source is None for e in doc.events), doc.events


# -- an act answering a claim -------------------------------------------------------------


def test_a_rebuttal_is_aimed_at_the_claimant_whose_claim_it_is(korean):
    doc = korean(
        "북한 외무성 대변인은 미국 국무부가 북한이 러시아에 미사일을 팔았다고 주장한 데 대해 "
        '"근거 없는 모략"이라고 반박했다고 조선중앙통신이 9일 보도했다.',
        url=SEOUL_PAPER,
    )
    rebuttal = one(doc, "REJECT")
    assert rebuttal.actor == "north-korean-foreign-ministry"
    assert rebuttal.target == "us-department-of-state"
    claim = one(doc, "AID")
    assert (claim.source, claim.status) == ("us-department-of-state", "denied")


def test_a_rebuttal_of_an_analysis_after_the_statement_was_issued(korean):
    doc = korean(
        "북한 국방성 대변인은 15일 발표한 글에서, 한국 국방부가 북한이 러시아에 방사포를 "
        '넘겼다고 주장한 데 대해 "생트집"이라고 반박했다.',
        url=SEOUL_PAPER,
    )
    rebuttal = one(doc, "REJECT")
    assert rebuttal.actor != "rok-ministry-of-national-defense"
    assert rebuttal.target == "rok-ministry-of-national-defense"
    assert one(doc, "AID").source == "rok-ministry-of-national-defense"


def test_condemning_an_act_is_aimed_at_its_doer_and_the_act_stays_told(korean):
    doc = korean(
        "정부는 북한이 러시아에 탄도미사일을 수출한 데 대해 강력히 규탄한다고 밝혔다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "ACCUSE").target == "PRK"
    export = one(doc, "AID")
    assert (export.actor, export.target) == ("PRK", "RUS")
    assert export.source in (None, "KOR")


# -- a plan said not to exist -------------------------------------------------------------


def test_no_plan_of_a_visit_is_a_denial(korean):
    doc = korean('크렘린궁 대변인은 "푸틴 대통령이 평양을 방문할 계획은 현재 없다"고 말했다.')
    assert one(doc, "CONSULT").status == "denied"


def test_a_schedule_not_planned_is_a_denial(korean):
    doc = korean(
        "김정은 위원장이 다시 러시아를 찾을지 주목된다.\n"
        '크렘린궁 대변인은 9일 "당분간 김 위원장의 방러 일정은 계획돼 있지 않다"고 답했다.'
    )
    assert one(doc, "CONSULT").status == "denied"


def test_a_plan_announced_stays_planned(korean):
    doc = korean("크렘린궁은 푸틴 대통령이 다음 달 평양을 방문할 계획이라고 밝혔다.")
    assert one(doc, "CONSULT").status == "planned"


# -- talks held, vice ministers, bodies with their field ----------------------------------


def test_talks_held_by_two_states_named_together(korean):
    doc = korean(
        "북한과 러시아가 군사협력 합의 2주년을 기념해 평양에서 국방차관급 회담을 열었다고 "
        "조선중앙통신이 21일 전했다.",
        url=SEOUL_PAPER,
    )
    talks = one(doc, "CONSULT")
    assert {talks.actor, talks.target} == {"PRK", "RUS"}
    assert talks.source == "kcna"


def test_working_talks_of_defence_authorities(korean):
    doc = korean(
        "북한과 러시아 국방 당국이 평양에서 군사 실무회담을 열었다고 북한 매체가 전했다.",
        url=SEOUL_PAPER,
    )
    talks = one(doc, "CONSULT")
    assert {talks.actor, talks.target} == {"PRK", "RUS"}


def test_vice_ministers_agree(korean):
    doc = korean(
        "박철호 외무성 부상과 세르게이 랴브코프 러시아 외무차관은 3일 회담에서 협력 방안을 "
        "논의하고 교류를 늘리기로 뜻을 모았다."
    )
    talks = one(doc, "CONSULT")
    assert {talks.actor, talks.target} == {"RUS", "north-korean-foreign-ministry"}


def test_a_way_found_is_no_visit(korean):
    doc = korean("러시아는 북한과의 협력에서 새로운 방법을 찾았다.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_lead_is_not_told_by_a_minister_who_speaks_after_the_talks(korean):
    doc = korean(
        "세르게이 쇼이구 러시아 국가안보회의 서기가 3일 평양에서 노광철 북한 국방상과 "
        "실무회담을 갖고 군사 협력 방안을 논의했다.\n"
        '쇼이구 서기는 회담 후 취재진에게 "러시아는 조선의 입장을 지지한다"고 말했다고 '
        "리아노보스티가 보도했다."
    )
    span = doc.sentences[0]
    lead = [e for e in doc.events if span.start <= e.start < span.end and e.type == "CONSULT"]
    assert lead and all(e.source is None and e.status == "asserted" for e in lead), lead


def test_talks_named_where_two_envoys_agreed_are_theirs(korean):
    doc = korean(
        "통신에 따르면 박영수 외무성 부상과 세르게이 랴브코프 러시아 외무차관은 6일 회담에서 "
        '영사 분야 현안을 짚어 보고 "교류를 한층 넓히기로" 뜻을 모았다.'
    )
    talks = one(doc, "CONSULT")
    assert {talks.actor, talks.target} == {"RUS", "north-korean-foreign-ministry"}
    assert one(doc, "AGREE").target == "north-korean-foreign-ministry"


def test_a_remark_at_a_summit_makes_no_second_meeting_partner(korean):
    doc = korean("푸틴 대통령은 정상회담에서 북한과의 협력을 더욱 강화하겠다고 말했다.")
    assert all(e.actor in ("vladimir-putin", "RUS") for e in doc.events), doc.events


def test_a_photo_caption_tells_no_act(korean):
    doc = korean(
        "북한과 러시아 국방 당국이 평양에서 회담을 열었다고 노동신문이 5일 전했다.\n"
        "[사진] 노광철 북한 국방상이 2024년 10월 30일 평양에서 러시아 대표단을 접견하는 "
        "모습.(노동신문)",
        published="2024-11-06",
    )
    assert all(e.date_start != "2024-10-30" for e in doc.events), doc.events


def test_the_count_in_a_claim_answered_is_the_claimants(korean):
    doc = korean(
        "북한 외무성 대변인은 8일 기자 질문에 답하면서, 한국 합참이 북한이 포탄 수백만 발을 "
        '러시아로 실어 보냈다고 밝힌 데 대해 "근거 없는 낭설"이라고 반박했다.',
        url=SEOUL_PAPER,
    )
    shells = [f for f in doc.figures if f.kind == "shells"]
    assert shells and all(f.source == "joint-chiefs-of-staff" for f in shells), shells
    assert one(doc, "REJECT").actor != "joint-chiefs-of-staff"


# -- acts the reader missed ---------------------------------------------------------------


def test_a_launch_achieved_with_a_states_help(korean):
    doc = korean(
        "국정원은 북한이 지난달 러시아의 도움을 받아 정찰위성 발사에 성공했다고 보고했다.",
        url=SEOUL_PAPER,
    )
    help_ = one(doc, "AID")
    assert (help_.actor, help_.target, help_.source) == ("RUS", "PRK", NIS)
    assert one(doc, "THREATEN").actor == "PRK"


def test_know_how_received_from_a_state(korean):
    doc = korean(
        "합참은 북한이 러시아로부터 잠수함 추진 기술을 전수받은 것으로 보고 있다고 설명했다.",
        url=SEOUL_PAPER,
    )
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_support_received_is_the_givers(korean):
    doc = korean("북한은 러시아로부터 지원을 받아 무기 생산을 늘렸다.")
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_help_received_by_the_one_who_asked(korean):
    doc = korean("러시아는 북한의 지원을 받아 쿠르스크 일부 지역을 되찾았다.")
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_an_attack_suffered_is_the_attackers(korean):
    doc = korean("쿠르스크의 북한군 부대가 우크라이나군의 공격을 받았다.")
    event = one(doc, "ASSAULT")
    assert event.actor in ("UKR", "ukrainian-armed-forces")
    assert event.target in ("PRK", "korean-peoples-army")


def test_instructors_teaching_soldiers(korean):
    doc = korean(
        "러시아군 교관들이 북한군 병사들에게 드론 조종법을 가르치고 있다고 우크라이나 정보총국이 "
        "주장했다."
    )
    event = one(doc, "AID")
    assert event.actor in ("RUS", "russian-armed-forces")
    assert event.target in ("PRK", "korean-peoples-army")


def test_fighting_alongside(korean):
    doc = korean(
        "북한군은 러시아군과 함께 쿠르스크 전선에서 우크라이나군과 싸웠다고 게라시모프 총참모장이 "
        "말했다."
    )
    assert one(doc, "ASSAULT").target == "UKR"


def test_a_joint_naval_drill(korean):
    doc = korean(
        "북한과 러시아 해군이 동해상에서 첫 연합훈련을 실시했다고 러시아 국방부가 발표했다."
    )
    drill = one(doc, "COOPERATE")
    assert {drill.actor, drill.target} == {"PRK", "RUS"}


def test_a_letter_of_greetings_is_no_aid(korean):
    doc = korean(
        "김정은 국무위원장은 푸틴 대통령에게 축전을 보내 러시아의 승리를 축하했다고 "
        "조선중앙통신이 전했다."
    )
    assert not [e for e in doc.events if e.type == "AID"], doc.events
    # (thirteenth pass: greetings back their addressee, as the annotated sets read them)
    assert one(doc, "SUPPORT").target == "vladimir-putin"


def test_a_freighter_carrying_the_norths_ammunition_moves_it_for_the_north(korean):
    doc = korean(
        "러시아 화물선 3척이 지난달 나진항에서 북한산 탄약을 실어 블라디보스토크로 옮겼다고 "
        "VOA가 보도했다."
    )
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("PRK", "RUS")


def test_a_freighter_carrying_its_own_goods_stays_the_giver(korean):
    doc = korean("러시아 화물선이 지난주 밀가루를 실어 북한 남포항으로 옮겼다.")
    event = one(doc, "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_the_day_after_a_rebutters_name_dates_the_rebuttal(korean):
    doc = korean(
        "북한 국방성 대변인은 15일 발표한 글에서, 한국 국방부가 북한이 러시아에 방사포를 "
        '넘겼다고 주장한 데 대해 "생트집"이라고 반박했다고 조선중앙통신이 16일 보도했다.',
        published="2025-10-16",
    )
    assert one(doc, "REJECT").date_start == "2025-10-15"


def test_the_day_after_a_tellers_name_does_not_date_what_was_told(korean):
    doc = korean(
        "국정원은 4일 북한이 러시아에 병력을 추가로 보냈다고 밝혔다.", published="2025-10-05"
    )
    assert one(doc, "AID", "MOBILIZE").date_start != "2025-10-04"


def test_a_report_answered_two_words_after_the_act_is_the_reports(korean):
    doc = korean(
        '외교부는 러시아가 북한에 전투기를 넘기기로 했다는 보도와 관련해 "사실이라면 '
        '안보리 결의의 명백한 위반"이라고 밝혔다.',
        url=SEOUL_PAPER,
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == (None, "reported")


def test_concern_conveyed_to_a_side(korean):
    doc = korean('외교부 당국자는 "러시아 측에 우려를 전달했다"고 말했다.', url=SEOUL_PAPER)
    assert one(doc, "ACCUSE").target == "RUS"


def test_the_norths_agency_by_its_short_name(korean):
    doc = korean(
        "북한 노광철 국방상이 러시아를 방문했다.\n"
        "중앙통신은 노 국방상이 벨로우소프 국방장관과 회담했다고 27일 전했다."
    )
    span = doc.sentences[1]
    talks = [e for e in doc.events if span.start <= e.start < span.end and e.type == "CONSULT"]
    assert talks and all(e.source == "kcna" for e in talks), talks


def test_training_another_states_officers(korean):
    doc = korean(
        '군 관계자는 "러시아가 북한군 장교들을 상대로 드론 운용 교육을 하고 있다"고 덧붙였다.',
        url=SEOUL_PAPER,
    )
    event = one(doc, "AID")
    assert event.actor == "RUS" and event.target in ("PRK", "korean-peoples-army")
    assert event.source == "KOR"


def test_training_ones_own_soldiers_is_no_aid(korean):
    doc = korean("북한은 자국 병사들을 대상으로 안전 교육을 실시했다.")
    assert not [e for e in doc.events if e.type == "AID"], doc.events


def test_a_sentence_spelling_out_a_report_is_its_publishers(korean):
    doc = korean(
        "국방부는 10일 국회에 보고서를 제출했다. 북한이 러시아에 자주포 100여 문을 보냈다는 "
        "것이다.",
        url=SEOUL_PAPER,
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == ("rok-ministry-of-national-defense", "reported")


def test_a_sentence_spelling_out_with_no_teller_is_still_someones_word(korean):
    doc = korean(
        "이 같은 내용은 국회에 제출된 내부 문건에서 확인됐다.\n"
        "북한이 러시아에 자주포 100여 문을 보냈다는 것이다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "AID").status == "reported"


def test_a_plain_sentence_after_a_teller_stays_the_writers(korean):
    doc = korean(
        "국방부는 10일 국회에 보고서를 제출했다. 북한은 지난해 러시아와 조약을 체결했다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "AGREE").status == "asserted"
