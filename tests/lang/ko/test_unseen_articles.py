"""Who says so and how sure, in short articles written in the style of Korean wire and
broadcast copy read through the search tool (issue #10, sixth pass): a speaker named
again by surname and title, a lead whose teller the next sentence names, a source
located in a state, an estimate told with a future ending, nouns carried by a verb past
an adverb. Every article is the team's own; negatives stand beside the positives."""

from __future__ import annotations

from conftest import one

SEOUL_PAPER = "https://www.yna.co.kr/view/test"
NIS = "national-intelligence-service"
MND = "rok-ministry-of-national-defense"


def _events_of(doc, sentence: int, *types):
    """The events of the ``sentence``-th sentence (0-based) of one of these types."""
    span = doc.sentences[sentence]
    found = [e for e in doc.events if span.start <= e.start < span.end and e.type in types]
    assert found, f"no {'/'.join(types)} event in sentence {sentence}: {doc.events}"
    return found


# -- a speaker named again by surname and title ---------------------------------------------


def test_a_lawmaker_named_again_by_surname_speaks_on_in_the_next_sentences(korean):
    doc = korean(
        "(서울=연합뉴스) 김민재 기자 = 북한이 러시아에 병력 약 2000명을 추가로 파견한 것으로 "
        "파악됐다고 국가정보원이 11일 밝혔다.\n"
        "국회 정보위원회 여당 간사인 이성권 국민의힘 의원은 이날 정보위 전체회의를 마친 뒤 "
        "기자들과 만나 국정원이 이같이 보고했다고 전했다.\n"
        '이 의원은 "국정원은 북한군이 쿠르스크 인근에서 작전을 수행하고 있다고 판단했다"고 말했다.\n'
        '그는 이어 "북한이 러시아로부터 방공 장비를 넘겨받은 정황도 포착됐다"고 덧붙였다.'
    )
    first = _events_of(doc, 0, "AID")[0]
    assert (first.source, first.status) == (NIS, "reported")
    last = _events_of(doc, 3, "AID")[0]
    assert (last.actor, last.target) == ("RUS", "PRK")
    assert (last.source, last.status) == ("lee-seong-kweun", "reported")


def test_a_minister_named_again_by_surname_is_the_minister(korean):
    doc = korean(
        "신원식 국방부 장관은 3일 국회 국방위원회에 출석해 북러 군사협력 현황을 보고했다.\n"
        '신 장관은 "북한이 러시아에 포탄 수백만 발을 보냈다"고 말했다.'
    )
    assert one(doc, "AID").source == "shin-won-sik"


def test_a_spokesman_unknown_by_name_is_his_office_when_named_again(korean):
    doc = korean(
        "김동수 국방부 대변인은 정례 브리핑에서 북러 군사협력에 대한 질문을 받았다.\n"
        '김 대변인은 "북한이 러시아에 미사일을 추가로 넘긴 정황이 있다"고 답했다.'
    )
    assert one(doc, "AID").source == MND


def test_both_secretaries_are_the_lawmakers_named_before(korean):
    doc = korean(
        "국회 정보위원회 여야 간사인 이성권 국민의힘 의원과 박선원 더불어민주당 의원은 "
        "국정원이 이같이 밝혔다고 전했다.\n"
        '두 의원은 "북한이 러시아에 병력을 더 보낼 것"이라고 말했다.'
    )
    event = one(doc, "AID")
    assert event.source in ("lee-seong-kweun", "park-sun-won")
    assert event.status == "planned"


def test_a_demonstrative_with_no_one_named_before_names_no_one(korean):
    doc = korean('이 의원은 "북한이 러시아에 포탄을 더 보냈다"고 말했다.')
    assert one(doc, "AID").source is None


# -- a lead whose teller the next sentence names ----------------------------------------


def test_a_lead_told_as_known_is_the_government_source_s_the_next_sentence_quotes(korean):
    doc = korean(
        "북한이 러시아에 170㎜ 자주포 50여 문을 보낸 것으로 알려졌다.\n"
        '정부 소식통은 19일 "자주포 외에 240㎜ 방사포도 함께 넘어간 것으로 보고 있다"고 전했다.',
        url=SEOUL_PAPER,
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == ("KOR", "reported")


def test_a_possibility_raised_is_the_institute_s_that_the_next_sentence_names(korean):
    doc = korean(
        "러시아가 북한에 전투기 기술을 이전했을 가능성이 제기됐다.\n"
        "국가안보전략연구원은 25일 보고서에서 러시아가 북한 공군 현대화를 지원할 수 있다고 "
        "분석했다."
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == ("institute-for-national-security-strategy", "possible")


def test_a_lead_gets_no_teller_from_a_sentence_that_turns_away(korean):
    doc = korean(
        "북한이 러시아에 공병 병력을 보낸 것으로 알려졌다.\n"
        "한편 젤렌스키 대통령은 서방에 장거리 미사일 지원을 요청했다."
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == (None, "reported")


def test_a_lead_gets_no_teller_from_a_sentence_about_another_act(korean):
    doc = korean(
        "북한과 러시아가 다음 달 평양에서 차관급 회담을 가질 것으로 알려졌다.\n"
        "국방부는 북한이 러시아에 포탄을 계속 보내고 있다고 밝혔다."
    )
    event = _events_of(doc, 0, "CONSULT")[0]
    assert event.source is None


def test_a_stated_lead_is_not_credited_to_the_next_sentence(korean):
    doc = korean(
        "북한이 러시아에 단거리 탄도미사일을 보냈다.\n"
        '국방부는 "북한군이 쿠르스크에서 우크라이나군과 교전했다"고 밝혔다.'
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == (None, "asserted")


# -- a source located in a state ------------------------------------------------------------


def test_a_source_inside_the_north_is_the_outlet_s_word(korean):
    doc = korean(
        "자유아시아방송(RFA)은 북한 소식통을 인용해 북한 당국이 러시아에 노동자 수백 명을 "
        "보냈다고 보도했다."
    )
    assert one(doc, "AID").source == "rfa"


def test_a_source_marker_naming_a_source_in_the_north_leaves_the_outlet(korean):
    doc = korean(
        "데일리NK는 북한 소식통에 따르면 북한이 러시아에 공병 부대를 추가로 보냈다고 전했다."
    )
    assert one(doc, "AID").source == "daily-nk"


def test_a_government_source_of_a_state_is_still_that_state_s(korean):
    doc = korean(
        "블룸버그는 미국 정부 소식통을 인용해 북한이 러시아에 포탄을 더 보냈다고 보도했다."
    )
    assert one(doc, "AID").source == "USA"


# -- how sure ------------------------------------------------------------------------------


def test_a_count_estimated_with_a_future_ending_is_an_estimate(korean):
    doc = korean(
        "국방부는 북한이 지금까지 러시아에 컨테이너 1만3000여 개 분량의 무기를 보냈다고 5일 "
        "밝혔다. 국방부는 이 가운데 포탄이 최소 600만 발에 이를 것으로 추산했다."
    )
    shells = [f for f in doc.figures if f.kind == "shells"]
    assert shells and (shells[0].value, shells[0].status) == (6000000, "estimated")
    assert shells[0].source == MND


def test_a_count_to_come_is_still_planned(korean):
    doc = korean("북한은 연말까지 러시아에 병력 1만 명을 더 보낼 예정이다.")
    troops = [f for f in doc.figures if f.kind == "troops"]
    assert troops and troops[0].status == "planned"


def test_getting_ready_to_send_is_planned(korean):
    doc = korean("젤렌스키 대통령은 북한이 러시아에 병력을 더 보낼 준비를 하고 있다고 주장했다.")
    event = one(doc, "AID")
    assert (event.source, event.status) == ("volodymyr-zelensky", "planned")


# -- event nouns carried by a verb ------------------------------------------------------------


def test_gratitude_expressed_is_support(korean):
    doc = korean("푸틴 대통령은 김정은 위원장에게 감사를 표했다고 크렘린궁이 18일 밝혔다.")
    event = one(doc, "SUPPORT")
    assert (event.actor, event.target, event.source) == (
        "vladimir-putin",
        "kim-jong-un",
        "kremlin",
    )


def test_cooperation_strengthened_past_an_adverb_is_the_clause_s_act(korean):
    doc = korean("김정은 위원장은 러시아와의 협력을 더욱 강화할 것이라고 밝혔다.")
    event = one(doc, "COOPERATE")
    assert (event.actor, event.status) == ("kim-jong-un", "planned")


def test_a_sale_denied_is_a_denied_transfer(korean):
    doc = korean('북한은 러시아에 무기를 판매했다는 보도를 "날조"라고 일축했다.')
    event = one(doc, "AID")
    assert (event.actor, event.target, event.status) == ("PRK", "RUS", "denied")


def test_units_taking_part_in_an_operation_fight(korean):
    doc = korean(
        '조선중앙통신은 28일 "조선인민군 부대들이 러시아 쿠르스크 해방 작전에 참가했다"고 보도했다.'
    )
    event = one(doc, "ASSAULT")
    assert (event.actor, event.source) == ("korean-peoples-army", "kcna")


# -- a reaction is no one going on; a body's state is no party --------------------------------


def test_a_reaction_to_what_was_told_does_not_go_on_with_its_teller(korean):
    doc = korean(
        "러시아가 유엔 안보리 대북제재위원회 전문가패널의 임기 연장 결의안에 거부권을 "
        "행사했다.\n"
        "타스통신에 따르면 바실리 네벤자 주유엔 러시아대사는 표결 뒤 "
        '"패널은 이미 존재 이유를 잃었다"고 말했다.\n'
        "이에 대해 미국과 한국, 일본은 공동성명을 내고 러시아의 거부권 행사를 강하게 규탄했다."
    )
    accusation = _events_of(doc, 2, "ACCUSE")[0]
    assert accusation.target == "RUS"
    assert accusation.source != "vasily-nebenzia"


def test_a_body_s_state_before_its_name_is_not_where_a_visit_goes(korean):
    doc = korean(
        "러시아 크렘린궁은 블라디미르 푸틴 대통령이 다음 달 북한을 방문할 계획이라고 발표했다."
    )
    event = one(doc, "CONSULT")
    assert (event.actor, event.target) == ("vladimir-putin", "PRK")
    assert (event.source, event.status) == ("kremlin", "planned")


def test_the_north_s_honorific_subject_acts(korean):
    doc = korean(
        '통신은 "김정은 동지께서는 쇼이구 서기와 두 나라 사이의 전략적 협력 문제를 '
        '논의하시였다"고 전했다.'
    )
    event = one(doc, "CONSULT")
    assert (event.actor, event.target) == ("kim-jong-un", "sergei-shoigu")


def test_thanks_expressed_in_a_set_phrase_is_support(korean):
    doc = korean("쇼이구 서기는 김정은 위원장에게 북한군의 지원에 사의를 표했다.")
    event = one(doc, "SUPPORT")
    assert (event.actor, event.target) == ("sergei-shoigu", "kim-jong-un")


# -- a demonstrative's noun told points back at the sentence before ---------------------------


def test_the_content_told_with_a_demonstrative_is_the_sentence_before(korean):
    doc = korean(
        "북한군이 러시아 쿠르스크 전선에 추가로 배치됐다.\n"
        "국정원은 27일 국회 정보위원회에 이 같은 동향을 보고했다."
    )
    event = _events_of(doc, 0, "AID", "MOBILIZE")[0]
    assert (event.source, event.status) == (NIS, "reported")


def test_the_content_told_written_without_a_space_points_back_too(korean):
    doc = korean(
        "북한이 러시아에 병력 3000여 명을 추가로 파병했다.\n"
        "국정원은 이날 정보위 비공개 간담회에서 이같은 내용을 보고했다."
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == (NIS, "reported")


def test_a_fact_an_unnamed_home_office_confirms_is_its_state_s(korean):
    doc = korean(
        "북한이 러시아에 자주포를 추가로 넘겼다.\n군 당국은 이러한 사실을 확인했다고 밝혔다.",
        url=SEOUL_PAPER,
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == ("KOR", "reported")


def test_a_sentence_without_a_demonstrative_credits_nothing_before(korean):
    doc = korean(
        "북한이 러시아에 자주포를 추가로 넘겼다.\n국정원은 27일 국회 정보위원회에 출석했다."
    )
    event = _events_of(doc, 0, "AID")[0]
    assert (event.source, event.status) == (None, "asserted")


# -- a broadcast report: counts in hundreds, a topic that is what is told of ------------------


def test_a_count_told_of_under_the_briefer_going_on_is_the_briefer_s(korean):
    doc = korean(
        "[앵커]\n북한이 러시아에 파견한 병력이 1만 5천 명을 넘어선 것으로 보입니다.\n"
        "국가정보원은 오늘 국회에서 이런 분석을 내놨습니다.\n[기자]\n"
        "국정원은 북한이 올해 초 3천여 명을 추가로 파병했다고 보고했습니다.\n"
        "또 북한군 사상자는 4천7백 명가량으로 늘었다고 밝혔습니다."
    )
    casualties = [f for f in doc.figures if f.kind == "casualties"]
    assert casualties and (casualties[0].value, casualties[0].source) == (4700, NIS)


def test_an_observation_out_there_is_the_analyst_s_the_next_sentence_names(korean):
    doc = korean(
        "북한이 러시아에 병력을 더 보낼 것이라는 관측이 나온다.\n"
        "미국 싱크탱크 전쟁연구소(ISW)는 17일 보고서에서 북한이 러시아에 공병 부대를 추가 "
        "파견할 가능성이 있다고 분석했다."
    )
    event = _events_of(doc, 0, "AID")[0]
    assert event.source == "institute-for-the-study-of-war"
    assert event.status in ("possible", "planned")


def test_guns_that_went_over_are_a_transfer(korean):
    doc = korean("국방부는 북한의 170㎜ 자주포 30여 문이 러시아로 넘어갔다고 밝혔다.")
    event = one(doc, "AID")
    assert (event.target, event.source) == ("RUS", MND)


# -- a lead stated as fact and told again by the next sentence's teller -------------------------


def test_a_lead_the_agency_then_reports_is_the_agency_s(korean):
    doc = korean(
        "러시아 이어 북한도 조약 비준\n"
        "북한이 지난 6월 러시아와 체결한 조약을 비준했다.\n"
        '조선중앙통신은 "조약이 국무위원장의 정령으로 비준됐다"고 12일 보도했다.'
    )
    lead = [e for e in _events_of(doc, 1, "AGREE") if e.mode == "ratify"]
    assert lead and (lead[0].source, lead[0].status) == ("kcna", "reported")


def test_a_lead_is_not_the_teller_s_when_the_teller_tells_another_act(korean):
    doc = korean(
        '북한이 러시아에 병력을 보냈다.\n국정원은 "러시아가 북한에 원유를 보냈다"고 밝혔다.'
    )
    lead = [e for e in _events_of(doc, 0, "AID") if e.actor == "PRK"]
    assert lead and (lead[0].source, lead[0].status) == (None, "asserted")


def test_the_head_of_a_body_written_onto_its_name_speaks_for_it(korean):
    doc = korean('국정원장은 이날 정보위에서 "북한이 러시아에 병력을 추가로 보냈다"고 말했다.')
    assert one(doc, "AID").source == NIS


def test_an_outlet_the_gazetteer_names_in_english_only_is_read_by_its_korean_name(korean):
    doc = korean("NK뉴스는 북한이 러시아에 노동자를 보냈다고 보도했다.")
    assert one(doc, "AID").source == "nk-news"
