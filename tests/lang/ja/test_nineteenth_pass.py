"""Japanese, nineteenth pass (sentences written for the tests): a clause closed by とした
is said, by a topic set off as its speaker or else by the teller named before (over a
paragraph break too); a document named with its owner is the owner's, and what the text
goes on to say is said of it (…とされる) stays the document's until the text names
another teller or says something as its own."""

from __future__ import annotations

from tests.conftest import on

_PUBLISHED = "2026-05-20"


def test_a_topic_set_off_before_toshita_is_its_speaker(facts):
    doc = facts("韓国国防省は20日、北朝鮮がロシアに砲弾を追加で送ったとした。", _PUBLISHED)
    sent = on(doc, "送っ")[0]
    assert (sent.status, sent.source) == ("reported", "rok-ministry-of-national-defense")


def test_a_state_set_off_before_toshita_speaks_of_its_own_plan(facts):
    doc = facts("北朝鮮は、ロシアへの派兵を続けるとした。", _PUBLISHED)
    assert on(doc, "派兵")[0].source == "PRK"


def test_toshita_with_its_speaker_unsaid_continues_the_teller_before(facts):
    doc = facts(
        "韓国国防省は20日、ロシアが北朝鮮に無人機の技術を渡したとの見方を示した。"
        "北朝鮮は派兵の対価にロシアから外貨を受け取っているもようだとした。",
        _PUBLISHED,
    )
    got = on(doc, "受け取")[0]
    assert got.source == "rok-ministry-of-national-defense", got


def test_toshita_opening_a_paragraph_continues_the_teller_of_the_one_before(facts):
    doc = facts(
        "韓国国防省は20日、ロシアが北朝鮮に無人機の技術を渡したとの見方を示した。"
        "兵士の士気は低いとも報告した。\n"
        "北朝鮮は派兵の対価にロシアから外貨を受け取っているもようだとした。",
        _PUBLISHED,
    )
    got = on(doc, "受け取")[0]
    assert got.source == "rok-ministry-of-national-defense", got


def test_a_topic_not_set_off_before_toshita_is_what_is_said_of(facts):
    doc = facts("北朝鮮は派兵の対価にロシアから外貨を受け取っているもようだとした。", _PUBLISHED)
    got = on(doc, "受け取")[0]
    assert got.source != "PRK" and got.status == "possible", got


def test_a_noun_named_as_something_with_toshita_is_no_saying(facts):
    doc = facts("米財務省は、ロシアの海運会社2社を新たに制裁の対象とした。", _PUBLISHED)
    assert all(e.status == "asserted" for e in doc.events), doc.events


def test_a_document_named_with_its_owner_tells_the_owners_word_after_it(facts):
    doc = facts(
        "北朝鮮が砲弾の輸出で多額の外貨を得たと、米国防総省の報告書が指摘した。\n"
        "同報告書によれば、北朝鮮は昨秋、兵士を追加でロシアに派遣した。",
        _PUBLISHED,
    )
    sent = on(doc, "派遣")[0]
    assert (sent.status, sent.source) == ("reported", "pentagon")


def test_what_is_said_to_be_so_goes_on_telling_the_document(facts):
    doc = facts(
        "MSMTは29日、2回目の報告書を公表した。\n"
        "報告書では、北朝鮮が昨年、ロシアに大量の砲弾を送ったと指摘した。\n"
        "さらに、ロシアは北朝鮮に防空システムを供与したとされる。",
        _PUBLISHED,
    )
    supplied = on(doc, "供与")[0]
    assert (supplied.status, supplied.source) == (
        "reported",
        "multilateral-sanctions-monitoring-team",
    )


def test_the_document_stops_telling_after_the_text_speaks_for_itself(facts):
    doc = facts(
        "MSMTは29日、2回目の報告書を公表した。\n"
        "報告書では、北朝鮮が昨年、ロシアに大量の砲弾を送ったと指摘した。\n"
        "ロシアは昨年、北朝鮮と包括的戦略パートナーシップ条約を締結した。\n"
        "さらに、ロシアは北朝鮮に防空システムを供与したとされる。",
        _PUBLISHED,
    )
    assert on(doc, "供与")[0].source is None


def test_a_paragraph_opened_on_the_document_goes_on_in_its_account(facts):
    doc = facts(
        "MSMTは29日、2回目の報告書を公表した。\n"
        "同報告書では、昨年の北朝鮮からロシアへの砲弾の輸送が年間で倍増したとされた。"
        "ロシアは北朝鮮に原油を供給した。",
        _PUBLISHED,
    )
    supplied = on(doc, "供給")[0]
    assert supplied.source == "multilateral-sanctions-monitoring-team", supplied


def test_an_unnamed_teller_in_the_documents_account_tells_its_own_word(facts):
    doc = facts(
        "MSMTは29日、2回目の報告書を公表した。\n"
        "報告書では、北朝鮮が昨年、ロシアに大量の砲弾を送ったと指摘した。\n"
        "安全保障の専門家らは、ロシアが北朝鮮に防空システムを供与したと分析している。",
        _PUBLISHED,
    )
    assert on(doc, "供与")[0].source == "experts"


def test_a_document_someone_obtained_is_not_its_owners_account(facts):
    doc = facts(
        "共同通信が独自に入手したロシア軍の内部資料によると、北朝鮮は昨年、砲弾を追加で"
        "ロシアに送った。\nロシアは見返りに北朝鮮へ石油を供給したとされる。",
        _PUBLISHED,
    )
    assert on(doc, "供給")[0].source != "russian-armed-forces"
