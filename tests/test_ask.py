"""kansoku ask: questions in Japanese, English and Korean read into what they ask
(Understood), and answered from a store with stored facts only, each line cited.

The questions are the test authors' own wording. Part one reads questions alone; part two
answers from the team's sample articles; part three from the shared seeds and dev corpus
(skipped without ../shared).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from kansoku.ask import Answer, answer_json, answer_text, ask, question_words_for, read_question
from kansoku.ask.words import Matcher, QuestionWords, load_question_words
from kansoku.cli import app
from kansoku.knowledge import Knowledge
from kansoku.pipeline import ingest
from kansoku.store import Store, StoreReader, open_store

TODAY = "2026-12-01"


@pytest.fixture(scope="module")
def words(knowledge: Knowledge) -> QuestionWords:
    return question_words_for(knowledge)


# -- reading questions ------------------------------------------------------------------

# (question, shape, kinds, measure, entities named, (category, mode) asked, denial, since)
READINGS = {
    "ja": [
        ("ロシアにいる北朝鮮兵は何人？", "how_many", ("troops",), None, {"RUS", "PRK"}, set(), False, None),
        ("北朝鮮はロシアに砲弾を何発送ったのか", "how_many", ("shells",), None, {"PRK", "RUS"}, {("AID", None)}, False, None),
        ("北朝鮮兵の負傷者は何人か", "how_many", ("casualties",), "wounded", {"PRK"}, set(), False, None),
        ("北朝鮮はロシアにミサイルを何発供与したか", "how_many", ("missiles",), None, {"PRK", "RUS"}, {("AID", "weapons")}, False, None),
        ("北朝鮮がロシアから得た資金はいくらか", "how_many", ("money",), None, {"PRK", "RUS"}, set(), False, None),
        ("条約はいつ発効したか", "when", (), None, set(), {("AGREE", "in_force")}, False, None),
        ("ショイグ氏が平壌を訪問したのはいつか", "when", ("visits",), None, {"sergei-shoigu", "pyongyang"}, {("CONSULT", "visit")}, False, None),
        ("誰が派兵を否定したのか", "who", ("troops",), None, set(), {("AID", "troops")}, True, None),
        ("金正恩総書記と会談したロシア高官は誰か", "who", ("visits",), None, {"kim-jong-un", "RUS"}, {("CONSULT", "meeting")}, False, None),
        ("北朝鮮はロシアに兵士を派遣したか", "whether", ("troops",), None, {"PRK", "RUS"}, {("AID", "troops")}, False, None),
        ("ロシアが北朝鮮に提供した支援は何か", "what", (), None, {"RUS", "PRK"}, {("AID", None)}, False, None),
        ("北朝鮮兵の死者数をめぐって情報は食い違っているか", "findings", ("casualties",), "killed", {"PRK"}, set(), False, None),
        ("2024年以降にロシアへ派遣された北朝鮮兵は何人か", "how_many", ("troops",), None, {"RUS", "PRK"}, {("AID", "troops")}, False, "2024"),
    ],
    "en": [
        ("How many North Korean troops are in Russia?", "how_many", ("troops",), None, {"PRK", "RUS"}, set(), False, None),
        ("How many artillery shells has North Korea sent to Russia?", "how_many", ("shells",), None, {"PRK", "RUS"}, set(), False, None),
        ("How many North Korean soldiers have been killed?", "how_many", ("casualties",), "killed", {"PRK"}, set(), False, None),
        ("How much money has Russia paid North Korea?", "how_many", ("money",), None, {"RUS", "PRK"}, set(), False, None),
        ("How many containers did North Korea ship to Russia in 2023?", "how_many", ("containers",), None, {"PRK", "RUS"}, set(), False, "2023"),
        ("When did the treaty enter into force?", "when", (), None, set(), {("AGREE", "in_force")}, False, None),
        ("When did Belousov arrive in North Korea?", "when", (), None, {"andrei-belousov", "PRK"}, {("CONSULT", "visit")}, False, None),
        ("Who denied the troop deployment?", "who", ("troops",), None, set(), {("MOBILIZE", "troops")}, True, None),
        ("Which country vetoed the UN panel?", "who", (), None, {"UN"}, {("REJECT", "veto")}, False, None),
        ("Did North Korea deploy troops to Russia?", "whether", ("troops",), None, {"PRK", "RUS"}, {("MOBILIZE", "troops")}, False, None),
        ("What did Russia deny?", "what", (), None, {"RUS"}, set(), True, None),
        ("Do the casualty figures for North Korean troops conflict?", "findings", ("casualties",), "casualties", {"PRK"}, set(), False, None),
    ],
    "ko": [
        ("러시아에 파병된 북한군은 몇 명인가?", "how_many", ("troops",), None, {"RUS", "PRK"}, {("AID", "troops")}, False, None),
        ("북한이 러시아에 보낸 포탄은 몇 발인가?", "how_many", ("shells",), None, {"PRK", "RUS"}, {("AID", None)}, False, None),
        ("북한군 사상자는 몇 명인가?", "how_many", ("casualties",), "casualties", {"PRK"}, set(), False, None),
        ("북한군 전사자는 몇 명?", "how_many", ("casualties",), "killed", {"PRK"}, set(), False, None),
        ("북한은 러시아에 미사일을 몇 발 넘겼나?", "how_many", ("missiles",), None, {"PRK", "RUS"}, {("AID", "weapons")}, False, None),
        ("북·러 조약은 언제 발효됐나?", "when", (), None, {"comprehensive-strategic-partnership-treaty"}, {("AGREE", "in_force")}, False, None),
        ("쇼이구는 언제 평양을 방문했나?", "when", ("visits",), None, {"sergei-shoigu", "pyongyang"}, {("CONSULT", "visit")}, False, None),
        ("누가 파병을 부인했나?", "who", ("troops",), None, set(), {("AID", "troops")}, True, None),
        ("북한은 러시아에 무기를 제공했나?", "whether", ("munitions",), None, {"PRK", "RUS"}, {("AID", None)}, False, None),
        ("러시아에 대한 북한의 지원은 무엇인가?", "what", (), None, {"RUS", "PRK"}, {("AID", None)}, False, None),
        ("북한군 사상자 규모를 두고 엇갈리는 주장은?", "findings", ("casualties",), "casualties", {"PRK"}, set(), False, None),
        ("2024년 이후 북한이 러시아에 보낸 병력은 몇 명인가?", "how_many", ("troops",), None, {"PRK", "RUS"}, {("AID", None)}, False, "2024"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "row"),
    [(lang, row) for lang, rows in READINGS.items() for row in rows],
    ids=[row[0] for rows in READINGS.values() for row in rows],
)
def test_a_question_is_read_into_what_it_asks(language, row, knowledge, words):
    question, shape, kinds, measure, entities, events, denial, since = row
    u = read_question(question, knowledge, words, today=TODAY)
    assert u.language == language
    assert u.shape == shape, u
    assert u.kinds == kinds, u
    assert u.measure == measure, u
    assert entities <= {e.id for e in u.entities}, u
    assert events <= {(e.category, e.mode) for e in u.events}, u
    assert u.denial is denial
    assert u.since == since
    assert u.mapped


def test_each_language_reads_at_least_ten_shapes_of_question():
    for rows in READINGS.values():
        assert len(rows) >= 10
        assert {row[1] for row in rows} >= {
            "how_many",
            "when",
            "who",
            "whether",
            "what",
            "findings",
        }


def test_whose_count_a_question_asks_for(knowledge, words):
    """The state in the name holding the kind's word, the actor of the verb, or the first
    state named that is not where things go."""
    cases = {
        "ロシアにいる北朝鮮兵は何人？": ("PRK",),
        "러시아에 파병된 북한군은 몇 명인가?": ("PRK",),
        "How many shells did Russia buy from North Korea?": ("RUS",),
        "北朝鮮はロシアに砲弾を何発送ったのか": ("PRK",),
    }
    for question, owners in cases.items():
        assert read_question(question, knowledge, words, today=TODAY).owners == owners, question


def test_the_unit_asked_in(knowledge, words):
    """A kind counted in several units (oil: barrels or tonnes) takes the counter the
    question uses; a noun inside a counter (the ship word inside the Korean barrel) is
    no noun of its own."""
    cases = {
        "How many barrels of oil has Russia sent to North Korea?": (("oil",), "barrels"),
        "ロシアは北朝鮮に石油を何トン送ったか": (("oil",), "tonnes"),
        "러시아가 북한에 보낸 석유는 몇 배럴인가?": (("oil",), "barrels"),
        "北朝鮮兵は何人": (("troops",), "persons"),
    }
    for question, (kinds, unit) in cases.items():
        u = read_question(question, knowledge, words, today=TODAY)
        assert (u.kinds, u.unit) == (kinds, unit), question


def test_a_denial_names_who_denies(knowledge, words):
    u = read_question("Did Russia deny sending troops?", knowledge, words, today=TODAY)
    assert u.denial and u.deniers == ("RUS",) and u.shape == "whether"
    assert ("AID", "troops") in {(e.category, e.mode) for e in u.events}


def test_periods_from_since_and_until_words(knowledge, words):
    def period(question: str) -> tuple[str | None, str | None]:
        u = read_question(question, knowledge, words, today=TODAY)
        return u.since, u.until

    assert period("2024年以降に北朝鮮が派遣した兵士は何人か") == ("2024", None)
    assert period("2024年10月までに北朝鮮が派遣した兵士は何人か") == (None, "2024-10")
    assert period("How many troops did North Korea send before October 2024?") == (None, "2024-10")
    assert period("How many troops had North Korea sent by 2024?") == (None, "2024")
    assert period("How many troops has North Korea sent since October 2024?") == ("2024-10", None)
    assert period("2024년 이후 북한이 러시아에 보낸 병력은 몇 명인가?") == ("2024", None)


@pytest.mark.parametrize(
    "question",
    [
        "What is the weather in Paris?",
        "パリの天気は？",
        "서울 날씨는 어때?",
        "Who won the World Cup?",
    ],
)
def test_a_question_about_nothing_tracked_maps_to_nothing(question, knowledge, words):
    u = read_question(question, knowledge, words, today=TODAY)
    assert not u.kinds and not u.events and not u.denial and not u.mapped


def test_a_question_in_an_unread_language_is_refused(sample_db, knowledge):
    store = open_store(sample_db)
    try:
        answer = ask(
            store, "Combien de soldats nord-coréens sont en Russie ?", knowledge, language="fr"
        )
    finally:
        store.close()
    assert not answer.answered and "en, ja, ko" in (answer.reason or "")


def test_question_words_are_data(tmp_path, knowledge):
    """A language's question words come from its questions.yaml: a language without
    one has none, and the counted kinds are its units.yaml's."""
    words = load_question_words(knowledge)
    assert set(words.languages) == {"ja", "en", "ko"}
    ja = words.languages["ja"]
    assert ja.shapes["何人"] == "how_many" and "troops" in ja.counters["人"]
    en = words.languages["en"]
    assert en.terms["shells"].kind == "shells" and en.terms["casualties"].kind == "casualties"
    assert [
        h.form for h in Matcher(["how many"], whole_words=True).find("How many? somehow many")
    ] == ["How many"]


# -- answers from the team's sample articles ---------------------------------------------


@pytest.fixture(scope="module")
def samples_store(sample_db: str) -> Iterator[StoreReader]:
    store = open_store(sample_db)
    yield store
    store.close()


def cited(answer: Answer, store: StoreReader) -> None:
    """Every line is a stored fact with a quote taken from its document's text."""
    assert answer.answered, answer.reason
    assert answer.lines
    for line in answer.lines:
        doc = store.document(line.doc_id)
        assert doc is not None and line.quote and line.quote in doc.text, line
        assert (line.value is not None) == (line.fact == "figure")
        assert (line.event is not None) == (line.fact != "figure")


def test_samples_how_many_containers_in_three_languages(samples_store, knowledge):
    for question in (
        "How many containers has North Korea sent to Russia?",
        "北朝鮮がロシアに送ったコンテナはいくつか",
        "북한이 러시아에 보낸 컨테이너는 몇 개인가?",
    ):
        answer = ask(samples_store, question, knowledge, today=TODAY)
        cited(answer, samples_store)
        assert {line.series for line in answer.lines} == {"containers|containers|PRK"}, question
        values = [line.value for line in answer.lines]
        assert {1000, 6700, 13000} <= set(values)
        dates = [line.date for line in answer.lines]
        assert dates == sorted(dates, key=lambda d: (d is None, d or "")), "by date, undated last"


def test_an_answer_cites_a_page_of_its_facts_and_counts_them_all(samples_store, knowledge):
    """A store of thousands of reports answers with a page of them, the most recent
    first, and says how many match: limit and offset page through the rest."""
    question = "How many containers has North Korea sent to Russia?"
    whole = ask(samples_store, question, knowledge, today=TODAY)
    facts = [line.fact_id for line in whole.lines]
    assert whole.matched == len(set(facts)) >= 3
    newest = max(whole.lines, key=lambda line: line.date or "")
    first = ask(samples_store, question, knowledge, today=TODAY, limit=1)
    assert [line.fact_id for line in first.lines] == [newest.fact_id]
    assert first.matched == whole.matched and "1 of" in (first.summary or "")
    second = ask(samples_store, question, knowledge, today=TODAY, limit=1, offset=1)
    assert second.lines and second.lines[0].fact_id not in (newest.fact_id,)
    past = ask(samples_store, question, knowledge, today=TODAY, offset=whole.matched)
    assert not past.answered and past.matched == whole.matched
    assert answer_json(first)["matched"] == whole.matched
    events = ask(samples_store, "When did Putin visit Pyongyang?", knowledge, today=TODAY)
    assert events.matched >= len({line.fact_id for line in events.lines}) > 0


def test_samples_who_denied_the_dispatch(samples_store, knowledge):
    answer = ask(samples_store, "派兵を否定したのは誰か", knowledge, today=TODAY)
    cited(answer, samples_store)
    who = {w for line in answer.lines for w in line.who}
    assert "Dmitry Peskov" in who
    assert any(d.kind == "assertion_vs_denial" for d in answer.disagreements)


def test_samples_when_putin_visited_pyongyang(samples_store, knowledge):
    answer = ask(samples_store, "When did Putin visit Pyongyang?", knowledge, today=TODAY)
    cited(answer, samples_store)
    assert all(
        line.event and line.event.startswith("CONSULT (visit) Vladimir Putin")
        for line in answer.lines
    )
    assert "2024-06-19" in {line.date for line in answer.lines}


def test_samples_not_answered_says_what_was_understood(samples_store, knowledge):
    answer = ask(samples_store, "Who imposed sanctions on North Korea?", knowledge, today=TODAY)
    assert not answer.answered and not answer.lines
    assert "SANCTION" in (answer.reason or "") and "North Korea (PRK)" in (answer.reason or "")


def test_answer_json_keys_in_contract_order(samples_store, knowledge):
    answer = ask(samples_store, "How many containers has North Korea sent to Russia?", knowledge)
    data = answer_json(answer)
    assert list(data)[:5] == ["question", "understood", "answered", "answer", "disagreements"]
    assert data["answered"] is True and data["understood"]["kinds"] == ["containers"]
    for line in data["answer"]:
        assert list(line)[:6] == ["value", "date", "source", "quote", "doc_id", "url"]
    event = answer_json(ask(samples_store, "When did Putin visit Pyongyang?", knowledge))
    assert list(event["answer"][0])[:6] == ["event", "date", "source", "quote", "doc_id", "url"]
    json.dumps(data, ensure_ascii=False)  # plain JSON throughout


def test_answer_text_shows_understood_quotes_and_outlets(samples_store, knowledge):
    text = answer_text(
        ask(samples_store, "How many containers has North Korea sent to Russia?", knowledge)
    )
    assert text[0].startswith("understood: a question in en, asking how many")
    assert any("John Kirby" in line for line in text)
    assert any(line.startswith("    “") for line in text)


def test_cli_ask_answers_and_exits_0_when_it_cannot(sample_db):
    runner = CliRunner()
    result = runner.invoke(app, ["ask", "北朝鮮兵の負傷者は何人か", "--db", sample_db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["answered"] and {line["value"] for line in data["answer"]} >= {1000}
    result = runner.invoke(app, ["ask", "What is the weather in Paris?", "--db", sample_db])
    assert result.exit_code == 0
    assert "not answered:" in result.stdout and "outside what kansoku can map" in result.stdout


# -- answers from the shared seeds and dev corpus ------------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not present")


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The seeds and dev.jsonl in one store, ingested once for this module."""
    path = str(tmp_path_factory.mktemp("ask") / "shared.db")
    store = open_store(path)
    corpus = SHARED / "corpus"
    report = ingest([str(corpus / "seeds"), str(corpus / "dev.jsonl")], store)
    assert report.ok, report.errors
    yield store
    store.close()


def answered(store: StoreReader, question: str, knowledge: Knowledge) -> Answer:
    answer = ask(store, question, knowledge, today=TODAY)
    cited(answer, store)
    return answer


def values(answer: Answer) -> set[float]:
    return {line.value for line in answer.lines if line.value is not None}


def who(answer: Answer) -> set[str]:
    return {w for line in answer.lines for w in line.who}


def check_troops(a: Answer) -> None:
    assert all(line.kind == "troops" and line.series == "troops|persons|PRK" for line in a.lines)
    assert {1500, 10000} <= values(a)
    assert any(d.kind == "denial" and "Russia" in d.summary for d in a.disagreements)


def check_shells(a: Answer) -> None:
    assert {line.series for line in a.lines} == {"shells|rounds|PRK"}
    assert 5_000_000 in values(a)


def check_killed(a: Answer) -> None:
    assert {line.measure for line in a.lines} == {"killed"} and values(a) == {100, 300}


def check_wounded(a: Answer) -> None:
    assert {line.measure for line in a.lines} == {"wounded"} and values(a) == {1000, 2700}


def check_casualties(a: Answer) -> None:
    assert {line.measure for line in a.lines} == {"casualties"} and values(a) == {3000}


def check_containers(a: Answer) -> None:
    assert {line.series for line in a.lines} == {"containers|containers|PRK"}
    assert {1000, 11000} <= values(a)


def check_money(a: Answer) -> None:
    assert {line.unit for line in a.lines} == {"JPY"} and values(a) == {110_000_000_000}


def first_date(expected: str, event: str):
    def check(a: Answer) -> None:
        assert a.lines[0].date == expected and (a.lines[0].event or "").startswith(event), a.lines[
            0
        ]

    return check


def check_in_force(a: Answer) -> None:
    first_date("2024-12-04", "AGREE (in_force)")(a)


def check_belousov(a: Answer) -> None:
    first_date("2024-11-29", "CONSULT (visit) Andrei Belousov → North Korea")(a)


def check_veto(a: Answer) -> None:
    first_date("2024-03-28", "REJECT (veto) Russia")(a)


def check_russia_denied_troops(a: Answer) -> None:
    assert "Russia" in who(a) and "North Korea" not in who(a) and "Iran" not in who(a)
    assert any(line.status == "denied" and "(troops)" in (line.event or "") for line in a.lines)


def check_troops_sent(a: Answer) -> None:
    assert all(line.event and "(troops)" in line.event for line in a.lines)
    assert any(line.status in ("asserted", "reported") for line in a.lines)
    assert a.summary and a.summary.startswith("yes")
    assert any(
        d.kind == "assertion_vs_denial" and "Russia denies" in d.summary for d in a.disagreements
    )


def check_weapons_supplied(a: Answer) -> None:
    assert all(line.event and line.event.startswith("AID") for line in a.lines)
    assert a.summary and a.summary.startswith("yes")
    assert any("North Korea denies" in d.summary for d in a.disagreements)


def check_disagreements(a: Answer) -> None:
    kinds = {d.kind for d in a.disagreements}
    assert "assertion_vs_denial" in kinds and all(d.finding_id for d in a.disagreements)
    summaries = " ".join(d.summary for d in a.disagreements)
    assert "Russia denies" in summaries and "North Korea denies" in summaries


def check_treaty_signers(a: Answer) -> None:
    assert {"Kim Jong Un", "Vladimir Putin"} <= who(a)
    assert all((line.event or "").startswith("AGREE (treaty)") for line in a.lines)


def check_duma(a: Answer) -> None:
    first_date("2024-10-24", "AGREE (ratify) State Duma")(a)


def check_north_korea_ratified(a: Answer) -> None:
    assert all((line.event or "").startswith("AGREE (ratify)") for line in a.lines)
    # North Korea's ratification, told as the state's or as its leader's decree.
    event = a.lines[0].event or ""
    assert a.lines[0].date == "2024-11" and ("North Korea" in event or "Kim Jong Un" in event)


SHARED_QUESTIONS = {
    "en": [
        ("How many North Korean troops are in Russia?", check_troops),
        ("How many artillery shells has North Korea sent to Russia?", check_shells),
        ("How many North Korean soldiers have been killed?", check_killed),
        ("How many containers did North Korea ship to Russia?", check_containers),
        ("How much money does North Korea expect to gain from Russia?", check_money),
        ("When did the treaty enter into force?", check_in_force),
        ("When did Belousov visit North Korea?", check_belousov),
        ("When did Russia's State Duma ratify the treaty?", check_duma),
        ("Who denied the troop deployment?", check_russia_denied_troops),
        ("Which country vetoed the renewal of the UN panel?", check_veto),
        ("Did North Korea send troops to Russia?", check_troops_sent),
        ("Which reports contradict each other?", check_disagreements),
    ],
    "ja": [
        ("ロシアにいる北朝鮮兵は何人？", check_troops),
        ("北朝鮮はロシアに砲弾を何発送ったのか", check_shells),
        ("北朝鮮兵の負傷者は何人か", check_wounded),
        ("北朝鮮がロシアに送ったコンテナはいくつか", check_containers),
        ("北朝鮮がロシアから得る経済的利益はいくらか", check_money),
        ("包括的戦略パートナーシップ条約が発効したのはいつ？", check_in_force),
        ("ベロウソフ国防相はいつ北朝鮮を訪問したか", check_belousov),
        ("ロシアはいつ拒否権を行使したか", check_veto),
        ("派兵を否定したのはどの国か", check_russia_denied_troops),
        ("条約に署名したのは誰か", check_treaty_signers),
        ("北朝鮮はロシアに武器を供給したか", check_weapons_supplied),
        ("食い違っている報道はどれか", check_disagreements),
    ],
    "ko": [
        ("러시아에 파병된 북한군은 몇 명인가?", check_troops),
        ("북한이 러시아에 보낸 포탄은 몇 발인가?", check_shells),
        ("북한군 사상자는 몇 명인가?", check_casualties),
        ("북한군 전사자는 몇 명?", check_killed),
        ("북한이 보낸 컨테이너는 몇 개인가?", check_containers),
        ("북·러 조약은 언제 발효됐나?", check_in_force),
        ("북한은 언제 조약을 비준했나?", check_north_korea_ratified),
        ("벨로우소프 국방장관은 언제 북한을 방문했나?", check_belousov),
        ("러시아가 거부권을 행사한 것은 언제인가?", check_veto),
        ("누가 파병을 부인했나?", check_russia_denied_troops),
        ("북한은 러시아에 무기를 제공했나?", check_weapons_supplied),
        ("서로 엇갈리는 주장은 무엇인가?", check_disagreements),
    ],
}

UNANSWERABLE = {
    "en": [
        "What is the weather in Paris?",
        "Who imposed sanctions on North Korea?",
        "How many tanks has Russia given to North Korea?",
    ],
    "ja": [
        "パリの天気は？",
        "北朝鮮に制裁を科したのはどの国か",
        "北朝鮮はロシアに戦車を何両送ったか",
    ],
    "ko": [
        "서울 날씨는 어때?",
        "북한에 제재를 부과한 나라는?",
        "북한이 러시아에 보낸 탱크는 몇 대인가?",
    ],
}


@needs_shared
@pytest.mark.parametrize(
    ("language", "question", "check"),
    [(lang, q, check) for lang, rows in SHARED_QUESTIONS.items() for q, check in rows],
    ids=[q for rows in SHARED_QUESTIONS.values() for q, _ in rows],
)
def test_shared_questions_are_answered_from_the_record(
    language, question, check, shared_store, knowledge
):
    answer = answered(shared_store, question, knowledge)
    assert answer.understood.language == language
    check(answer)


@needs_shared
def test_shared_questions_cover_ten_shapes_per_language():
    for rows in SHARED_QUESTIONS.values():
        assert len({check for _, check in rows}) >= 10


@needs_shared
@pytest.mark.parametrize(
    ("language", "question"),
    [(lang, q) for lang, qs in UNANSWERABLE.items() for q in qs],
    ids=[q for qs in UNANSWERABLE.values() for q in qs],
)
def test_shared_questions_outside_the_record_are_not_answered(
    language, question, shared_store, knowledge
):
    answer = ask(shared_store, question, knowledge, today=TODAY)
    assert answer.understood.language == language
    assert answer.answered is False and not answer.lines and not answer.disagreements
    assert answer.reason and answer.reason.startswith("Understood a question in " + language)
    data = answer_json(answer)
    assert data["answered"] is False and data["answer"] == [] and data["reason"] == answer.reason


@needs_shared
def test_shared_lines_carry_outlet_and_address_when_the_page_gives_them(shared_store, knowledge):
    answer = answered(shared_store, "When did the treaty enter into force?", knowledge)
    for line in answer.lines:
        doc = shared_store.document(line.doc_id)
        assert doc is not None
        if doc.url and not doc.sections:
            assert line.url == doc.url
    ko = next(line for line in answer.lines if "ajunews" in (line.url or ""))
    assert ko.published == "2024-11-12"


def test_cli_ask_says_how_much_was_read(sample_db):
    """Like every view, an answer (or its absence) tells how much of the store was read
    and how many sentences no fact came from, so the analyst knows where to read by hand."""
    store = open_store(sample_db)
    stats = store.stats()
    store.close()
    read = {"documents": stats.documents, "fact_sentences": stats.fact_sentences,
            "unread_sentences": stats.unread_sentences}  # fmt: skip
    runner = CliRunner()
    result = runner.invoke(app, ["ask", "北朝鮮兵の負傷者は何人か", "--db", sample_db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["coverage"] == read
    for question in ("北朝鮮兵の負傷者は何人か", "What is the weather in Paris?"):
        result = runner.invoke(app, ["ask", question, "--db", sample_db])
        told = [line for line in result.stdout.splitlines() if line.startswith("read: ")]
        assert told and f"{stats.documents} documents read" in told[0], result.stdout
        assert f"{stats.unread_sentences} sentences name a tracked party" in told[0]
