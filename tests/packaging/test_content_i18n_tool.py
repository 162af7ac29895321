"""packaging/content_i18n.py: stamping records the English once, a changed English shows as outdated,
--force confirms a reviewed one, `missing` lists what to translate, `check` fails until all is done."""

import importlib.util
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("content_i18n", ROOT / "packaging" / "content_i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules["content_i18n"] = tool
_spec.loader.exec_module(tool)

CONTENT = ROOT / "tests" / "fixtures" / "content_min" / "content.toml"


@pytest.fixture
def folder(tmp_path):
    shutil.copy(CONTENT, tmp_path / "content.toml")
    (tmp_path / "i18n" / "ru").mkdir(parents=True)
    (tmp_path / "i18n" / "ru" / "event.toml").write_text(
        '# Events in Russian.\n\n["treaty-1961"]\ntitle = "Китайско-северокорейский договор"\n\n'
        '["putin-visit-2024"]\ntitle = "Путин посещает Пхеньян"\n', encoding="utf-8")
    return tmp_path


def _stamps(folder):
    data = tomllib.loads((folder / "i18n" / "ru" / "event.toml").read_text(encoding="utf-8"))
    return {slug: table.get("from", {}) for slug, table in data.items()}


def test_stamp_records_the_english_once_and_keeps_comments(folder):
    assert tool.stamp("ru", folder) == 2
    stamps = _stamps(folder)
    english = tool.english(folder)
    assert stamps["treaty-1961"] == {"title": tool.source_hash(english[("event", "treaty-1961")]["title"])}
    assert (folder / "i18n" / "ru" / "event.toml").read_text(encoding="utf-8").startswith("# Events in Russian.")
    assert tool.stamp("ru", folder) == 0


def test_a_changed_english_is_outdated_until_forced(folder):
    tool.stamp("ru", folder)
    text = (folder / "content.toml").read_text(encoding="utf-8")
    (folder / "content.toml").write_text(text.replace('title = "Putin visits Pyongyang"',
                                                      'title = "Putin goes to Pyongyang"'), encoding="utf-8")
    assert tool.stamp("ru", folder) == 0  # never restamped: that is how "outdated" is found
    assert tool.problems("ru", folder)["outdated"] == ["event 'putin-visit-2024'.title"]
    assert tool.stamp("ru", folder, force={"putin-visit-2024"}) == 1
    assert tool.problems("ru", folder)["outdated"] == []


def test_missing_lists_untranslated_fields_with_the_english(folder):
    tool.stamp("ru", folder)
    template = tool.missing_template("ru", folder)
    assert "# title (English): Relations hit a low" in template
    assert '["low-point-2017"]' in template
    assert "Путин" not in template and '["treaty-1961"]\ntitle' not in template
    tomllib.loads(template)  # a translator fills it in and pastes it: it must be valid TOML as given


def test_check_fails_on_missing_unstamped_and_unknown_items(folder):
    (folder / "i18n" / "ru" / "theme.toml").write_text('["no-such-theme"]\nname = "Нет"\n', encoding="utf-8")
    found = tool.problems("ru", folder)
    assert "event 'treaty-1961'.title" in found["unstamped"]
    assert "event 'low-point-2017'.title" in found["missing"]
    assert any("no-such-theme" in line for line in found["invalid"])
    assert tool.main(["--content", str(folder), "check", "ru"]) == 1


def test_check_passes_once_everything_is_translated_and_stamped(tmp_path):
    (tmp_path / "themes.toml").write_text('[[theme]]\nid = "summitry"\nname = "Summits and visits"\n', encoding="utf-8")
    for lang, name in (("zh_CN", "峰会与访问"), ("ko", "정상회담과 방문"), ("ru", "Саммиты и визиты")):
        (tmp_path / "i18n" / lang).mkdir(parents=True)
        (tmp_path / "i18n" / lang / "theme.toml").write_text(f'["summitry"]\nname = "{name}"\n', encoding="utf-8")
    assert tool.main(["--content", str(tmp_path), "check"]) == 1  # not stamped yet
    for lang in ("zh_CN", "ko", "ru"):
        assert tool.main(["--content", str(tmp_path), "stamp", lang]) == 0
    assert tool.main(["--content", str(tmp_path), "check"]) == 0
