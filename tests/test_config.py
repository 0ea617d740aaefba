"""Settings: flags, then plainspeak.toml / [tool.plainspeak], then the built-in profiles."""

from __future__ import annotations

import pytest

from plainspeak.config import DEFAULT_PROFILE, MODES, PROFILES, find_config, resolve
from plainspeak.errors import ConfigError


def test_modes_match_the_rewriter():
    from plainspeak.rewrite import MODES as REWRITE_MODES

    assert tuple(MODES) == tuple(REWRITE_MODES)


def test_built_in_profiles_without_a_settings_file(project):
    s = resolve()
    assert s.source == "built-in"
    assert s.profile == PROFILES[DEFAULT_PROFILE]
    assert (s.profile.name, s.profile.max_grade, s.profile.mode) == ("handout", 8.0, "replace")
    portal = resolve(profile="portal").profile
    assert (portal.max_grade, portal.target_grade, portal.mode, portal.long_sentence_words) == (6.0, 6.0, "replace", 15)
    discharge = resolve(profile="discharge").profile
    assert (discharge.max_grade, discharge.mode) == (8.0, "replace")


def test_plainspeak_toml_overrides_the_profile_and_flags_override_both(project):
    (project / "plainspeak.toml").write_text('profile = "portal"\nmax_grade = 7\nallow = ["biopsy"]\nglossary = "org.csv"\n')
    s = resolve()
    assert s.source == str(project / "plainspeak.toml")
    assert (s.profile.name, s.profile.max_grade, s.profile.mode, s.profile.long_sentence_words) == ("portal", 7.0, "replace", 15)
    assert s.allow == ("biopsy",)
    assert s.glossaries == (str(project / "org.csv"),)
    flagged = resolve(profile="discharge", max_grade=9.5, mode="define", glossaries=("extra.yaml",), allow=("MRI",))
    assert (flagged.profile.name, flagged.profile.max_grade, flagged.profile.mode) == ("discharge", 9.5, "define")
    # flags layer after the settings file: their glossaries come last, so they win by term
    assert flagged.glossaries == (str(project / "org.csv"), "extra.yaml")
    assert flagged.allow == ("biopsy", "MRI")


def test_pyproject_table_is_found_from_a_subfolder_and_paths_are_relative_to_it(project):
    (project / "pyproject.toml").write_text('[project]\nname = "handouts"\n\n[tool.plainspeak]\nprofile = "discharge"\n'
                                         'target_grade = 5\nglossaries = ["words/org.csv", "words/org.yaml"]\n')
    sub = project / "leaflets" / "heart"
    sub.mkdir(parents=True)
    s = resolve(start=sub)
    assert s.source == str(project / "pyproject.toml")
    assert (s.profile.name, s.profile.target_grade) == ("discharge", 5.0)
    assert s.glossaries == (str(project / "words" / "org.csv"), str(project / "words" / "org.yaml"))


def test_pyproject_without_a_table_does_not_stop_the_search(project):
    (project / "plainspeak.toml").write_text('profile = "portal"\n')
    sub = project / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    path, table = find_config(sub)
    assert path == project / "plainspeak.toml" and table == {"profile": "portal"}


def test_plainspeak_toml_may_use_a_plainspeak_table(project):
    (project / "plainspeak.toml").write_text('[plainspeak]\nprofile = "portal"\n')
    assert resolve().profile.name == "portal"


def test_explicit_config_file(project, tmp_path):
    other = tmp_path / "team.toml"
    other.write_text('max_grade = 10\n')
    assert resolve(config=other).profile.max_grade == 10.0
    with pytest.raises(ConfigError, match="no such settings file"):
        resolve(config=tmp_path / "missing.toml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.plainspeak\] table"):
        resolve(config=tmp_path / "pyproject.toml")


@pytest.mark.parametrize(
    "content, message",
    [
        ('max_grad = 7\n', "unknown setting(s): max_grad"),
        ('max_grade = "seven"\n', "max_grade must be a number, not 'seven'"),
        ('max_grade = true\n', "max_grade must be a number, not True"),
        ('allow = "biopsy"\n', "allow must be a list of words"),
        ('allow = [1, 2]\n', "every item of allow must be a string"),
        ('mode = "shout"\n', "unknown mode 'shout'"),
        ('profile = "poster"\n', "unknown profile 'poster'"),
        ('long_sentence_words = 0\n', "long_sentence_words must be 1 or more"),
        ('glossary = "a.csv"\nglossaries = ["b.csv"]\n', "give 'glossary' or 'glossaries', not both"),
        ('max_grade = \n', "not valid TOML"),
    ],
)
def test_bad_settings_are_one_clear_error(project, content, message):
    (project / "plainspeak.toml").write_text(content)
    with pytest.raises(ConfigError) as info:
        resolve()
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_profile_flag(project):
    with pytest.raises(ConfigError, match="unknown profile 'kids' \\(expected one of portal, handout, discharge\\)"):
        resolve(profile="kids")
