"""The one configuration object: packaged defaults overlaid by a TOML file; the model is chosen, never downloaded."""
from __future__ import annotations

import pytest

from eventwire.config import DEFAULT_MODELS, Config
from eventwire.errors import ModelNotFound
from eventwire.nlp import load, resolve_model_name


def test_defaults():
    cfg = Config()
    assert cfg.model is None and cfg.max_bytes > 1_000_000 and cfg.link_window_days == 2


def test_toml_overlay(tmp_path):
    path = tmp_path / "ew.toml"
    path.write_text('[eventwire]\nmax_bytes = 1000\nlink_window_days = 5\n', encoding="utf-8")
    cfg = Config.from_file(path)
    assert cfg.max_bytes == 1000 and cfg.link_window_days == 5 and cfg.batch_size == Config().batch_size


def test_unknown_key_is_refused(tmp_path):
    path = tmp_path / "ew.toml"
    path.write_text("max_byte = 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="E090"):
        Config.from_file(path)


def test_default_model_prefers_the_official_package():
    assert resolve_model_name() in DEFAULT_MODELS
    assert resolve_model_name("my_pipeline") == "my_pipeline"


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFound, match="E080"):
        load("no_such_pipeline_xyz")
