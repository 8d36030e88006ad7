"""Knowledge as loaded from the data files: furniture forms and topic terms, each tried as
few patterns as can find them fast."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import kansoku
from kansoku.knowledge import AnyForm, TopicTerms

# Written for this test: whole-line forms, a form found anywhere, and one whose ^ has an
# alternative beside it (so it can match mid-line too).
FORMS = [r"^share this story$", r"^\d+ comments?$", r"all rights reserved", r"^photo:|via wire$"]
LINES = [
    "Share this story",
    "12 comments",
    "The talks ended with 12 comments from each side.",
    "(c) 2031 Example Daily. All rights reserved.",
    "Photo: a reporter",
    "A truck leaving the port, seen via wire",
    "The minister said he would share this story with colleagues.",
]


def test_forms_match_the_lines_one_alternation_would():
    one = re.compile("|".join(f"(?:{p})" for p in FORMS), re.I)
    forms = AnyForm.compile(FORMS)
    assert [bool(forms.search(line)) for line in LINES] == [
        bool(one.search(line)) for line in LINES
    ]
    assert [bool(forms.search(line)) for line in LINES] == [
        True,
        True,
        False,
        True,
        True,
        True,
        False,
    ]


def test_only_forms_held_to_the_line_start_are_tried_there_alone():
    forms = AnyForm.compile(FORMS)
    assert forms.at_start is not None and forms.anywhere is not None
    assert forms.at_start.pattern.count("(?:") == 2  # the two whole-line forms
    assert "via wire" in forms.anywhere.pattern  # ^ with an alternative beside it
    found = forms.search("Signed in Seoul. All rights reserved")
    assert found is not None and found.start() == len("Signed in Seoul. ")
    assert AnyForm.compile([]).search("anything") is None


def test_topic_terms_are_whole_latin_words_and_names_keep_their_case():
    terms = TopicTerms.compile(["US", "NATO", "troops", "munitions", "派兵", "북한군"])
    found = [
        "US officials met on Monday.",  # a name, in its case
        "Two battalions of TROOPS moved north.",  # a common word, in any case
        "同国は派兵を否定した。",  # written as is, no word boundaries
        "북한군이 이동했다.",
    ]
    missed = [
        "Let us meet again.",  # "us" is not the US
        "The troopship left port.",  # not the whole word
        "Nato-style drills",  # a name in another case
        "派遣された記者",
    ]
    assert all(terms.search(line) for line in found)
    assert not any(terms.search(line) for line in missed)
    assert TopicTerms.compile([]).search("anything at all") is None


def _words_read_as_truth_values(node: object) -> list[object]:
    """Keys and list items that YAML read as True or False (a flag's value is no word)."""
    if isinstance(node, dict):
        keys = [k for k in node if isinstance(k, bool)]
        return keys + [b for v in node.values() for b in _words_read_as_truth_values(v)]
    if isinstance(node, list):
        words = [v for v in node if isinstance(v, bool)]
        return words + [b for v in node for b in _words_read_as_truth_values(v)]
    return []


def test_no_word_in_a_data_file_is_read_as_true_or_false():
    """YAML reads a bare on, off, yes, no, true or false as a truth value: a word list
    holding one silently loses the word ("on" in "acknowledged on Monday that…")."""
    data = Path(kansoku.__file__).parent / "data"
    found = {
        str(path.relative_to(data)): bad
        for path in sorted(data.rglob("*.yaml"))
        if (bad := _words_read_as_truth_values(yaml.safe_load(path.read_text("utf-8"))))
    }
    assert found == {}
