"""Two `quizapp serve` processes on different ports over one PostgreSQL database serve one class: a student
signed in on both sees one history, and the teacher's view on either shows every answer."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
from tests_serve_support import ONE_QUESTION_BANK, Served
from ws_student import StudentTab

from quizapp.roster import Roster
from quizapp.storage import Store


async def test_a_student_on_two_servers_has_one_history(start_server: Callable[..., Served], postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        roster = Roster(store)
        ((_, code),) = roster.add(["ann"])
        teacher_code = roster.new_teacher_code()
    servers = [
        start_server("--bank", str(ONE_QUESTION_BANK), profile=None, sign_in=True, data=postgres_url) for _ in range(2)
    ]
    assert servers[0].url != servers[1].url
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        first, second = (StudentTab(browser, served.url) for served in servers)
        assert await first.sign_in("ann", code) == 303
        # Signed in on one server, signed in on both: they share the secret kept in the database.
        async with browser.get(servers[1].url, allow_redirects=False) as page:
            assert page.status == 200
        for tab in (first, second):  # practise the one question on each server in turn
            await tab.open()
            await tab.start_last_bank("Browser check bank", mode_key="p")
            await tab.wait_for("capital of Ukraine")
            await tab.quiet()  # drawn and taking keys
            await tab.type("2")
            await tab.wait_for("Right")
            await tab.close()
        teacher = StudentTab(browser, servers[1].url)
        assert await teacher.sign_in("teacher", teacher_code) == 303
        async with browser.get(servers[1].url + "class") as view:
            text = await view.text()
    assert "<td>ann</td>" in text and '<td class="number">2</td>' in text  # both answers, on either server
    for served in servers:
        assert served.stop()[0] == 0
    with Store.open(postgres_url) as store:
        ann = store.profile("ann")
        reviews = list(store.reviews(ann.id))
        assert [review.question_id for review in reviews] == ["capital", "capital"]
        assert all(review.card_after is None for review in reviews)  # practice leaves the schedule as it was
        assert store.answered_ids(ann.id, "serve-browser-test") == {"capital"}
