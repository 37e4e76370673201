"""The class roster on both backends: codes shown once, kept only as hashes, checked by name."""

from __future__ import annotations

import pytest

from quizapp.roster import TEACHER_NAME, Roster, code_matches, hash_code, new_code
from quizapp.storage import InvalidValue, NotFound, Store


def test_added_students_sign_in_with_their_own_code_only(store: Store) -> None:
    roster = Roster(store)
    (ann, ann_code), (bob, bob_code) = roster.add(["ann", " bob "], "7b")
    assert (ann, bob) == ("ann", "bob")
    assert ann_code != bob_code
    assert roster.check("ann", ann_code) is not None and roster.check("ann", ann_code).name == "ann"  # type: ignore[union-attr]
    assert roster.check("ann", bob_code) is None
    assert roster.check("bob", bob_code.upper().replace("-", " ")) is not None  # as typed from paper
    assert roster.check("zoe", ann_code) is None
    assert [(account.name, account.class_name) for account in store.accounts()] == [("ann", "7b"), ("bob", "7b")]
    assert store.accounts("8a") == []


def test_codes_are_stored_only_as_salted_hashes(store: Store) -> None:
    ((_, code),) = Roster(store).add(["ann"])
    account = store.account("ann")
    assert account is not None
    assert code not in account.code_hash and code.replace("-", "") not in account.code_hash
    assert account.code_hash.startswith("scrypt$")
    assert hash_code(code) != hash_code(code)  # a new salt each time
    assert code_matches(code, account.code_hash)


def test_a_reset_code_replaces_the_old_one(store: Store) -> None:
    roster = Roster(store)
    ((_, old),) = roster.add(["ann"])
    new = roster.reset("ann")
    assert roster.check("ann", old) is None
    assert roster.check("ann", new) is not None
    with pytest.raises(NotFound):
        roster.reset("zoe")


def test_a_removed_student_cannot_sign_in_and_keeps_their_profile(store: Store) -> None:
    roster = Roster(store)
    ((_, code),) = roster.add(["ann"])
    roster.remove("ann")
    assert roster.check("ann", code) is None
    assert store.find_profile("ann") is not None
    with pytest.raises(NotFound):
        roster.remove("ann")


def test_bad_additions_are_refused_whole(store: Store) -> None:
    roster = Roster(store)
    roster.add(["ann"])
    for names in (["bob", "ann"], ["bob", TEACHER_NAME], ["bob", "bob"], ["bob", ""]):
        with pytest.raises(InvalidValue):
            roster.add(names)
    assert [account.name for account in store.accounts()] == ["ann"]


def test_the_teacher_signs_in_with_the_teacher_code(store: Store) -> None:
    roster = Roster(store)
    assert roster.check(TEACHER_NAME, new_code()) is None  # no teacher code yet
    first = roster.new_teacher_code()
    second = roster.new_teacher_code()
    assert roster.check(TEACHER_NAME, first) is None
    signed_in = roster.check("Teacher", second)
    assert signed_in is not None and signed_in.teacher


def test_setting_once_keeps_the_first_value(store: Store) -> None:
    assert store.setting_once("secret", "first") == "first"
    assert store.setting_once("secret", "second") == "first"
