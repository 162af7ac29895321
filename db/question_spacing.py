"""Order a quiz so that no question follows one about the same fact (its feedback would give the answer away).

"The same fact" is read from the question's links: two questions share a fact when they link the same
claim (the closest tie: the explanation of one is often the answer of the other) or the same event.
A module about one summit links that summit in most questions, so events cannot always be spaced;
the order then avoids shared claims first and shared events as far as it can. The lesson order is
kept wherever it already spaces them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.connection import Database

CLAIM_COST, EVENT_COST = 10, 1  # a shared claim next to each other is worse than any number of shared events
IMPROVE_LIMIT = 60  # beyond this many questions the greedy order is kept (improving grows with the cube)


def question_facts(db: Database, slugs: list[str]) -> dict[str, frozenset[str]]:
    """slug → the facts it tests, as "event:<slug>" and "claim:<slug>" keys."""
    out: dict[str, set[str]] = {s: set() for s in slugs}
    for sql, prefix in (
        ("SELECT q.slug, e.slug FROM question_events x JOIN questions q ON q.id = x.question_id "
         "JOIN events e ON e.id = x.event_id", "event"),
        ("SELECT q.slug, c.slug FROM question_claims x JOIN questions q ON q.id = x.question_id "
         "JOIN claims c ON c.id = x.claim_id", "claim"),
    ):
        for question, fact in db.execute(sql).fetchall():
            if question in out:
                out[question].add(f"{prefix}:{fact}")
    return {s: frozenset(f) for s, f in out.items()}


def clash_cost(a: frozenset[str], b: frozenset[str]) -> int:
    """How badly two questions asked one after the other reveal each other (0: not at all)."""
    shared = a & b
    if not shared:
        return 0
    return CLAIM_COST if any(f.startswith("claim:") for f in shared) else EVENT_COST


def order_cost(slugs: list[str], facts: dict[str, frozenset[str]]) -> int:
    """The total clash cost of neighbours in an order."""
    empty = frozenset()
    return sum(clash_cost(facts.get(a, empty), facts.get(b, empty)) for a, b in zip(slugs, slugs[1:], strict=False))


def clashes(slugs: list[str], facts: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """Neighbouring pairs that share a fact."""
    empty = frozenset()
    return [(a, b) for a, b in zip(slugs, slugs[1:], strict=False) if facts.get(a, empty) & facts.get(b, empty)]


def spaced_order(slugs: list[str], facts: dict[str, frozenset[str]]) -> list[str]:
    """The slugs reordered so that neighbours share as little as possible; unchanged when nothing clashes.

    Two greedy passes in lesson order (take the first waiting question that clashes least with the one
    before; or the first that does not clash, else tuck the next one back where it fits), each then
    improved by moving or swapping questions while that lowers the total cost; the cheaper one wins."""
    if order_cost(slugs, facts) == 0:
        return list(slugs)
    candidates = [_least_clash_first(slugs, facts), _tuck_back(slugs, facts)]
    if len(slugs) <= IMPROVE_LIMIT:
        candidates = [_improve(order, facts) for order in candidates]
    return min(candidates, key=lambda order: order_cost(order, facts))  # min keeps the first of equals


def _least_clash_first(slugs: list[str], facts: dict[str, frozenset[str]]) -> list[str]:
    empty = frozenset()
    waiting, placed = list(slugs), []
    while waiting:
        last = facts.get(placed[-1], empty) if placed else empty
        pick = min(waiting, key=lambda s: clash_cost(facts.get(s, empty), last))
        waiting.remove(pick)
        placed.append(pick)
    return placed


def _tuck_back(slugs: list[str], facts: dict[str, frozenset[str]]) -> list[str]:
    empty = frozenset()
    waiting, placed = list(slugs), []
    while waiting:
        last = facts.get(placed[-1], empty) if placed else empty
        pick = next((s for s in waiting if not facts.get(s, empty) & last), None)
        if pick is None:
            pick = waiting[0]
            mine = facts.get(pick, empty)
            spot = next((i for i in range(len(placed) - 1, 0, -1)
                         if not mine & facts.get(placed[i - 1], empty) and not mine & facts.get(placed[i], empty)), None)
            waiting.remove(pick)
            placed.insert(spot if spot is not None else len(placed), pick)
            continue
        waiting.remove(pick)
        placed.append(pick)
    return placed


def _improve(order: list[str], facts: dict[str, frozenset[str]]) -> list[str]:
    """Apply the first move or swap of two questions that lowers the cost, until none does."""
    best = order_cost(order, facts)
    while best:
        for trial in _neighbours(order):
            cost = order_cost(trial, facts)
            if cost < best:
                order, best = trial, cost
                break
        else:
            break
    return order


def _neighbours(order: list[str]):
    n = len(order)
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            moved = order[:i] + order[i + 1:]
            moved.insert(j, order[i])
            yield moved
            if i < j:
                swapped = list(order)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                yield swapped
