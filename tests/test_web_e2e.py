"""The web page end to end in headless Chromium: upload seed 000 by drag and drop, read its
tasks, find it by words typed without tone marks, open its citation graph.
A screenshot of each step goes to tests/artifacts/ (git-ignored)."""
from __future__ import annotations

import base64
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from conftest import SEED_000

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs the Debian chromium package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(sqlite_url: str) -> Iterator[str]:
    """The real app served by uvicorn on a free port, in a thread."""
    from api.app import create_app
    from service.settings import load_settings

    port = _free_port()
    app = create_app(load_settings(db=sqlite_url, webhook_worker=False))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


DROP_FILE = """([name, b64]) => {
  const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, {type: "text/plain"}));
  return dt;
}"""


def test_upload_read_tasks_search_and_graph_in_chromium(server: str, sqlite_url: str):
    from playwright.sync_api import expect, sync_playwright

    from corpus.db import session_scope
    from service.auth import create_key

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")

        # 1. Drop seed 000 on the upload zone; the page opens the stored document.
        page.goto(server + "/")
        expect(page.locator("h1")).to_have_text("Tải văn bản lên")
        data = page.evaluate_handle(DROP_FILE, [SEED_000.name, base64.b64encode(SEED_000.read_bytes()).decode()])
        page.dispatch_event("#upload", "dragenter", {"dataTransfer": data})
        expect(page.locator("#upload")).to_have_class("drop dragging")
        page.screenshot(path=ARTIFACTS / "01_upload_dragging.png")
        page.dispatch_event("#upload", "drop", {"dataTransfer": data})
        page.wait_for_url("**/documents/*")
        doc_url = page.url
        doc_path = doc_url.removeprefix(server)

        # 2. Header fields, the tasks table, citations, the source with highlighted spans.
        expect(page.locator("dl.fields")).to_contain_text("Nguyễn Tưởng Duy")
        rows = page.locator("table.tasks tbody tr")
        expect(rows.first).to_be_visible()
        assert rows.count() >= 1
        assert page.locator("table.tasks thead th").all_inner_texts()[1:6] == [
            "Đơn vị thực hiện", "Nhiệm vụ", "Thời hạn", "Lặp lại", "Phối hợp"]
        expect(page.locator("mark.task").first).to_be_visible()
        expect(page.locator("ul.citations a", has_text="1313/UBND-TTHC").first).to_be_visible()
        rows.first.locator("a").first.press("Enter")  # keyboard: a row's number jumps to its span
        expect(page).to_have_url(re.compile(r"#task-0$"))
        expect(page.locator("#task-0")).to_be_in_viewport()
        page.screenshot(path=ARTIFACTS / "02_document.png")
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(doc_url)
        page.screenshot(path=ARTIFACTS / "02b_document_phone.png")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
        page.set_viewport_size({"width": 1280, "height": 900})
        assignee = page.locator("table.tasks tbody td[data-label='Đơn vị thực hiện']").first.inner_text().split(";")[0]

        # 2b. The task view across documents, filtered by that assignee, with its calendar feed.
        page.goto(server + "/tasks")
        page.fill("#assignee", assignee)
        page.keyboard.press("Enter")
        page.wait_for_url("**/tasks?assignee=*")
        assert page.locator("table.tasks tbody tr").count() >= 1
        expect(page.locator("#ics-link")).to_have_attribute("href", re.compile(r"^/api/tasks\.ics\?assignee="))
        feed = page.request.get(server + page.locator("#ics-link").get_attribute("href"))
        assert feed.ok and feed.text().startswith("BEGIN:VCALENDAR")
        page.screenshot(path=ARTIFACTS / "02c_tasks.png")

        # 3. Search without tone marks, from the keyboard.
        page.goto(server + "/search")
        expect(page.locator("#q")).to_be_focused()
        page.keyboard.type("cai cach hanh chinh")
        page.keyboard.press("Enter")
        page.wait_for_url("**/search?q=cai+cach+hanh+chinh*")
        expect(page.locator("#search-total")).to_have_text("1 văn bản khớp")
        hit = page.locator(f"ol.results a[href='{doc_path}']")
        expect(hit).to_be_visible()
        expect(page.locator("ol.results .snippet mark").first).to_have_text("cải")
        page.screenshot(path=ARTIFACTS / "03_search.png")

        # 4. The citation neighbourhood: the document in the middle, cited documents as stubs.
        hit.click()
        page.get_by_role("link", name="Sơ đồ dẫn chiếu").click()
        page.wait_for_url("**/graph")
        expect(page.locator("svg#graph a.node.center")).to_have_count(1)
        assert page.locator("svg#graph a.node.stub").count() >= 1
        assert page.locator("svg#graph path.edge").count() >= 1
        page.screenshot(path=ARTIFACTS / "04_graph.png", full_page=True)

        # 5. Once a key exists, the page's writes need it: refused without, done with the key saved in the page.
        with session_scope(sqlite_url) as session:
            _, key = create_key(session, name="e2e")
        page.goto(doc_url)
        page.on("dialog", lambda dialog: dialog.accept())
        page.click("button[data-action=delete]")
        expect(page.locator("#action-status")).to_contain_text("Lỗi 401 — Cần khóa API")
        page.screenshot(path=ARTIFACTS / "05_delete_refused.png")
        page.click(".apikey summary")
        page.fill("#api-key", key)
        page.keyboard.press("Enter")
        expect(page.locator("#key-state")).to_have_text("Đã lưu khóa.")
        page.click("button[data-action=delete]")
        page.wait_for_url(server + "/")
        assert page.goto(doc_url).status == 404
        browser.close()
