"""Korean, eighteenth pass (sentences written for the tests): what is sent gives the mode
when it has a kind of its own (labourers are no troops, technicians no sappers)."""

from __future__ import annotations

import pytest

from tests.conftest import on


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("북한이 러시아에 노동자 2천 명을 파견했다.", "파견", "workers"),
        ("러시아가 북한에 기술자들을 파견했다.", "파견", "experts"),
        ("북한이 러시아에 병력 3천 명을 파견했다.", "파견", "troops"),
    ],
)
def test_what_is_sent_gives_the_mode(korean, text, trigger, mode):
    (sent,) = on(korean(text, "2026-04-14"), trigger)
    assert sent.mode == mode, sent
