"""User cue files overlay the packaged lexicon, are validated, and say in Event.cue when they fired."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.config import Config
from eventwire.events.lexicon import LexiconError
from eventwire.events.user_cues import overlay
from eventwire.records import Article

TEXT = ("Headline\n\nFrance wooed Germany on Monday with a new offer, officials said. "
        "Russia snubbed Ukraine on Tuesday at the talks in Vienna. The statement gave no further details.")


@pytest.fixture()
def cue_config(tmp_path):
    (tmp_path / "verbs.tsv").write_text(
        "# local verbs\nlemma\tparticle\tcode\ttarget\tnote\nwoo\t\t050\tdobj\tcourting a partner\n"
        "snub\t\t111\tdobj\tour reading: a rebuke\n", encoding="utf-8")
    (tmp_path / "c.toml").write_text('cue_files = ["verbs.tsv"]\n', encoding="utf-8")
    return Config.from_file(tmp_path / "c.toml")


def test_user_verbs_add_and_override_cues_and_say_so(cue_config):
    from eventwire.pipeline import Pipeline

    coded = Pipeline(cue_config).code(Article(text=TEXT, pub_date=dt.date(2024, 3, 5)))
    cues = {e.cue: e.code for e in coded.events}
    assert cues.get("user:verbs.tsv:verb:woo") == "050"
    assert cues.get("user:verbs.tsv:verb:snub") == "111"  # the packaged 110 is replaced


def test_packaged_lexicon_without_user_files(pipeline):
    coded = pipeline.code(Article(text=TEXT, pub_date=dt.date(2024, 3, 5)))
    assert {e.cue for e in coded.events} == {"verb:snub"}


@pytest.mark.parametrize("content, fragment", [
    ("lemma\tparticle\tcode\ttarget\tnote\nwoo\t\t999\tdobj\t\n", "999"),
    ("lemma\tparticle\tcode\ttarget\tnote\nwoo\t\t050\tdobj\t\nwoo\t\t051\tdobj\t\n", "duplicate"),
    ("verb\tcode\nwoo\t050\n", "header must be"),
])
def test_bad_cue_files_are_refused(tmp_path, content, fragment):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=fragment):
        overlay([f])


def test_missing_cue_file(tmp_path):
    with pytest.raises(LexiconError, match="no such file"):
        overlay([tmp_path / "nope.tsv"])
