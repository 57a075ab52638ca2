"""User dictionaries named in the config overlay the packaged tables, are validated, and say when they fired."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import load_tables
from eventwire.actors.tables import TableError
from eventwire.actors.user import overlay
from eventwire.config import Config
from eventwire.records import Article

TEXT = ("Headline\n\nThe Free Lions Brigade attacked government troops near Homs on Monday, officials said. "
        "Lebanese Defence Minister Amira Haddad condemned Israel on Tuesday. "
        "Syrian home guard units shelled rebel positions on Wednesday. The statement gave no further details.")


@pytest.fixture()
def user_config(tmp_path):
    (tmp_path / "actors.tsv").write_text(
        "# a local militia\nname\taliases\tcode\tcountry\nFree Lions Brigade\tFLB\tSYRREB\tSYR\n", encoding="utf-8")
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcode\tstart\tend\nAmira Haddad\tHaddad\tLBNGOVMIL\t2025-01-01\t\n", encoding="utf-8")
    (tmp_path / "roles.tsv").write_text("noun\trole\nhome guard\tMIL\n", encoding="utf-8")
    (tmp_path / "my.toml").write_text(
        'actor_files = ["actors.tsv", "people.tsv"]\nrole_files = ["roles.tsv"]\n', encoding="utf-8")
    return Config.from_file(tmp_path / "my.toml")


def test_user_entries_code_actors_and_say_so(user_config):
    from eventwire.pipeline import Pipeline

    coded = Pipeline(user_config).code(Article(text=TEXT, pub_date=dt.date(2025, 3, 5)))
    sources = {e.source.code: e.source.rule for e in coded.events if e.source}
    assert sources["SYRREB"] == "user:actors.tsv:org"
    assert sources["LBNGOVMIL"] == "user:people.tsv:person"
    assert sources["SYRMIL"].startswith("user:roles.tsv:")


def test_without_user_files_nothing_is_marked(pipeline):
    coded = pipeline.code(Article(text=TEXT, pub_date=dt.date(2025, 3, 5)))
    assert not any(a.rule.startswith("user:") for e in coded.events for a in (e.source, e.target) if a)
    assert "SYRREB" not in {e.source.code for e in coded.events if e.source}


@pytest.mark.parametrize("content, fragment", [
    ("name\taliases\tcode\tcountry\nX Front\t\tSYRXYZ\tSYR\n", "not CAMEO"),
    ("name\taliases\tcode\tcountry\nX Front\t\tREB\t\n", "bare role"),
    ("name\taliases\tcode\tcountry\nX Front\tSYRREB\n", "columns"),
    ("nom\tcode\nX\tSYRREB\n", "header"),
    ("name\taliases\tcode\tstart\tend\nA B\t\tSYRGOV\t2025-13-01\t\n", "not a date"),
])
def test_bad_actor_files_are_refused_with_file_and_line(tmp_path, content, fragment):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(TableError, match=fragment) as exc:
        overlay(load_tables(), [f])
    assert "bad.tsv:" in str(exc.value) or "header" in fragment


def test_bad_role_file_and_missing_file(tmp_path):
    f = tmp_path / "roles.tsv"
    f.write_text("noun\trole\nwarlord\tBOSS\n", encoding="utf-8")
    with pytest.raises(TableError, match="roles.tsv:2: role 'BOSS'"):
        overlay(load_tables(), (), [f])
    with pytest.raises(TableError, match="no such file"):
        overlay(load_tables(), [tmp_path / "missing.tsv"])


def test_config_refuses_a_non_list(tmp_path):
    (tmp_path / "c.toml").write_text('actor_files = "a.tsv"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="E090"):
        Config.from_file(tmp_path / "c.toml")


def test_packaged_tables_are_untouched(user_config):
    base = load_tables()
    user = overlay(base, user_config.actor_files, user_config.role_files)
    assert ("free", "lions", "brigade") in user.tables.names and ("free", "lions", "brigade") not in base.names
