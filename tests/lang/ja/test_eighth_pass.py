"""Short articles in the style of Japanese news (NHK's によりますと…ということです, Kyodo's
【ソウル共同】…ことが分かった, Reuters Japanese ［ソウル 18日 ロイター］ - and =KCNA headlines,
Jiji, Yonhap's Japanese service), written for the eighth pass's classes of events read
wrong on unseen pages: a leader's name cut by the parser from a party title (…朝鮮労働党
総書記 read as the party); a speaker's bracketed words taken as the teller of the act the
speaker did before saying them, over the source the sentence credits; an organisation's
unnamed official (韓国軍の関係者) read as no state's; a sentence opening on an unnamed
teller (専門家は、) whose speaker became the state named inside what it says; a headline's
guess, the act the next sentence credits and dates, a wire dateline's day; dates of the
meeting an act is done at (12日の閣議で、), of the day a clause describes (…となった19日、)
and of kana year words before a season (おととし秋); letters and thanks; and what a clause
describing a noun received. Guards keep what was right. Every article was written for
these tests; names, numbers and dates are made up."""

from __future__ import annotations

from kansoku.model import Document, Event


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


def none_on(doc: Document, trigger: str) -> None:
    found = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert not found, f"an event on {trigger} in {doc.text!r}: {found}"


def text_date(event: Event) -> str | None:
    return event.date_start if event.date_basis in ("text", "context") else None


# ------------------------------------------------ a name cut from its title by the parser


def test_a_leader_named_before_his_party_title_is_the_actor_not_the_party(facts):
    doc = facts(
        "北朝鮮の金正恩朝鮮労働党総書記は3日、平壌を訪れたロシアのベロウソフ国防相と会談した。",
        "2025-03-04",
    )
    meeting = on(doc, "会談")
    assert meeting.actor == "kim-jong-un"
    assert meeting.actor != "workers-party-of-korea"


def test_a_party_delegation_is_still_the_party(facts):
    doc = facts("朝鮮労働党の代表団が15日、モスクワを訪問した。", "2025-03-16")
    assert on(doc, "訪問").actor == "workers-party-of-korea"


def test_a_delegation_the_parser_split_from_its_compound_still_visits(facts):
    doc = facts("ロシアの軍事代表団が北朝鮮を訪問し、朝鮮人民軍の幹部と会談した。")
    visit = on(doc, "訪問")
    assert (visit.actor, visit.target) == ("RUS", "PRK")


# ------------------------------------------------ the talks an accord is reached at


def test_the_talks_at_which_two_sides_agree_are_held_not_planned(facts):
    doc = facts(
        "崔善姫外相は8日、モスクワでラブロフ外相と会談し、両国の軍事協力を深めることで一致した。",
        "2025-04-09",
    )
    meeting = on(doc, "会談")
    assert meeting.status == "asserted"
    assert text_date(meeting) == "2025-04-08"


def test_what_two_sides_agree_to_do_stays_planned(facts):
    doc = facts("ロシアと北朝鮮は、軍事技術の協力を強化することで一致した。", "2025-04-09")
    assert on(doc, "協力").status == "planned"


# ------------------------------------------------ a speaker's own words after the act


def test_an_act_told_before_the_speakers_quote_is_credited_to_the_sentences_source(facts):
    doc = facts(
        "朝鮮中央通信によると、金総書記は11日、平壌を訪れたロシアのショイグ安全保障会議書記と"
        "会談し、「両国の同盟は揺るがない」と語った。",
        "2025-05-12",
    )
    meeting = on(doc, "会談")
    assert meeting.source == "kcna"
    assert text_date(meeting) == "2025-05-11"


def test_an_act_the_speaker_did_before_the_quote_is_the_texts_own(facts):
    doc = facts(
        "プーチン大統領は21日、クレムリンで北朝鮮の崔善姫外相と会談し、「友人を歓迎する」と述べた。",
        "2025-05-22",
    )
    meeting = on(doc, "会談")
    assert (meeting.source, meeting.status) == (None, "asserted")


def test_an_act_with_a_subject_of_its_own_before_the_quote_stays_the_speakers(facts):
    doc = facts(
        "韓国軍の関係者は、北朝鮮がロシアに自走砲を追加で送り、「今後も続くとみられる」と話した。",
        "2025-05-22",
    )
    sent = on(doc, "送")
    assert sent.status == "reported"
    assert sent.source is not None


def test_a_treatys_name_in_brackets_is_no_quote_of_the_speaker(facts):
    doc = facts(
        "ベロウソフ国防相は、北朝鮮兵のロシアへの派遣は、両国が結んだ「包括的戦略パートナー"
        "シップ条約」に基づくものだと強調し、北朝鮮兵を「勇敢だった」とたたえた。",
        "2025-05-22",
    )
    sent = on(doc, "派遣")
    assert (sent.source, sent.status) == ("andrei-belousov", "reported")


# ------------------------------------------------ whose official, who speaks unnamed


def test_an_armys_official_credits_the_army(facts):
    doc = facts(
        "韓国軍の関係者によりますと、北朝鮮は先月、ロシアに砲弾およそ20万発を追加で送ったということです。",
        "2025-06-10",
    )
    sent = on(doc, "送")
    assert sent.status == "reported"
    assert sent.source is not None and sent.source != "PRK"


def test_a_source_on_a_country_is_no_state_speaking(facts):
    doc = facts("北朝鮮の消息筋によると、ロシアの技術者が先月、平壌に到着した。", "2025-06-10")
    assert all(e.source == "unnamed-sources" for e in doc.events), doc.events


def test_an_unnamed_expert_opening_the_sentence_is_who_speaks(facts):
    doc = facts(
        "専門家は、ロシアは北朝鮮に潜水艦の技術を渡す可能性があると指摘している。", "2025-06-10"
    )
    handed = on(doc, "渡")
    assert (handed.actor, handed.target, handed.status) == ("RUS", "PRK", "possible")
    assert handed.source == "experts"


def test_diplomatic_sources_are_not_the_state_they_speak_of(facts):
    doc = facts("外交筋は、北朝鮮はロシアに多連装ロケット砲を送ったと明らかにした。", "2025-06-10")
    sent = on(doc, "送")
    assert sent.source != "PRK"
    assert sent.status == "reported"


def test_a_governments_official_still_speaks_for_it(facts):
    doc = facts("韓国政府関係者は、北朝鮮がロシアに工兵を送ったと述べた。", "2025-06-10")
    assert on(doc, "送").source == "KOR"


def test_a_new_spokesperson_speaks_for_the_body_named_before_the_name(facts):
    doc = facts(
        "ウクライナ外務省のボンダレンコ報道官は9日、ロシアが北朝鮮に対空ミサイルを供与したと非難した。",
        "2025-06-10",
    )
    people = {e.id: e for e in doc.entities if e.kind == "person"}
    new = [e for e in people.values() if e.names and "ボンダレンコ" in dict(e.names).get("ja", ())]
    assert new and new[0].country == "UKR"


# ------------------------------------------------ credits and dates across sentences


def test_a_headlines_guess_takes_the_leads_teller(facts):
    doc = facts(
        "北朝鮮、ロシアに多連装ロケット砲を追加供与か\n"
        "韓国の聯合ニュースは14日、北朝鮮がロシアに多連装ロケット砲を追加で供与したと報じた。",
        "2025-07-15",
    )
    headline = [e for e in doc.events if e.start == 0]
    assert headline and headline[0].source == "yonhap"


def test_the_next_sentence_that_credits_and_goes_on_telling_the_talks_is_their_teller(facts):
    doc = facts(
        "北朝鮮の国防相は2日、モスクワでベロウソフ国防相と会談した。"
        "ロシア国防省によると、両国防相は合同訓練について協議した。",
        "2025-07-03",
    )
    meeting = on(doc, "会談")
    assert meeting.source is not None and meeting.status == "reported"


def test_a_next_sentence_crediting_another_kind_of_act_leaves_the_first_asserted(facts):
    doc = facts(
        "北朝鮮の国防相は2日、モスクワでベロウソフ国防相と会談した。"
        "韓国国防省によると、北朝鮮は同じ時期にロシアに砲弾を送った。",
        "2025-07-03",
    )
    meeting = on(doc, "会談")
    assert (meeting.source, meeting.status) == (None, "asserted")


def test_a_wire_datelines_day_is_the_reports_not_the_meetings(facts):
    doc = facts(
        "[ソウル 22日 ロイター] - 北朝鮮の金正恩朝鮮労働党総書記は21日、平壌でロシアの"
        "代表団と会談した。",
        "2025-07-22",
    )
    meeting = on(doc, "会談")
    assert text_date(meeting) == "2025-07-21"


def test_the_talks_dated_by_the_next_sentence_after_a_comma(facts):
    doc = facts(
        "北朝鮮の朴正天朝鮮労働党書記がロシアを訪れ、ショイグ安全保障会議書記と会談した。\n"
        "会談は17日、モスクワのクレムリンで行われた。",
        "2025-07-22",
    )
    assert text_date(on(doc, "会談")) == "2025-07-17"


def test_the_talks_dated_by_a_credited_next_sentence(facts):
    doc = facts(
        "ロシアの軍事代表団が北朝鮮を訪問し、朝鮮人民軍の幹部と会談した。"
        "朝鮮中央通信によると、会談は19日に平壌で行われた。",
        "2025-07-22",
    )
    meeting = on(doc, "会談")
    assert text_date(meeting) == "2025-07-19"
    assert meeting.source == "kcna"


# ------------------------------------------------ dates of occasions and described days


def test_the_day_of_the_cabinet_meeting_dates_the_sanction_decided_there(facts):
    doc = facts(
        "政府は5日の閣議で、北朝鮮からロシアへの弾薬輸送に関わったとして、ロシアの貨物会社など"
        "6団体を資産凍結の対象とすることを了承した。",
        "2025-08-06",
    )
    assert text_date(on(doc, "資産凍結")) == "2025-08-05"
    # what they were involved in happened before, on no day the text gives
    assert text_date(on(doc, "輸送")) is None


def test_the_day_of_a_press_conference_does_not_date_what_is_told_there(facts):
    doc = facts(
        "官房長官は5日の記者会見で、北朝鮮がロシアに兵士を追加派遣したと述べた。", "2025-08-06"
    )
    assert text_date(on(doc, "追加派遣")) != "2025-08-05"


def test_the_day_a_clause_describes_dates_what_follows_its_comma(facts):
    doc = facts(
        "金総書記とプーチン大統領は、条約署名から1年となった19日、祝電を交換した。", "2025-06-20"
    )
    letters = on(doc, "祝電")
    assert (letters.type, letters.mode) == ("CONSULT", "letters")
    assert text_date(letters) == "2025-06-19"


def test_a_since_date_a_clause_describes_still_dates_nothing(facts):
    doc = facts(
        "ウクライナ侵攻が始まった2022年以降、北朝鮮はロシアに砲弾を供給してきた。", "2025-03-05"
    )
    assert text_date(on(doc, "供給")) is None


def test_a_kana_year_word_before_a_season(facts):
    doc = facts("北朝鮮はおととし秋以降、ロシアに兵士を送っている。", "2026-01-14")
    assert (on(doc, "送").date_start or "").startswith("2024")


# ------------------------------------------------ letters, thanks, what is received


def test_a_letter_sent_is_a_letter_not_aid(facts):
    doc = facts("金総書記はプーチン大統領に親書を送った。", "2025-08-06")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_shells_sent_are_still_aid(facts):
    doc = facts("北朝鮮はロシアに砲弾を送った。", "2025-08-06")
    assert on(doc, "送").type == "AID"


def test_greetings_exchanged(facts):
    doc = facts(
        "北朝鮮の金正恩総書記とロシアのプーチン大統領は、祝賀メッセージを交換した。", "2025-08-06"
    )
    assert on(doc, "祝賀メッセージ").type == "CONSULT"


def test_thanks_conveyed(facts):
    doc = facts("プーチン大統領は金総書記に北朝鮮軍への謝意を伝えた。", "2025-08-06")
    thanks = on(doc, "謝意")
    assert (thanks.type, thanks.mode) == ("SUPPORT", "gratitude")


def test_what_a_clause_describes_as_received_was_given_by_the_giver(facts):
    doc = facts(
        "ロシアが北朝鮮側から受け取った弾道ミサイルは少なくとも140発と推計されている。",
        "2025-08-06",
    )
    received = on(doc, "受け取")
    assert (received.type, received.actor, received.target) == ("AID", "PRK", "RUS")


def test_a_letter_handed_over_is_no_aid(facts):
    doc = facts("ショイグ氏はプーチン大統領の親書を金総書記に手渡した。", "2025-08-06")
    assert all(e.type != "AID" for e in doc.events), doc.events


# ------------------------------------------------ who fired, who was counted


def test_a_missile_fired_at_a_city_is_not_fired_by_the_city_nor_by_its_maker(facts):
    doc = facts(
        "ウクライナ空軍は、北朝鮮製の短距離弾道ミサイル3発が東部ドニプロに向けて発射されたと"
        "発表した。",
        "2025-09-02",
    )
    launches = [e for e in doc.events if e.trigger.startswith("発射")]
    assert all(e.actor not in ("UKR", "PRK", "dnipro") for e in launches), launches


def test_what_is_fired_at_a_city_by_a_named_army_aims_at_that_city(facts):
    doc = facts("ロシア軍は北朝鮮製の弾道ミサイルを東部ドニプロに向けて発射した。", "2025-09-02")
    launch = on(doc, "発射")
    assert launch.actor == "russian-armed-forces"
    assert launch.target == "UKR"


def test_shells_of_a_maker_sent_are_still_the_makers(facts):
    doc = facts("北朝鮮製の砲弾が鉄道でロシアに送られた。", "2025-09-02")
    sent = on(doc, "送")
    assert (sent.actor, sent.target) == ("PRK", "RUS")


def test_troops_counted_after_their_name_are_still_theirs(facts):
    doc = facts(
        "韓国の国家情報院は1日、北朝鮮兵約4000人がロシアに新たに派遣されたと国会に報告した。",
        "2025-09-02",
    )
    sent = on(doc, "派遣")
    assert sent.actor in ("PRK", "korean-peoples-army")
    assert sent.target == "RUS"
    assert sent.source == "national-intelligence-service"


def test_a_meeting_with_someone_too(facts):
    doc = facts(
        "北朝鮮の崔善姫外相は3日、モスクワでラブロフ外相と会談した。"
        "タス通信によると、崔外相はこの訪問の間にプーチン大統領とも会う予定だ。",
        "2025-09-04",
    )
    planned = [e for e in doc.events if e.target == "vladimir-putin"]
    assert planned and planned[0].status == "planned"


def test_a_meeting_yet_to_come_in_the_next_sentence_does_not_credit_the_one_held(facts):
    doc = facts(
        "北朝鮮の崔善姫外相は3日、モスクワでラブロフ外相と会談した。"
        "タス通信によると、崔外相はこの訪問の間にプーチン大統領とも会談する予定だ。",
        "2025-09-04",
    )
    held = [e for e in doc.events if e.target == "sergei-lavrov"]
    assert held and (held[0].source, held[0].status) == (None, "asserted")


def test_a_visit_dated_by_the_day_it_began_in_the_next_sentence(facts):
    doc = facts(
        "ロシアの軍事代表団が北朝鮮を訪れ、朝鮮人民軍の幹部と会談した。\n"
        "訪問は4日から3日間の日程で行われた。",
        "2026-02-15",
    )
    assert text_date(on(doc, "訪れ")) == "2026-02-04"


def test_unnamed_tellers_in_a_short_credit_line_make_the_fact_reported(facts):
    doc = facts(
        "北朝鮮がロシアから戦闘機の部品を受け取っていたことが9日、分かった。"
        "複数の外交関係者が明らかにした。",
        "2026-02-15",
    )
    received = on(doc, "受け取")
    assert (received.actor, received.target, received.status) == ("RUS", "PRK", "reported")


def test_a_fact_followed_by_another_statement_stays_asserted(facts):
    doc = facts(
        "北朝鮮がロシアから戦闘機の部品を受け取った。関係者は今後の動向を注視している。",
        "2026-02-15",
    )
    assert on(doc, "受け取").status == "asserted"


def test_agreed_on_a_noun(facts):
    doc = facts("ロシアと北朝鮮は、鉄道輸送の拡充で一致した。", "2026-02-15")
    agreed = [e for e in doc.events if e.type == "AGREE"]
    assert agreed and {agreed[0].actor, agreed[0].target} == {"RUS", "PRK"}


def test_views_that_coincide_are_no_accord(facts):
    doc = facts("ロシアと北朝鮮の立場が一致した。", "2026-02-15")
    assert all(e.type != "AGREE" for e in doc.events), doc.events
