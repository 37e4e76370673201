""" "The company" is never a union, a council or a party, nor "Workers" a body (issue 10; fixture in our own words).

On real news a closing firm was named in a way the drafter did not find, and "The company says ..., but argued
“...”" then went surely to the only body it had found: the union fighting the closure. A business noun stands
only for a body that may be a business; "Workers say" is a group speaking, no organization called Workers.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_company_is_not_the_union_named_before() -> None:
    extraction = pattern("the_company_is_no_union")
    assert sure_speakers(extraction)["no other plan would"] != "Steel Trades Union"


def test_workers_are_a_group_not_an_organization() -> None:
    extraction = pattern("the_company_is_no_union")
    assert "Workers" not in {person.name for person in extraction.people}
