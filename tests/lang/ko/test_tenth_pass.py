"""Who sends, what is supposed and what is no act in Korean wire copy, tenth pass:
articles written for these tests in the style of Yonhap, KBS, News1 and VOA copy after
reading real ones (never copied), each class with negatives that must not fire.

- A bare state name right before a sending noun that qualifies the troops named after it
  (러시아 파병 북한군) is where they went; the troops' state sent them, whoever tells it.
- An owner with 의 before a bare name and the event noun (북한의 러시아 파병 규모가) acts;
  an owner right before the noun, past the head of its compound (러시아의 군사협력) or a
  word of whom it faces (미국의 대북 제재), acts before the clause's topic; a name after
  the noun owns nothing of it.
- A condition carried by a light verb (파병을 할 경우, 파병을 단행할 경우) makes the act
  supposed, and closes its clause: the next clause's names are not its own.
- A passive to come (배치될 가능성이 있다) is a passive: a topic that tells it is no actor.
- An event noun marking the moment of another verb (회담 뒤, 발사 직후) is no act told.
- The verb forms of 이전 (자주포를 이전한 것으로) hand anything over, not only technology.
"""

from __future__ import annotations

SEOUL_PAPER = "https://www.yna.co.kr/view/test"


def _events(doc, *types):
    return [e for e in doc.events if e.type in types]


def _pairs(doc, *types):
    return {(e.actor, e.target) for e in _events(doc, *types)}


# -- where the troops went, who sent them ---------------------------------------------


def test_troops_qualified_by_a_sending_noun_are_their_states(korean):
    doc = korean(
        "합동참모본부는 러시아 파병 북한군 가운데 3천여 명이 다친 것으로 보인다고 8일 밝혔다.",
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID", "MOBILIZE")
    assert aid, doc.events
    assert all(e.target == "RUS" and e.actor in ("PRK", "korean-peoples-army") for e in aid), aid


def test_the_teller_of_such_troops_sends_nothing(korean):
    doc = korean(
        "국가정보원은 러시아 파병 북한군 전사자가 700명을 넘었다고 국회 정보위원회에 보고했다.",
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID", "MOBILIZE")
    assert aid and all(e.actor != "national-intelligence-service" for e in aid), aid
    assert all(e.target == "RUS" for e in aid), aid


def test_a_sending_noun_with_no_troops_after_keeps_its_reading(korean):
    # 파병 규모: no troops named after the noun; the owner with 의 sends
    doc = korean(
        "북한의 러시아 파병 규모가 2만 명에 이를 수 있다는 관측이 나왔다.", url=SEOUL_PAPER
    )
    assert ("PRK", "RUS") in _pairs(doc, "AID", "MOBILIZE"), doc.events
    assert ("RUS", "PRK") not in _pairs(doc, "AID", "MOBILIZE"), doc.events


def test_an_owner_in_a_quote_sends_to_the_bare_name(korean):
    doc = korean(
        '한미일 외교차관은 "북한의 러시아 파병과 무기 이전을 규탄한다"고 강조했다.',
        url=SEOUL_PAPER,
    )
    assert ("RUS", "PRK") not in _pairs(doc, "AID"), doc.events


def test_an_armys_own_dispatch_is_not_the_topics(korean):
    doc = korean("러시아는 북한군의 쿠르스크 파병 사실을 끝내 부인하지 않았다.", url=SEOUL_PAPER)
    assert ("RUS", "PRK") not in _pairs(doc, "AID", "MOBILIZE"), doc.events


def test_an_owner_past_the_head_of_a_compound_acts(korean):
    doc = korean("호주 정부는 러시아의 군사협력 확대와 북한의 도발에 깊은 우려를 나타냈다.")
    cooperation = _events(doc, "COOPERATE")
    assert all(e.actor != "AUS" and e.actor != "australian-government" for e in cooperation)


# -- conditions carried by a light verb ------------------------------------------------


def test_a_condition_carried_by_a_light_verb_is_supposed(korean):
    doc = korean(
        "북한이 러시아에 추가 파병을 단행할 경우 정부는 대응 수위를 높일 것이라고 외교부가 밝혔다.",
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID", "MOBILIZE")
    assert aid and all(e.status in ("possible", "planned") for e in aid), aid


def test_a_condition_closes_its_clause(korean):
    doc = korean(
        "북한이 러시아에 전투 병력을 더 보낼 경우 한국 정부는 우크라이나에 방어용 무기를 지원하는 "
        "방안을 검토하기로 했다.",
        url=SEOUL_PAPER,
    )
    # the aid considered is Seoul's to Kyiv, not Pyongyang's to Moscow
    assert ("KOR", "UKR") in _pairs(doc, "AID"), doc.events
    assert sum(1 for e in _events(doc, "AID") if e.actor == "PRK") == 1, doc.events


def test_a_told_dispatch_with_a_light_verb_stays_told(korean):
    doc = korean("국정원은 북한이 지난달 러시아에 추가 파병을 했다고 밝혔다.", url=SEOUL_PAPER)
    aid = [e for e in _events(doc, "AID", "MOBILIZE") if e.actor == "PRK"]
    assert aid and all(e.status == "reported" for e in aid), aid


# -- a passive to come ------------------------------------------------------------------


def test_a_passive_to_come_gives_the_teller_no_act(korean):
    doc = korean(
        "우크라이나 정보총국은 북한이 러시아에 병력을 더 보냈다고 밝혔다.\n"
        "정보총국은 이들이 자포리자 전선에 투입될 가능성이 있다고 덧붙였다.",
    )
    assert all(e.actor not in ("UKR",) for e in _events(doc, "MOBILIZE")), doc.events


def test_troops_to_be_deployed_are_their_states(korean):
    doc = korean(
        "국정원은 북한군이 러시아 쿠르스크 전선에 추가로 배치될 수 있다고 밝혔다.", url=SEOUL_PAPER
    )
    moved = _events(doc, "MOBILIZE", "AID")
    assert moved and all(e.actor in ("PRK", "korean-peoples-army") for e in moved), moved


# -- a moment of another verb ----------------------------------------------------------


def test_talks_as_a_moment_are_no_second_meeting(korean):
    doc = korean(
        "최선희 외무상은 라브로프 장관과 회담했다.\n"
        '라브로프 장관은 회담 뒤 기자들에게 "양국 협력은 계속될 것"이라고 말했다.',
    )
    meetings = _events(doc, "CONSULT")
    assert len({(e.start, e.end) for e in meetings}) == 1, meetings


def test_talks_held_are_still_talks(korean):
    doc = korean("북한과 러시아는 12일 평양에서 국방장관 회담을 열었다.")
    assert _events(doc, "CONSULT"), doc.events


# -- handing over by 이전 ----------------------------------------------------------------


def test_artillery_handed_over_by_the_verb_of_transfer(korean):
    doc = korean(
        "북한이 러시아에 122㎜ 방사포 30문을 추가로 이전한 것으로 전해졌다.", url=SEOUL_PAPER
    )
    assert ("PRK", "RUS") in _pairs(doc, "AID"), doc.events


def test_before_is_no_transfer(korean):
    doc = korean("북한은 이전에도 러시아와 무기 거래 의혹을 부인한 바 있다.")
    assert not _events(doc, "AID"), doc.events


# -- goods that went over -----------------------------------------------------------------


def test_goods_that_went_over_are_their_states(korean):
    doc = korean(
        '국방부 관계자는 "북한제 대전차미사일 수백 기가 최근 러시아로 넘어갔다"고 말했다.',
        url=SEOUL_PAPER,
    )
    assert ("PRK", "RUS") in _pairs(doc, "AID"), doc.events


def test_a_bare_name_heading_goods_that_went_over_sends_them(korean):
    doc = korean(
        '군 당국자는 "북한 방사포 수십 문이 열차 편으로 러시아에 넘어간 것으로 보인다"고 밝혔다.',
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID")
    assert aid and all(e.actor == "PRK" and e.target == "RUS" for e in aid), aid
    assert all(e.source == "KOR" for e in aid), aid


# -- a bare name the event word acts on ---------------------------------------------------


def test_whom_an_army_repelled_is_not_who_fought(korean):
    doc = korean(
        '러시아 국방부 대변인은 "북한 장병들이 우크라이나군 격퇴에 크게 기여했다"고 말했다.'
    )
    assert all(e.actor not in ("UKR", "ukrainian-armed-forces") for e in doc.events), doc.events


def test_a_capture_names_its_captor_and_captive(korean):
    doc = korean("우크라이나군의 북한군 생포 소식에 러시아는 입을 닫았다.")
    captures = _events(doc, "COERCE")
    assert all(e.actor in ("UKR", "ukrainian-armed-forces") for e in captures), captures


# -- a quote after the act says the speaker's mood ---------------------------------------


def test_a_future_in_the_quote_after_a_meeting_is_the_speakers(korean):
    doc = korean(
        '노동신문은 김덕훈 총리가 러시아 경제대표단과 만나 "양국 교역은 더 늘어날 것"이라고 '
        "말했다고 전했다."
    )
    meeting = [e for e in _events(doc, "CONSULT") if e.target == "RUS" or e.actor == "RUS"]
    assert meeting and all(e.status == "reported" for e in meeting), meeting


def test_a_future_quoted_around_the_act_stays_planned(korean):
    doc = korean(
        '국정원은 "북한이 연말까지 러시아에 병력을 더 보낼 것"이라고 밝혔다.', url=SEOUL_PAPER
    )
    aid = _events(doc, "AID", "MOBILIZE")
    assert aid and all(e.status == "planned" for e in aid), aid


def test_a_denial_in_the_quote_after_a_claim_still_denies(korean):
    doc = korean(
        "러시아 외무부 대변인은 러시아가 북한에 전투기를 넘겼다는 주장에 대해 "
        '"사실무근"이라고 말했다.'
    )
    aid = [e for e in _events(doc, "AID") if e.actor == "RUS"]
    assert aid and all(e.status == "denied" for e in aid), aid


# -- an act describing a noun keeps its own mood ------------------------------------------


def test_troops_sent_described_by_a_hedged_count_were_sent(korean):
    doc = korean(
        "쿠르스크에 파견된 북한군 가운데 부상자가 5천 명을 웃도는 것으로 추정된다고 국정원이 밝혔다.",
        url=SEOUL_PAPER,
    )
    sent = [e for e in _events(doc, "AID", "MOBILIZE") if e.actor == "PRK"]
    assert sent and all(e.status == "reported" for e in sent), sent


def test_a_hedge_on_the_act_itself_still_hedges(korean):
    doc = korean(
        "국방부는 북한이 러시아에 자주포를 넘긴 것으로 추정된다고 밝혔다.", url=SEOUL_PAPER
    )
    aid = [e for e in _events(doc, "AID") if e.actor == "PRK"]
    assert aid and all(e.status == "possible" for e in aid), aid


# -- a pair named in one word acts together ----------------------------------------------


def test_a_pair_in_one_word_holds_its_summit_together(korean):
    doc = korean("북러는 지난 9일 모스크바에서 정상회담을 열고 협력 확대를 논의했다.")
    assert {("PRK", "RUS"), ("RUS", "PRK")} & _pairs(doc, "CONSULT"), doc.events


def test_a_pair_signing_together_names_both(korean):
    doc = korean("북·러는 14일 평양에서 보건 협력 협정에 서명했다.")
    assert {("PRK", "RUS"), ("RUS", "PRK")} & _pairs(doc, "AGREE"), doc.events


def test_a_pair_condemning_a_third_state_aims_at_it(korean):
    doc = korean("북러는 미국의 대북 독자제재를 일제히 규탄했다.")
    assert all(e.target != "RUS" and e.target != "PRK" for e in _events(doc, "ACCUSE"))


# -- a word straddling two nouns is no event word ---------------------------------------


def test_an_economic_commission_is_no_supply(korean):
    doc = korean("북한과 러시아는 지난 3일 블라디보스토크에서 경제공동위원회를 열었다.")
    assert not _events(doc, "AID"), doc.events
    assert _events(doc, "CONSULT"), doc.events


# -- dates to come ------------------------------------------------------------------------


def test_talks_set_for_next_year_are_dated_next_year(korean):
    doc = korean(
        "북한과 러시아는 10일 평양에서 국방차관 회담을 열었다.\n"
        "양측은 내년 하반기 모스크바에서 후속 회담을 갖기로 했다.",
        published="2025-11-12",
    )
    planned = [e for e in _events(doc, "CONSULT") if e.status == "planned"]
    assert planned and all((e.date_start or "").startswith("2026") for e in planned), planned


def test_a_visit_next_month_is_dated_next_month(korean):
    doc = korean("러시아 하원 대표단은 다음 달 평양을 방문할 예정이다.", published="2025-11-03")
    visits = _events(doc, "CONSULT")
    assert visits and all(e.date_start == "2025-12" for e in visits), visits
