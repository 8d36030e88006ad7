"""Who says so when Korean news names its teller again, or names one the gazetteer does
not know: a pronoun or a demonstrative with an unnamed teller's noun (그는, 이 당국자는,
이 매체는) goes on with whom the sentence before named; a member of a body of one state
(…더불어민주당 의원은) speaks as that state; an ambassador posted in a state (러시아 주재
북한 대사) speaks for the state that sent them; a claim a quote credits to someone (…는
"우크라이나 정부는 …고 주장하고 있다"고 말했다) is theirs. Articles written by the team
in the style of Yonhap, KBS and VOA copy (issue #10, seventh pass); negatives beside."""

from __future__ import annotations

from conftest import one

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"


def _events_of(doc, sentence: int, *types):
    span = doc.sentences[sentence]
    found = [e for e in doc.events if span.start <= e.start < span.end and e.type in types]
    assert found, f"no {'/'.join(types)} event in sentence {sentence}: {doc.events}"
    return found


# -- a teller named again ------------------------------------------------------------------


def test_this_official_is_the_foreign_official_named_before_not_a_seoul_office(korean):
    doc = korean(
        '미국 국무부 고위 당국자는 13일 기자들과 만나 "러시아가 북한에 방공 시스템을 넘긴 '
        '정황을 확인했다"고 말했다.\n'
        '이 당국자는 "북한이 대가로 미사일 수백 기를 러시아에 제공했다"고 설명했다.',
        url=SEOUL_PAPER,
    )
    event = next(e for e in _events_of(doc, 1, "AID") if e.actor == "PRK")
    assert (event.source, event.status) == ("us-department-of-state", "reported")


def test_a_sentence_with_no_fact_keeps_its_teller_for_the_next_pronoun(korean):
    doc = korean(
        "우크라이나 정보당국 관계자는 22일 영국 일간지와의 인터뷰에서 북한군 병사 30명을 "
        "생포했다고 밝혔다.\n"
        '이 관계자는 "이들은 러시아군 군복을 입고 있었다"고 말했다.\n'
        "그는 북한이 러시아에 병력을 계속 보내고 있다고 덧붙였다."
    )
    event = _events_of(doc, 2, "AID")[0]
    assert (event.source, event.status) == ("UKR", "reported")


def test_a_pronoun_after_a_sentence_of_no_teller_is_the_person_it_opened_with(korean):
    doc = korean(
        '쇼이구 서기는 17일 평양에 도착했다.\n그는 "러시아는 북한의 지원에 감사한다"고 말했다.'
    )
    assert one(doc, "SUPPORT").source == "sergei-shoigu"


def test_this_official_after_a_teller_at_the_end_of_the_sentence(korean):
    doc = korean(
        "북한이 러시아에 방사포를 추가로 보냈다고 미 국방부 당국자가 19일 밝혔다.\n"
        "이 당국자는 북한군이 쿠르스크에서 우크라이나군과 전투를 벌이고 있다고 덧붙였다.",
        url=SEOUL_PAPER,
    )
    event = _events_of(doc, 1, "ASSAULT")[0]
    assert event.source == "pentagon"


def test_this_official_after_a_seoul_office_is_still_the_seoul_office(korean):
    doc = korean(
        '정부 고위 당국자는 23일 "북한이 러시아에 포탄을 더 보냈다"고 말했다.\n'
        '이 당국자는 "러시아가 북한에 정제유를 공급하고 있다"고 설명했다.',
        url=SEOUL_PAPER,
    )
    event = next(e for e in _events_of(doc, 1, "AID") if e.actor == "RUS")
    assert event.source == "KOR"


def test_a_pronoun_opening_a_sentence_of_no_saying_takes_no_teller(korean):
    doc = korean(
        '신원식 국방부 장관은 "북한이 러시아에 포탄을 보냈다"고 말했다.\n'
        "그는 이날 오후 미국으로 출국했다.\n"
        "한편 러시아는 북한에 밀가루를 보냈다."
    )
    event = next(e for e in _events_of(doc, 2, "AID") if e.actor == "RUS")
    assert (event.source, event.status) == (None, "asserted")


# -- tellers the gazetteer does not know ------------------------------------------------------


def test_a_lawmaker_of_a_seoul_party_speaks_as_south_korea(korean):
    doc = korean(
        '국회 국방위원회 소속 한기정 더불어민주당 의원은 3일 "북한이 러시아에 자폭 드론 '
        '기술을 요청한 것으로 안다"고 말했다.'
    )
    assert one(doc, "REQUEST").source == "KOR"


def test_an_expert_at_the_assembly_is_no_voice_of_the_state(korean):
    doc = korean(
        '국회 토론회에 참석한 한 전문가는 "북한이 러시아에 병력을 더 보낼 것"이라고 말했다.'
    )
    assert one(doc, "AID").source == "experts"


def test_an_ambassador_posted_in_a_state_speaks_for_the_state_that_sent_him(korean):
    doc = korean(
        '러시아 주재 북한 대사는 "우리는 러시아의 정당한 투쟁을 끝까지 지지할 것"이라고 말했다.'
    )
    assert one(doc, "SUPPORT").source == "PRK"


# -- a claim a quote credits to someone -----------------------------------------------------


def test_a_claim_a_quote_credits_to_a_government_is_that_government_s(korean):
    doc = korean(
        '김태호 국민의힘 의원은 "우크라이나 정부는 북한이 러시아에 자주포 100문을 보냈다고 '
        '주장하고 있다"고 말했다.'
    )
    assert one(doc, "AID").source == "UKR"


def test_a_quote_of_the_speaker_s_own_finding_stays_the_speaker_s(korean):
    doc = korean('국정원은 "북한이 러시아에 공병 1000명을 추가로 보냈다"고 밝혔다.')
    assert one(doc, "AID").source == NIS


# -- a relayed clause and its subject -------------------------------------------------------


def test_a_noun_ending_like_a_subject_is_not_the_relayed_teller(korean):
    doc = korean(
        "국정원은 쇼이구 서기의 방북 등을 근거로 북한이 러시아에 추가 파병을 할 것으로 "
        "전망했다고 이 의원은 말했다."
    )
    event = one(doc, "AID")
    assert event.source == NIS
    assert event.status in ("planned", "possible")


def test_the_outlet_named_again_as_this_outlet_goes_on(korean):
    doc = korean(
        "일본 요미우리신문은 22일 북한이 러시아에 병력 5000명을 추가로 보냈다고 보도했다.\n"
        "이 매체는 러시아가 북한에 원유를 제공하고 있다고 전했다."
    )
    event = next(e for e in _events_of(doc, 1, "AID") if e.actor == "RUS")
    assert (event.source, event.status) == ("yomiuri-shimbun", "reported")


# -- a denial pointing back at the sentence before ------------------------------------------


def test_a_denial_of_this_keeps_the_claim_before_as_denied_by_the_denier(korean):
    doc = korean(
        "미 국무부는 북한이 러시아에 포탄 수백만 발을 보냈다고 밝혔다.\n"
        '러시아 외무부는 이를 "근거 없는 주장"이라고 일축했다.'
    )
    denied = [e for e in doc.events if e.type == "AID" and e.status == "denied"]
    assert denied and denied[0].source == "russian-foreign-ministry"
    told = [e for e in doc.events if e.type == "AID" and e.status == "reported"]
    assert told and told[0].source == "us-department-of-state"
    assert one(doc, "REJECT").target == "us-department-of-state"


def test_a_denial_of_such_reports_points_back_too(korean):
    doc = korean(
        "우크라이나 국방정보총국은 북한이 러시아에 자주포 120문을 넘겼다고 밝혔다.\n"
        "크렘린궁은 이 같은 보도를 부인했다."
    )
    denied = [e for e in doc.events if e.type == "AID" and e.status == "denied"]
    assert denied and denied[0].source == "kremlin"


def test_a_sentence_of_no_denial_pointing_back_denies_nothing(korean):
    doc = korean(
        "미 국무부는 북한이 러시아에 포탄 수백만 발을 보냈다고 밝혔다.\n"
        "국방부는 이를 확인했다고 밝혔다."
    )
    assert not [e for e in doc.events if e.status == "denied"]


# -- a headline closed by an unnamed office of the publishing state ---------------------


def test_a_headline_closed_by_a_government_source_is_the_seoul_paper_s_state(korean):
    doc = korean("[단독] 北이 러시아에 전차 50대 넘겨…정부 소식통", url=SEOUL_PAPER)
    event = one(doc, "AID")
    assert (event.source, event.status) == ("KOR", "reported")


def test_a_headline_closed_by_foreign_media_is_the_press(korean):
    doc = korean("北이 러시아에 전차 50대 넘겨…외신", url=SEOUL_PAPER)
    event = one(doc, "AID")
    assert (event.source, event.status) == ("media", "reported")


# -- whole wire articles: the credits hold over several sentences -------------------------


def test_a_wire_article_keeps_each_claim_with_its_teller(korean):
    doc = korean(
        "(서울=연합뉴스) 최수진 기자 = 북한이 러시아에 병력 약 3000명을 추가로 파병한 것으로 "
        "파악됐다.\n"
        "국가정보원은 3일 국회 정보위원회 비공개 회의에서 이같이 보고했다고 정보위 여당 간사인 "
        "이성권 국민의힘 의원이 전했다.\n"
        "국정원은 추가 파병된 병력이 주로 공병과 경비 인력으로 구성된 것으로 분석했다.\n"
        "한편 러시아는 북한에 방공 미사일을 넘겼다고 우크라이나 정보당국이 주장했다.",
        url=SEOUL_PAPER,
    )
    sent = next(e for e in _events_of(doc, 0, "AID") if e.actor == "PRK")
    assert sent.source in (NIS, "lee-seong-kweun") and sent.status == "reported"
    given = next(e for e in _events_of(doc, 3, "AID") if e.actor == "RUS")
    assert (given.source, given.status) == ("UKR", "reported")


def test_a_seoul_report_of_the_north_s_agency_credits_the_agency(korean):
    doc = korean(
        "북한 조선중앙통신은 김정은 국무위원장이 11일 평양을 방문한 러시아 국방장관과 "
        "회담했다고 12일 보도했다.",
        url=SEOUL_PAPER,
    )
    assert one(doc, "CONSULT").source == "kcna"


def test_a_lawmaker_relaying_the_agency_with_a_marker_leaves_the_agency(korean):
    doc = korean(
        '이 의원에 의하면 국정원은 "북한군 3000명이 러시아 남부로 이동했다"며 "일부는 '
        '전선에 배치된 것으로 보인다"고 보고했다.'
    )
    assert one(doc, "MOBILIZE").source == NIS


def test_a_minister_relayed_by_an_agency_denies_not_the_state_he_speaks_of(korean):
    doc = korean(
        "라브로프 장관은 북한이 러시아에 병력을 보낸 적이 없다고 말했다고 타스통신이 전했다."
    )
    event = one(doc, "AID")
    assert (event.source, event.status) == ("sergei-lavrov", "denied")


def test_a_wire_s_relayed_agency_is_not_the_committee_it_reported_to(korean):
    doc = korean(
        "북한이 러시아에 공병 2000명을 추가로 보낸 것으로 파악됐다.\n"
        "국가정보원은 5일 국회 정보위원회 전체회의에서 이같이 보고했다고 정보위 간사인 "
        "박선원 더불어민주당 의원이 전했다."
    )
    assert one(doc, "AID").source == NIS
