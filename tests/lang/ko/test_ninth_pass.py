"""Who says so, what is counted and what is no act in Korean wire copy, ninth pass:
articles written for these tests in the style of Yonhap, KBS, MBC, News1 and VOA copy
after reading real ones (never copied), each class with negatives that must not fire.

- A run of quotes closed by one verb of saying (국정원은 "…"며 "…"고 보고했다): every
  quote is the speaker's, not only the first.
- A lead telling a view put forward with no one named (…다는 분석이 나왔습니다) takes the
  teller of the next sentence, past a broadcast label between them (◀ 리포트 ▶).
- A named speaker who denies an act with a word of denial (…계획이 없다, "근거 없는
  모략") rejects the claim, besides the act told as denied.
- A first-person subject inside a quote (우리는 …을 보냈다) is the speaker's state.
- A titled owner of an event noun (김정은 국무위원장의 방러) is its actor, not the topic
  that tells it.
- Handing over (인도했다, 인도받은) and paying (지급하고 있다) are transfers; an event word
  naming an occasion or a price (조약 체결 1주년을 맞아, 파병 대가로) is no act.
- Counts: qualifiers after the counter with a particle (100만 배럴 이상을, 4천 명을
  넘어섰다, 110만 배럴이 넘는 정제유), the counted noun after such a qualifier, a count
  reckoned as another noun (포탄으로 환산하면 최소 700만 발), a subject particle between
  the owner and the counted noun (북한군 사상자가 4천 명).
"""

from __future__ import annotations

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"


def _events(doc, *types):
    return [e for e in doc.events if e.type in types]


def one(items):
    found = list(items)
    assert len(found) == 1, found
    return found[0]


# -- a run of quotes ---------------------------------------------------------------------


def test_every_quote_of_a_run_is_the_speakers(korean):
    doc = korean(
        '국정원은 "북한이 연내 러시아에 병력을 더 보낼 가능성이 있다"며 "북한은 러시아로부터 '
        '방공 미사일 기술을 이전받고 있다"고 보고했다.',
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID")
    assert {e.target for e in aid} == {"RUS", "PRK"}, aid
    assert all(e.source == NIS for e in aid), aid
    received = one(e for e in aid if e.target == "PRK")
    assert received.status == "reported"


def test_a_headline_quote_still_has_its_speaker(korean):
    doc = korean('국정원 "북한, 러시아에 공병 2천 명 추가 파견"', url=SEOUL_PAPER)
    aid = _events(doc, "AID")
    assert aid and all(e.source == NIS for e in aid), aid


# -- a view put forward, its teller named after a label --------------------------------


def test_a_lead_view_takes_the_teller_past_a_broadcast_label(korean):
    doc = korean(
        "◀ 앵커 ▶\n"
        "러시아가 북한의 군사위성 사업에 기술을 넘겼을 수 있다는 분석이 나왔습니다.\n"
        "◀ 리포트 ▶\n"
        "국가정보원은 러시아 기술진 10여 명이 동창리 발사장에 머물고 있는 정황을 "
        "파악했다고 밝혔습니다.",
        url="https://imnews.imbc.com/news/test",
    )
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.source) == ("RUS", "PRK", NIS)


def test_a_lead_view_is_not_credited_to_a_teller_two_lines_of_text_on(korean):
    doc = korean(
        "러시아가 북한의 군사위성 사업에 기술을 넘겼을 수 있다는 분석이 나왔다.\n"
        "북한은 지난달 동창리에서 엔진 시험을 했다.\n"
        "국가정보원은 러시아 기술진이 평양에 머물고 있다고 밝혔다.",
    )
    aid = one(_events(doc, "AID"))
    assert aid.source == "unnamed-sources"


# -- a spoken denial is a rejection ------------------------------------------------------


def test_no_plan_said_by_the_kremlin_is_its_rejection(korean):
    doc = korean(
        '페스코프 대변인은 7일 기자들에게 "김 위원장의 방러 일정은 아직 계획돼 있지 '
        '않다"고 말했다. 북한과 러시아는 조약을 맺었다.',
        url=SEOUL_PAPER,
        published="2025-06-09",
    )
    rejection = one(_events(doc, "REJECT"))
    assert rejection.actor == "dmitry-peskov"
    assert rejection.source == "dmitry-peskov"
    assert rejection.date_start == "2025-06-07"
    visit = one(_events(doc, "CONSULT"))
    assert visit.status == "denied"


def test_a_report_called_baseless_is_rejected_by_the_ministry(korean):
    doc = korean(
        '북한 외무성 대변인은 북한군이 러시아에 파병됐다는 보도는 "근거 없는 모략"이라고 주장했다.'
    )
    rejection = one(_events(doc, "REJECT"))
    assert rejection.actor == "north-korean-foreign-ministry"


def test_a_denying_verb_gives_one_rejection_only(korean):
    doc = korean('페스코프 대변인은 러시아 내 북한군 주둔설에 대해 "가짜 뉴스"라고 일축했다.')
    assert len(_events(doc, "REJECT")) == 1


def test_an_act_said_not_done_by_an_observer_is_no_rejection(korean):
    doc = korean(
        "국정원은 북한이 아직 러시아에 추가 병력을 보내지 않았다고 밝혔다.", url=SEOUL_PAPER
    )
    assert not _events(doc, "REJECT")


# -- we, in a quote ------------------------------------------------------------------------


def test_we_in_an_ambassadors_quote_is_his_state(korean):
    doc = korean(
        '알렉산드르 마체고라 주북 러시아 대사는 "우리는 올해 북한에 밀가루 3만 톤을 '
        '보냈다"고 말했다.'
    )
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.source) == ("RUS", "PRK", "alexander-matsegora")


def test_we_in_a_ministers_denial_is_her_state(korean):
    doc = korean('최선희 북한 외무상은 "우리는 러시아에 어떠한 포탄도 넘기지 않았다"고 주장했다.')
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.status) == ("PRK", "RUS", "denied")


def test_we_outside_a_quote_names_no_state(korean):
    doc = korean("우리는 북한과 러시아의 무기 거래를 주시하고 있다.")
    assert not any(m.text == "우리" for m in doc.mentions)


# -- a titled owner of an event noun ------------------------------------------------------


def test_a_leaders_visit_is_his_not_the_agencys(korean):
    doc = korean(
        "국정원은 김정은 국무위원장의 방러 가능성이 높다고 보고했다. 러시아는 답하지 않았다.",
        url=SEOUL_PAPER,
    )
    visit = one(_events(doc, "CONSULT"))
    assert (visit.actor, visit.target, visit.source) == ("kim-jong-un", "RUS", NIS)


def test_a_visit_plan_denied_is_the_leaders(korean):
    doc = korean(
        '크렘린궁은 김정은 위원장의 모스크바 방문 계획에 대해 "현재로서는 구체적인 계획이 '
        '없다"고 말했다. 러시아와 북한은 긴밀한 관계다.'
    )
    visit = one(_events(doc, "CONSULT"))
    assert (visit.actor, visit.target, visit.status) == ("kim-jong-un", "RUS", "denied")


# -- transfers, occasions and prices ------------------------------------------------------


def test_handing_over_guns_is_a_transfer(korean):
    doc = korean(
        "정부 소식통에 따르면 북한은 이달 초 러시아에 자주포 수십 문을 인도했다.",
        url=SEOUL_PAPER,
    )
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.source) == ("PRK", "RUS", "KOR")


def test_receiving_by_handover_is_from_the_giver(korean):
    doc = korean("북한은 러시아로부터 방공 미사일을 인도받은 것으로 알려졌다.")
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target) == ("RUS", "PRK")


def test_india_is_no_handover(korean):
    doc = korean("인도와 러시아는 모스크바에서 정상회담을 열었다. 북한은 참석하지 않았다.")
    assert not _events(doc, "AID")


def test_a_treaty_anniversary_is_no_new_agreement(korean):
    doc = korean(
        "북한과 러시아는 19일 포괄적 전략적 동반자 관계 조약 체결 2주년을 맞아 평양에서 "
        "기념 연회를 열었다.",
        published="2026-06-20",
    )
    assert not _events(doc, "AGREE")


def test_a_treaty_signed_is_still_an_agreement(korean):
    doc = korean("북한과 러시아는 19일 평양에서 포괄적 전략적 동반자 관계 조약을 체결했다.")
    assert _events(doc, "AGREE")


def test_payment_for_troops_is_money_not_troops(korean):
    doc = korean("러시아는 파병 대가로 북한에 현금을 지급하고 있다.")
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.mode) == ("RUS", "PRK", "money")


# -- counts ----------------------------------------------------------------------------------


def test_at_least_after_the_counter_with_a_particle(korean):
    doc = korean("러시아가 북한에 원유 90만 배럴 이상을 공급했다고 보고서는 밝혔다.")
    oil = one(f for f in doc.figures if f.kind == "oil")
    assert (oil.value, oil.qualifier) == (900000, "at_least")


def test_a_count_before_the_noun_it_counts(korean):
    doc = korean(
        "제재 감시 보고서는 러시아가 올해 상반기 북한에 90만 배럴이 넘는 정제유를 "
        "넘겼다고 지적했다."
    )
    oil = one(f for f in doc.figures if f.kind == "oil")
    assert (oil.value, oil.qualifier) == (900000, "at_least")


def test_a_count_reckoned_as_shells(korean):
    doc = korean(
        "국방부는 북한이 러시아로 보낸 컨테이너를 포탄으로 환산하면 최소 700만 발에 이를 수 "
        "있다고 밝혔다.",
        url=SEOUL_PAPER,
    )
    shells = one(f for f in doc.figures if f.kind == "shells")
    assert (shells.value, shells.qualifier) == (7000000, "at_least")


def test_a_count_passing_a_number_is_at_least(korean):
    doc = korean(
        "우크라이나 국방부 정보총국은 러시아에 파병된 북한군 사상자가 4천 명을 넘어섰다고 밝혔다."
    )
    dead = one(f for f in doc.figures if f.kind == "casualties")
    assert (dead.value, dead.qualifier, dead.subject) == (4000, "at_least", "PRK")


def test_a_count_of_missiles_used_is_not_the_victims(korean):
    doc = korean("러시아 공격으로 우크라이나 민간인 8명이 숨졌다. 북한제 미사일이 사용됐다.")
    dead = one(f for f in doc.figures if f.kind == "casualties")
    assert dead.subject == "UKR"


# -- a lead credited two sentences on ----------------------------------------------------


def test_a_lead_credited_past_a_sentence_about_the_same_troops(korean):
    doc = korean(
        "북한이 러시아에 병력 2천5백 명을 추가로 파견한 것으로 파악됐다. 이들은 쿠르스크 "
        "지역 복구 작업에 투입될 예정이다. 국가정보원은 3일 국회 정보위원회에 이같이 보고했다.",
        url=SEOUL_PAPER,
    )
    aid = _events(doc, "AID")
    assert aid and all(e.source == NIS for e in aid), aid
    troops = one(f for f in doc.figures if f.value == 2500)
    assert troops.source == NIS


def test_a_lead_is_not_credited_past_a_sentence_that_turns_away(korean):
    doc = korean(
        "북한이 러시아에 병력을 추가로 파견한 것으로 파악됐다. 한편 러시아는 북한에 감사를 "
        "표했다. 국가정보원은 이날 이같이 보고했다.",
        url=SEOUL_PAPER,
    )
    sent = one(e for e in _events(doc, "AID") if e.target == "RUS")
    assert sent.source != NIS


def test_a_quote_then_a_speaker_who_says_it_so(korean):
    doc = korean(
        '"북한군 9천여 명이 러시아 쿠르스크에 배치됐습니다." 우크라이나 국방정보국 관계자는 '
        "이렇게 말했습니다."
    )
    troops = one(f for f in doc.figures if f.value == 9000)
    assert troops.source == "ukrainian-military-intelligence"


def test_a_count_an_agency_holds_inside_a_lawmakers_quote_is_the_agencys(korean):
    doc = korean(
        '국회 정보위원회 여당 간사인 국민의힘 정하늘 의원은 3일 기자들과 만나 "국정원은 '
        '북한이 올해 러시아에 포탄 250만 발을 추가로 넘긴 것으로 파악하고 있다"고 말했다.',
        url=SEOUL_PAPER,
    )
    shells = one(f for f in doc.figures if f.kind == "shells")
    assert shells.source == NIS


def test_a_sign_caught_is_someones_finding(korean):
    doc = korean("러시아가 북한에 방공 미사일 체계를 넘긴 정황이 포착됐다.")
    aid = one(_events(doc, "AID"))
    assert aid.status == "reported"


def test_a_bare_count_sent_is_of_troops(korean):
    doc = korean('젤렌스키 대통령은 "북한이 러시아에 2천 명을 추가로 보냈다"고 밝혔다.')
    sent = one(f for f in doc.figures if f.value == 2000)
    assert (sent.kind, sent.measure) == ("troops", "additional")


def test_a_delegation_counted_is_no_troops(korean):
    doc = korean("북한은 러시아에 경제 대표단 20명을 보냈다.")
    assert not [f for f in doc.figures if f.kind == "troops"]


def test_guns_counted_by_the_piece(korean):
    doc = korean(
        "합참은 북한이 러시아에 보낸 170㎜ 자주포가 120여 문, 240㎜ 방사포가 220여 문에 "
        "달한다고 밝혔다.",
        url=SEOUL_PAPER,
    )
    guns = sorted((f.value, f.measure) for f in doc.figures if f.kind == "artillery")
    assert guns == [(120, "howitzers"), (220, "launchers")]


def test_vehicles_counted_are_no_guns(korean):
    doc = korean("러시아는 북한에 트럭 300대를 보냈다.")
    assert not [f for f in doc.figures if f.kind == "artillery"]


def test_a_lead_closed_as_news_heard_is_reported(korean):
    doc = korean(
        "앵커: 러시아 극동 건설 현장에 보내진 북한 노동자들이 번 돈을 평양에 상납하고 있다는 소식입니다."
    )
    sent = one(_events(doc, "AID"))
    assert sent.status == "reported"


def test_the_same_told_plainly_is_asserted(korean):
    doc = korean("러시아 극동 건설 현장에 보내진 북한 노동자들이 번 돈을 평양에 상납하고 있습니다.")
    sent = one(_events(doc, "AID"))
    assert sent.status == "asserted"


def test_a_combat_unit_sent_is_no_combat(korean):
    doc = korean("북한은 지난해 쿠르스크에 자국 전투 부대를 보냈다고 처음 인정했다.")
    assert not _events(doc, "ASSAULT")
    assert _events(doc, "AID")


def test_fighting_told_is_still_combat(korean):
    doc = korean("북한군은 러시아 쿠르스크에서 우크라이나군과 전투를 벌였다.")
    assert _events(doc, "ASSAULT")


def test_oil_brought_in_is_from_the_giver(korean):
    doc = korean(
        '국정원은 "북한이 러시아로부터 원유 약 70만 배럴을 들여온 것으로 보인다"고 밝혔다고 '
        "여야 간사가 전했다.",
        url=SEOUL_PAPER,
    )
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target, aid.source) == ("RUS", "PRK", NIS)
    oil = one(f for f in doc.figures if f.kind == "oil")
    assert (oil.value, oil.source) == (700000, NIS)


def test_goods_of_the_norths_make_brought_in_by_russia(korean):
    doc = korean("러시아는 북한산 석탄을 들여왔다.")
    aid = one(_events(doc, "AID"))
    assert (aid.actor, aid.target) == ("PRK", "RUS")
