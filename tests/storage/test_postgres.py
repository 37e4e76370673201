"""The store on a real PostgreSQL server: its own migrations, databases it must not touch, a server it
cannot reach, and the command line choosing it with `--data postgresql://...` or QUIZAPP_DATA."""

from __future__ import annotations

import psycopg
import pytest
from store_helpers import answer

from quizapp.cli import main
from quizapp.storage import Store, StoreError, StoreNotOurs, StoreTooNew, StoreUnreachable
from quizapp.storage import postgres as postgres_module
from quizapp.storage.pg_schema import LATEST_VERSION, META_TABLE


def _query(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as connection:
        return connection.execute(sql).fetchall()  # type: ignore[arg-type]


def test_a_new_database_is_marked_as_quizapp_s_at_the_latest_version(postgres_url: str) -> None:
    Store.open(postgres_url).close()
    assert _query(postgres_url, f"SELECT application, version FROM {META_TABLE}") == [("quizapp", LATEST_VERSION)]
    Store.open(postgres_url).close()  # opening again changes nothing
    assert _query(postgres_url, f"SELECT count(*) FROM {META_TABLE}") == [(1,)]


def test_later_migrations_are_applied_in_order_and_keep_the_answers(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(postgres_url) as store:
        answer(store, store.profile("ann").id, "q1")
    later = (
        *postgres_module.MIGRATIONS,
        ("ALTER TABLE profiles ADD COLUMN colour text", "UPDATE profiles SET colour = 'red'"),
        ("UPDATE profiles SET colour = colour || '-then-blue'",),
    )
    monkeypatch.setattr(postgres_module, "MIGRATIONS", later)
    monkeypatch.setattr(postgres_module, "LATEST_VERSION", len(later))
    with Store.open(postgres_url) as store:
        assert [review.question_id for review in store.reviews()] == ["q1"]
    assert _query(postgres_url, f"SELECT version FROM {META_TABLE}") == [(LATEST_VERSION + 2,)]
    assert _query(postgres_url, "SELECT colour FROM profiles") == [("red-then-blue",)]


def test_a_failing_migration_leaves_the_database_at_its_last_good_version(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(postgres_url).close()
    broken = (*postgres_module.MIGRATIONS, ("ALTER TABLE profiles ADD COLUMN colour text", "THIS IS NOT SQL"))
    monkeypatch.setattr(postgres_module, "MIGRATIONS", broken)
    monkeypatch.setattr(postgres_module, "LATEST_VERSION", len(broken))
    with pytest.raises(StoreError, match="prepare the database"):
        Store.open(postgres_url)
    assert _query(postgres_url, f"SELECT version FROM {META_TABLE}") == [(LATEST_VERSION,)]
    columns = _query(postgres_url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'profiles'")
    assert ("colour",) not in columns


def test_a_database_of_another_program_is_refused_and_left_untouched(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id integer PRIMARY KEY)")
    with pytest.raises(StoreNotOurs, match="another program's tables"):
        Store.open(postgres_url)
    tables = _query(postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("invoices",)]


def test_a_database_from_a_newer_quizapp_is_refused(postgres_url: str) -> None:
    Store.open(postgres_url).close()
    _query(postgres_url, f"UPDATE {META_TABLE} SET version = 99 RETURNING version")
    with pytest.raises(StoreTooNew, match="newer quizapp"):
        Store.open(postgres_url)
    assert _query(postgres_url, f"SELECT version FROM {META_TABLE}") == [(99,)]


def test_an_unreachable_server_is_one_clear_error_without_the_password(tmp_path: object) -> None:
    url = f"postgresql://teacher:s3cret-pass@/school?host={tmp_path}&port=1"
    with pytest.raises(StoreUnreachable) as caught:
        Store.open(url)
    message = str(caught.value)
    assert "Cannot reach the PostgreSQL database school" in message and "--data" in message
    assert "s3cret-pass" not in message


def test_the_command_line_uses_the_server_given_to_data_or_quizapp_data(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", postgres_url, "profile", "add", "ann"]) == 0
    monkeypatch.setenv("QUIZAPP_DATA", postgres_url)
    assert main(["profile", "list"]) == 0
    out = capsys.readouterr().out
    assert "ann" in out
    with Store.open(postgres_url) as store:
        assert [profile.name for profile in store.profiles()] == ["ann"]


def test_a_lost_connection_fails_one_call_and_the_next_connects_again(postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        ann = store.profile("ann")
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        with pytest.raises(StoreUnreachable, match="Lost the connection"):
            answer(store, ann.id, "q1")
        answer(store, ann.id, "q1")  # given again, the answer is saved on a new connection
        assert [review.question_id for review in store.reviews(ann.id)] == ["q1"]
