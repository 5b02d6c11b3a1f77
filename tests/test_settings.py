from pathlib import Path

import pytest

from chat.settings import Settings


def test_defaults_point_at_the_repo():
    s = Settings.load(env={})
    assert s.paths.index_dir.name == "index"
    assert s.paths.corpus_dir.name == "corpus"
    assert s.model.name == "google/embeddinggemma-300m"
    assert s.ui.host == "127.0.0.1"


def test_environment_beats_defaults_and_flags_beat_environment(tmp_path):
    env = {"ADVISOR_INDEX_DIR": str(tmp_path / "from-env"), "ADVISOR_RETRIEVAL_K": "7"}
    s = Settings.load(env=env)
    assert s.paths.index_dir == tmp_path / "from-env"
    assert s.retrieval.k == 7
    s = Settings.load(env=env, **{"paths.index_dir": tmp_path / "from-flag", "retrieval.k": None})
    assert s.paths.index_dir == tmp_path / "from-flag"
    assert s.retrieval.k == 7  # a flag left unset does not erase the env value


def test_long_env_names_work_for_every_field():
    s = Settings.load(env={"ADVISOR_ANSWER_MAX_CITATIONS": "2", "ADVISOR_UI_PORT": "9999"})
    assert s.answer.max_citations == 2
    assert s.ui.port == 9999


def test_bad_values_are_named():
    with pytest.raises(ValueError, match="ADVISOR_UI_PORT='abc' is not a valid int"):
        Settings.load(env={"ADVISOR_UI_PORT": "abc"})
    with pytest.raises(ValueError, match="unknown setting"):
        Settings.load(env={}, **{"paths.nope": 1})


def test_settings_are_frozen_and_replace_makes_copies(tmp_path):
    s = Settings.load(env={})
    with pytest.raises(AttributeError):
        s.paths.index_dir = Path("/x")  # type: ignore[misc]
    t = s.replace(**{"paths.index_dir": tmp_path})
    assert t.paths.index_dir == tmp_path and s.paths.index_dir != tmp_path
