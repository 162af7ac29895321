"""xAPI interaction activities: the question as the student saw it, and the answer in xAPI's response format.

xAPI 1.0.3 (Data 2.4.4.1.1, "Interaction Activities") gives each interactionType a response syntax: choice
`0[,]2`, sequencing `a[,]b`, matching `source[.]target[,]…`, fill-in text, numeric `2017` (or a range
`2016[:]2018` in a pattern), true-false `true`. With `choices`, `source` / `target` and
`correctResponsesPattern` in the activity definition a record store's dashboard can read the answers.
"""

from __future__ import annotations

import json

TYPES = {"single_choice": "choice", "multiple_select": "choice", "true_false": "true-false",
         "order": "sequencing", "match": "matching", "place_on_timeline": "other",
         "short_answer": "fill-in", "numeric_year": "numeric"}


def _text(value: str) -> dict:
    return {"en": value[:500]}


def _components(prefix: str, texts: list[str]) -> list[dict]:
    return [{"id": f"{prefix}{i}", "description": _text(t)} for i, t in enumerate(texts)]


def _targets(pairs: list) -> list[str]:
    """The right-hand sides of a matching question, in a fixed order (the student saw them shuffled)."""
    return sorted({str(p[1]) for p in pairs})


def definition(q: dict) -> dict:
    """The interaction part of an activity definition: type, components and the right response."""
    kind = q.get("type")
    out: dict = {"interactionType": TYPES.get(kind, "other")}
    if kind in ("single_choice", "multiple_select"):
        out["choices"] = _components("", [str(o) for o in q.get("options", [])])
        out["correctResponsesPattern"] = ["[,]".join(str(i) for i in sorted(q.get("correct", [])))]
    elif kind == "true_false":
        out["correctResponsesPattern"] = ["true" if q.get("answer") else "false"]
    elif kind == "order":
        titles = q.get("item_titles") or {}
        items = [str(s) for s in q.get("items", [])]
        out["choices"] = [{"id": s, "description": _text(str(titles.get(s, s)))} for s in items]
        out["correctResponsesPattern"] = ["[,]".join(items)]
    elif kind == "match":
        pairs = q.get("pairs", [])
        targets = _targets(pairs)
        out["source"] = _components("s", [str(p[0]) for p in pairs])
        out["target"] = _components("t", targets)
        out["correctResponsesPattern"] = ["[,]".join(f"s{i}[.]t{targets.index(str(p[1]))}"
                                                     for i, p in enumerate(pairs))]
    elif kind == "short_answer":
        out["correctResponsesPattern"] = [f"{{case_matters=false}}{a}" for a in q.get("answers", [])]
    elif kind == "numeric_year":
        right, tol = int(q.get("answer", 0)), int(q.get("tolerance", 0) or 0)
        out["correctResponsesPattern"] = [f"{right - tol}[:]{right + tol}" if tol else str(right)]
    return out


def response(q: dict, answer) -> str:
    """An answer in the response format of the question's interaction type (JSON text when it does not fit)."""
    kind = q.get("type")
    try:
        if kind in ("single_choice", "multiple_select"):
            picks = [answer] if isinstance(answer, int) and not isinstance(answer, bool) else list(answer)
            return "[,]".join(str(int(i)) for i in sorted(picks))
        if kind == "true_false" and isinstance(answer, bool):
            return "true" if answer else "false"
        if kind == "order":
            return "[,]".join(str(s) for s in answer)
        if kind == "match" and isinstance(answer, dict):
            pairs = q.get("pairs", [])
            source_id = {str(p[0]): f"s{i}" for i, p in enumerate(pairs)}
            target_id = {t: f"t{i}" for i, t in enumerate(_targets(pairs))}
            return "[,]".join(f"{source_id[str(left)]}[.]{target_id[str(right)]}" for left, right in answer.items()
                              if str(left) in source_id and str(right) in target_id)
        if kind == "numeric_year" and isinstance(answer, int):
            return str(answer)
    except (TypeError, ValueError):
        pass
    return answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
