"""The web UI in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; nothing is downloaded).

Each page is loaded, a filter applied through the form, and the timeline clicked through to an article
whose highlighted spans are checked against the API. Screenshots go to the test's directory, and also to
$EVENTWIRE_SCREENSHOTS when set (that is how docs/*.png are made).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api", reason="install the 'browser' extra (make test does)")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):  # CI must run these: .ci/run installs chromium
        raise RuntimeError(f"no Chromium at {CHROMIUM}: .ci/run should have installed Debian's chromium")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(examples_db):
    import uvicorn

    from eventwire.web import create_app

    port = _free_port()  # an app of its own: stopping the server closes its store
    srv = uvicorn.Server(uvicorn.Config(create_app(examples_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=server)
    # offline: any request that leaves this server fails the test
    outside: list[str] = []
    ctx.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
              if not route.request.url.startswith(server) else route.continue_())
    p = ctx.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    yield p
    ctx.close()
    assert not outside, f"requests outside the server: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def shot(page, tmp_path: Path, name: str) -> None:
    out = tmp_path / f"{name}.png"
    page.screenshot(path=str(out), full_page=False)
    assert out.stat().st_size > 5000
    keep = os.environ.get("EVENTWIRE_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(keep) / out.name)


def ready(page, name: str) -> None:
    page.wait_for_selector(f"body[data-ready='{name}']", timeout=15000)


def test_timeline_filter_then_bar_then_article_with_highlights(page, client, tmp_path):
    page.goto("/timeline?by=week")
    ready(page, "timeline")
    assert page.locator("#timeline-chart rect.bar").count() > 0
    page.fill("#filters input[name=country]", "TUR")
    page.click("#apply")
    page.wait_for_url("**/timeline?*country=TUR*")
    ready(page, "timeline")
    assert "country=TUR" in page.locator("#json-twin").get_attribute("href")
    bars = page.locator("#timeline-chart rect.bar")
    assert bars.count() > 0
    bars.first.click()
    page.wait_for_selector("#bar-events tr.event-row")
    assert "null" not in page.locator("#main").inner_text() and "undefined" not in page.locator("#main").inner_text()
    shot(page, tmp_path, "timeline")
    row = page.locator("#bar-events tr.event-row").first
    doc_id, event_id = row.get_attribute("data-doc"), row.get_attribute("data-event")
    row.click()
    page.wait_for_url(f"**/article/{doc_id}?event={event_id}")
    ready(page, "article")
    api = client.get(f"/api/documents/{doc_id}").json()
    event = next(e for e in api["events"] if e["event_id"] == event_id)
    focus = page.locator("#article-text").get_attribute("data-focus")
    trigger = page.locator(f"#article-text [data-trigger~='{focus}']")
    assert trigger.count() >= 1 and "ev-focus" in trigger.first.get_attribute("class")
    assert "".join(trigger.all_inner_texts()) == api["text"][event["trigger_start"]:event["trigger_end"]]
    assert page.locator(".ev-sentence").count() >= 1
    if event["source_start"] >= 0 and event["source_text"]:
        source = page.locator(f"#article-text [data-source~='{focus}']")
        assert "".join(source.all_inner_texts()) == event["source_text"]
    assert f"cue {event['cue']}" in trigger.first.get_attribute("title")  # the explanation on hover
    assert page.locator("#explanation dd[data-field=cue]").inner_text() == event["cue"]
    assert page.locator("#explanation dd[data-field=rule]").inner_text() == event["rule"]
    shot(page, tmp_path, "article")


def test_article_labels_captions_and_datelines(page, client, examples_db):
    from eventwire.store.db import connect

    con = connect(examples_db, read_only=True)  # the store's own settings: one configuration per process
    doc_id = con.execute("SELECT doc_id FROM texts WHERE segments LIKE '%caption%' ORDER BY doc_id LIMIT 1").fetchone()[0]
    con.close()
    page.goto(f"/article/{doc_id}")
    ready(page, "article")
    assert page.locator(".seg.caption .kind").first.inner_text().lower() == "caption"
    assert page.locator(".seg.dateline").count() + page.locator(".seg.credit").count() >= 1
    # clicking another event's highlight changes the explanation
    items = page.locator(".evlist li")
    if items.count() > 1:
        items.nth(1).click()
        assert page.locator(".evlist li.active").inner_text() == items.nth(1).inner_text()


def test_dyads_page_lists_pairs_and_draws_a_pair_timeline(page, tmp_path):
    page.goto("/dyads?by=month")
    ready(page, "dyads")
    rows = page.locator("#pairs tr.pair-row")
    assert rows.count() > 3
    page.wait_for_selector("#pair-chart rect.bar")  # the top pair with a date is drawn at once
    rows.filter(has_text="GRC").first.click()
    page.wait_for_selector("#pair-detail h3:has-text('GRC')")
    assert page.locator("#pair-chart rect.bar").count() >= 1
    shot(page, tmp_path, "dyads")
    page.fill("#filters input[name=source]", "KEN")
    page.click("#apply")
    page.wait_for_url("**/dyads?*source=KEN*")
    ready(page, "dyads")
    assert all(t.startswith("KEN") for t in page.locator("#pairs tr.pair-row td:first-child").all_inner_texts())


def test_map_draws_countries_and_places(page, tmp_path):
    page.goto("/map")
    ready(page, "map")
    assert page.locator("#world-map path.country").count() > 150
    assert page.locator("#world-map circle.place").count() >= 5
    shot(page, tmp_path, "map")
    page.select_option("#filters select[name=quad]", "4")
    page.click("#apply")
    page.wait_for_url("**/map?*quad=4*")
    ready(page, "map")
    n4 = page.locator("#world-map circle.place").count()
    assert 1 <= n4 and page.locator("#world-map circle.place.q4").count() == n4


def test_clusters_page_opens_a_cluster_with_its_reports(page, client, tmp_path):
    page.goto("/clusters")
    ready(page, "clusters")
    big = client.get("/api/clusters?limit=1000").json()["items"]
    best = max(big, key=lambda c: (c["num_articles"], c["cluster_id"]))
    page.goto(f"/clusters?cluster={best['cluster_id']}")
    ready(page, "clusters")
    assert page.locator("#reports tr.report-row").count() == best["num_mentions"]
    assert page.locator("#num-sources").inner_text() == f"{best['num_sources']} sources"
    shot(page, tmp_path, "clusters")


def test_code_a_text_shows_events_and_stores_nothing(page, client, tmp_path):
    text = (Path(__file__).resolve().parents[2] / "examples" / "articles" / "03-kyiv-strikes.txt").read_text()
    before = client.get("/api/info").json()["counts"]
    page.goto("/code")
    ready(page, "code")
    page.fill("#code-text", text)
    page.fill("#code-date", "2024-12-03")
    page.click("#code-run")
    page.wait_for_selector("#code-result .ev-trigger", timeout=60000)
    assert page.locator("#code-result").inner_text().startswith("Not stored.")
    assert page.locator("#code-result .evlist li").count() >= 1
    shot(page, tmp_path, "code")
    assert client.get("/api/info").json()["counts"] == before


def test_filters_live_in_the_url_so_links_can_be_shared(page):
    page.goto("/clusters?country=KEN&quad=4")
    ready(page, "clusters")
    assert page.input_value("#filters input[name=country]") == "KEN"
    assert page.input_value("#filters select[name=quad]") == "4"
    page.click("#nav a[data-page=timeline]")
    page.wait_for_url("**/timeline?*country=KEN*")
    page.goto("/timeline?since=2024-13-40")
    ready(page, "error")
    assert "E600" in page.locator("#error").inner_text()
