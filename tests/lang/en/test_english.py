"""English: sentences split at their stops, not at abbreviations; aliases as whole words."""

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.link import link


def english():
    return default_knowledge().language("en")


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in english().split_sentences(text)]


def linked(text: str) -> list[tuple[str, str]]:
    mentions, _ = link(text, english(), default_knowledge().gazetteer)
    return [(m.text, m.entity_id) for m in mentions]


def test_a_paragraph_splits_into_its_sentences():
    text = "Troops arrived in the east. Officials said more would come! Would they stay?"
    assert sentences(text) == [
        "Troops arrived in the east.",
        "Officials said more would come!",
        "Would they stay?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Kim met Gen. Belousov in the capital.",
        "U.S. officials said the shells were shipped.",
        "The envoy arrived on Nov. 5 and left the next day.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_a_quote_closes_before_the_next_sentence():
    text = 'He said: "We will respond." The ministry agreed.'
    assert sentences(text) == ['He said: "We will respond."', "The ministry agreed."]


def test_aliases_are_whole_words_with_their_case():
    assert ("US", "USA") in linked("The US and Russia disagreed.")
    assert all(e != "USA" for _, e in linked("Tell us about the treaty."))
    assert ("North Korea", "PRK") in linked("North Korea's troops moved west.")
