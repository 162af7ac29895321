"""Translation pipeline: extract strings (pyside6-lupdate), compile them (pyside6-lrelease), check them.

    python packaging/translations.py update     # refresh resources/translations/trilemma_LANG.ts from desktop/**.py
    python packaging/translations.py release    # compile every .ts to .qm (the app loads the .qm)
    python packaging/translations.py check      # exit 1 if a string is untranslated or a placeholder differs
    python packaging/translations.py fill LANG FILE.json   # set translations from {"source": "translation"}
                                                           # (plural forms: "one|few|many"; English "one|other")

English is the source language, but a plural message such as tr("%n question(s)", "", n) still needs its
English forms ("%n question" and "%n questions"): trilemma_en.ts holds only the plural messages
(lupdate -pluralonly), `update` fills them from packaging/i18n_fill/*_en.json, and `check` fails while one
is missing or still reads "(s)".

Translators can also open the .ts files in Qt Linguist (`pyside6-linguist`).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ko", "ru")
# The source language: its .ts holds only the plural messages, with English singular and plural forms.
ENGLISH = "en"
FILLS = ROOT / "packaging" / "i18n_fill"
UNRESOLVED_PLURAL = re.compile(r"\w\((?:s|es|ies)\)")
PLACEHOLDER = re.compile(r"%(?:\d+|[sdfn])|\{[A-Za-z0-9_]*\}|%\([a-z_]+\)[sd]")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (next to this Python first, then on PATH)."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    """The translation source file of a language."""
    return folder / f"trilemma_{lang}.ts"


def sources() -> list[str]:
    """Every Python file of the interface, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


class _Finder(ast.NodeVisitor):
    """Collects (context, source) of tr calls the way they resolve at run time, f-strings included."""

    def __init__(self, tree: ast.Module | None = None):
        self.found: list[tuple[str, str]] = []
        self.classes: list[str] = []
        self.wrappers = _wrappers(tree) if tree is not None else {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        here = self.classes[-1] if self.classes else ""
        if name in self.wrappers and name != "tr" and texts and texts[0] is not None:
            self.found.append((self.wrappers[name], texts[0]))
        elif name == "tr" and texts and texts[0] is not None:
            # self.tr → the class it is written in (PySide6 resolves it so); a bare tr() wrapper → "".
            self.found.append((here if isinstance(node.func, ast.Attribute) else "", texts[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2 and None not in texts[:2]:
            self.found.append((texts[0], texts[1]))
        elif name in ("QT_TR_NOOP", "_T") and texts and texts[0] is not None:  # _T: QT_TR_NOOP imported short
            self.found.append((here, texts[0]))
        self.generic_visit(node)


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers like `def _t(text): return QT_TRANSLATE_NOOP("Ctx", text)`: name → context."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        param = node.args.args[0].arg
        if callee in ("QT_TRANSLATE_NOOP", "translate") and len(call.args) >= 2 \
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name) \
                and call.args[1].id == param:
            found[node.name] = call.args[0].value
    return found


def extract() -> list[tuple[str, str]]:
    """Every (context, source) the interface code asks to translate, in file order, without repeats."""
    seen: dict[tuple[str, str], None] = {}
    for rel in sources():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"), rel)
        finder = _Finder(tree)
        finder.visit(tree)
        for key in finder.found:
            seen.setdefault(key, None)
    return list(seen)


def _add_missing(path: Path, wanted: list[tuple[str, str]], saved: dict[tuple[str, str], str]) -> int:
    """Add the strings lupdate did not see (it skips f-strings) to a .ts, with translations kept from before."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    present = {(name, m.findtext("source") or "") for name, c in contexts.items() for m in c.iter("message")}
    added = 0
    for context, source in wanted:
        if (context, source) in present:
            continue
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if saved.get((context, source)):
            translation.text = saved[(context, source)]
        else:
            translation.set("type", "unfinished")
        added += 1
    if added:
        _write(tree, path)
    return added


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(folder: Path = TRANSLATIONS) -> None:
    """Merge the current source strings into each .ts (new strings come in unfinished, gone ones are dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = extract()
    for lang in LANGUAGES:
        path = ts_path(lang, folder)
        saved = {(m["context"], m["source"]): m["translation"] for m in messages(path)} if path.exists() else {}
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources(),
                        "-target-language", lang, "-ts", str(path)], check=True, cwd=ROOT)
        _add_missing(path, wanted, saved)
    # English: only the plural messages (lupdate keeps the forms already there); then the shared English forms.
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-pluralonly",
                    *sources(), "-target-language", ENGLISH, "-ts", str(ts_path(ENGLISH, folder))],
                   check=True, cwd=ROOT)
    for table in sorted(FILLS.glob(f"*_{ENGLISH}.json")):
        fill(ENGLISH, table, folder)


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile each .ts (English plurals included) to .qm, next to it or into `out`; returns the .qm files."""
    written = []
    for lang in (*LANGUAGES, ENGLISH):
        qm = (out or folder) / f"trilemma_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_path(lang, folder)), "-qm", str(qm)],
                       check=True, cwd=ROOT)
        written.append(qm)
    return written


def messages(path: Path) -> list[dict]:
    """Every message of a .ts: context, source, translation (plural forms joined by "|"), forms and type."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [n.text or "" for n in translation.iter("numerusform")] if translation is not None else []
            text = (translation.text or "") if translation is not None else ""
            out.append({"context": name, "source": message.findtext("source") or "",
                        "translation": "|".join(forms) if forms else text, "forms": forms or [text],
                        "type": translation.get("type", "") if translation is not None else "unfinished"})
    return out


def problems(path: Path) -> list[str]:
    """What is wrong in one .ts: untranslated or unfinished strings, placeholders or markup that differ."""
    found = []
    for m in messages(path):
        where = f"{path.name}: [{m['context']}] {m['source'][:70]!r}"
        if m["type"] in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in m["forms"]):
            found.append(f"{where}: not translated")
            continue
        for form in m["forms"]:
            if sorted(PLACEHOLDER.findall(m["source"])) != sorted(PLACEHOLDER.findall(form)):
                found.append(f"{where}: placeholders {sorted(PLACEHOLDER.findall(m['source']))} became "
                             f"{sorted(PLACEHOLDER.findall(form))}")
            if sorted(TAG.findall(m["source"])) != sorted(TAG.findall(form)):
                found.append(f"{where}: markup differs")
    return found


def english_problems(folder: Path = TRANSLATIONS) -> list[str]:
    """Plural messages without proper English forms: missing from trilemma_en.ts, unfilled, or still "(s)"."""
    path = ts_path(ENGLISH, folder)
    if not path.exists():
        return [f"{path.name} is missing: run packaging/translations.py update"]
    found = problems(path)
    english = {(m["context"], m["source"]): m for m in messages(path)}
    hint = "(give its forms 'one|other' in packaging/i18n_fill/<branch>_en.json, then run update)"
    for m in english.values():
        if len(m["forms"]) != 2 or any(UNRESOLVED_PLURAL.search(f) for f in m["forms"]):
            found.append(f"{path.name}: [{m['context']}] {m['source'][:70]!r}: English forms are not singular "
                         f"and plural {hint}")
    for lang in LANGUAGES:
        for context in ET.parse(ts_path(lang, folder)).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if message.get("numerus") == "yes" and (name, source) not in english:
                    found.append(f"{path.name}: [{name}] {source[:70]!r}: plural message missing {hint}")
                elif message.get("numerus") != "yes" and "%n" in source:
                    found.append(f"{ts_path(lang, folder).name}: [{name}] {source[:70]!r}: says %n but lupdate saw "
                                 "no count (write self.tr(text, \"\", n); lupdate reads no count from translate())")
    return sorted(set(found))


def fill(lang: str, table: Path, folder: Path = TRANSLATIONS) -> int:
    """Set translations from a JSON object {source: translation}; returns how many messages were set."""
    mapping = json.loads(table.read_text(encoding="utf-8"))
    path = ts_path(lang, folder)
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            forms = list(translation.iter("numerusform"))
            value = mapping[source]
            if forms:  # plural forms: a list (one per form of the language) or one text for all
                values = value.split("|") if isinstance(value, str) else list(value)
                for i, form in enumerate(forms):
                    form.text = values[min(i, len(values) - 1)]
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    _write(tree, path)
    return count


def main(argv: list[str]) -> int:
    """Command line (see the module docstring)."""
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
    elif command == "check":
        found = [p for lang in LANGUAGES for p in problems(ts_path(lang))] + english_problems()
        print("\n".join(found) or "all translations complete")
        return 1 if found else 0
    elif command == "fill" and len(argv) == 3:
        print(f"{fill(argv[1], Path(argv[2]))} messages set")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
