"""English: acts the grammar tells as of a time before the report's, or as a total up to
it, take no report's month (kansoku.lang.en.earlier; seventeenth pass; sentences
written for the tests). The news the sentence tells still does."""

from __future__ import annotations

import pytest

from tests.conftest import on

_PUBLISHED = "2026-03-06"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause of what came first or stands behind the news
        ("After Pyongyang shipped rockets to Moscow, Kyiv protested to the UN.", "shipped"),
        ("Seoul recalled its envoy because Pyongyang deployed soldiers to Russia.", "deployed"),
        ("Despite Moscow's supply of fighter jets to Pyongyang, the talks went on.", "supply"),
        # a relative clause that describes a thing by a known act
        ("The rockets that Pyongyang shipped to Moscow hit a school, Kyiv says.", "shipped"),
        ("The rockets Pyongyang shipped to Moscow hit a school, Kyiv says.", "shipped"),
        ("Kim Jong Un, who travelled to Russia by train, praised the pact.", "travelled"),
        # the past perfect in the text's own voice
        ("Pyongyang had deployed some 3,000 soldiers to Russia by the spring.", "deployed"),
        # an event noun that is the subject of another verb
        ("The deployment of Pyongyang's soldiers to Russia has alarmed Tokyo.", "deployment"),
        # a total up to the report
        ("Pyongyang has shipped 9,000 containers of munitions to Russia so far.", "shipped"),
        ("Since the treaty, Pyongyang has shipped rockets to Moscow.", "shipped"),
        ("Pyongyang has shipped rockets to Moscow since the treaty was signed.", "shipped"),
    ],
)
def test_an_act_told_as_earlier_takes_no_report_month(english, text, trigger):
    doc = english(text, _PUBLISHED)
    acts = on(doc, trigger)
    assert acts and all(a.date_start is None for a in acts), doc.events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("After Pyongyang shipped rockets to Moscow, Kyiv summoned Russia's envoy.", "summoned"),
        ("Pyongyang sent 2,000 more soldiers to Russia, Seoul's spy agency said.", "sent"),
        # reported speech shifts the tense back: it is still the news
        ("Seoul's spy agency said Pyongyang had sent 2,000 more soldiers to Russia.", "sent"),
        ("Pyongyang has sent 2,000 more soldiers to Russia, Seoul says.", "sent"),
    ],
)
def test_the_news_itself_keeps_the_report_month(english, text, trigger):
    doc = english(text, _PUBLISHED)
    (act,) = on(doc, trigger)
    assert act.date_start == "2026-03" and act.date_basis == "published", act


def test_a_total_since_a_date_starts_then(english):
    doc = english("Pyongyang has shipped rockets to Moscow since August 2024.", _PUBLISHED)
    (shipped,) = on(doc, "shipped")
    assert shipped.date_start == "2024-08" and shipped.date_basis == "text", shipped
