"""The local .env file fills in what the environment lacks, and never overrides it."""

import os

from wegwijzer.env import load_env_file


def test_a_local_env_file_fills_gaps_but_real_variables_win(tmp_path, monkeypatch):
    monkeypatch.setenv("WW_TEST_SET", "from-environment")
    monkeypatch.delenv("WW_TEST_GAP", raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text("# a comment\nWW_TEST_SET=from-file\nWW_TEST_GAP = filled\n\nnot a pair\n")
    load_env_file(env_file)
    assert os.environ["WW_TEST_SET"] == "from-environment"
    assert os.environ["WW_TEST_GAP"] == "filled"
    monkeypatch.delenv("WW_TEST_GAP")


def test_without_an_env_file_the_environment_stays_as_it_is(tmp_path):
    before = dict(os.environ)
    load_env_file(tmp_path / "missing")
    assert dict(os.environ) == before
