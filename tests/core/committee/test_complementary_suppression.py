"""No masked cell can be recomputed: for each table, every assignment of the masked cells that
agrees with the published total, the shown cells and the meaning of the masks ("< 5" is 1 to 4,
"s." at least 5) is enumerated; each masked cell must keep at least two possible values."""

from __future__ import annotations

import itertools
import random

from desktop.services.committee.suppression import WITHHELD, protect

T = 5


def _possible_values(counts: list[int], shown: tuple[str, ...]) -> dict[int, set[int]]:
    """Brute force, as a reader with the total would: the values each masked cell may take."""
    total = sum(counts)
    masked = [i for i, text in enumerate(shown) if not text.isdigit()]
    rest = total - sum(int(text) for text in shown if text.isdigit())
    ranges = [range(1, T) if shown[i] == f"< {T}" else range(T, rest + 1) for i in masked]
    found: dict[int, set[int]] = {i: set() for i in masked}
    for values in itertools.product(*ranges):
        if sum(values) == rest:
            for i, value in zip(masked, values, strict=True):
                found[i].add(value)
    return found


def _assert_safe(counts: list[int]) -> tuple[str, ...]:
    shown = protect(counts, T)
    for count, text in zip(counts, shown, strict=True):
        if 0 < count < T:
            assert not text.isdigit(), (counts, shown)  # every small count is masked
        if text.isdigit():
            assert int(text) == count
    if sum(counts) < T:
        return shown  # the total is itself masked: the masked cells have no known sum
    possible = _possible_values(counts, shown)
    assert all(counts[i] in values for i, values in possible.items())
    if all(not text.isdigit() for count, text in zip(counts, shown, strict=True) if count):
        return shown  # every non-zero cell masked: the limit of the method (protect's docstring)
    for i, values in possible.items():
        assert len(values) > 1, (counts, shown, i, values)
    return shown


def test_the_example_of_the_issue_can_no_longer_be_solved() -> None:
    # total 100, police 40, gendarmerie 58: "Mixte < 5" was 2.
    shown = _assert_safe([40, 58, 2])
    assert shown == ("s.", "58", "< 5") or shown == (WITHHELD, "58", "< 5")


def test_two_small_cells_whose_sum_gives_them_away() -> None:
    # 1 and 1 masked: their sum, 2, can only be 1 + 1.
    shown = _assert_safe([30, 1, 1, 12])
    assert shown.count(WITHHELD) == 1


def test_random_tables_never_give_a_masked_cell_back() -> None:
    rng = random.Random(77)
    for _ in range(400):
        size = rng.randint(2, 6)
        counts = [rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 14, 30]) for _ in range(size)]
        _assert_safe(counts)


def test_tables_without_small_counts_are_shown_whole() -> None:
    assert protect([0, 12, 40], T) == ("0", "12", "40")
