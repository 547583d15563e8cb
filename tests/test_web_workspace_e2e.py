"""The clerk's workspace end to end in headless Chromium: three files and a zip dropped on the
page become one job that finishes; the register lists the letters with incoming numbers 1, 2,
3 ...; a letter shows its original beside the extraction; a task marked done is done in the
CSV and the iCalendar export; /docs renders with every other host blocked.
Screenshots go to tests/artifacts/ (git-ignored)."""
from __future__ import annotations

import base64
import csv
import io
import zipfile

from icalendar import Calendar

from conftest import CORPUS, SEED_000
from test_web_e2e import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, pytestmark, server  # noqa: F401  (fixture, skip mark)

BULK = sorted((CORPUS / "bulk").glob("*.txt"))
PDF = CORPUS / "pdf" / "pd_017.pdf"

DROP_FILES = """(files) => {
  const dt = new DataTransfer();
  for (const [name, b64, type] of files) {
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    dt.items.add(new File([bytes], name, {type}));
  }
  return dt;
}"""


def _zip(paths) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for p in paths:
            zf.write(p, f"thu-den/{p.name}")
    return buf.getvalue()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_drop_a_batch_register_original_and_a_task_done(server: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    dropped = [(SEED_000.name, _b64(SEED_000.read_bytes()), "text/plain"),
               (BULK[1].name, _b64(BULK[1].read_bytes()), "text/plain"),
               (PDF.name, _b64(PDF.read_bytes()), "application/pdf"),
               ("thu-den.zip", _b64(_zip(BULK[2:4])), "application/zip")]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")

        # 1. Three files and a zip, dropped at once: one job, its progress, its report.
        page.goto(server + "/")
        data = page.evaluate_handle(DROP_FILES, dropped)
        page.dispatch_event("#upload", "drop", {"dataTransfer": data})
        expect(page.locator("#job-summary")).to_contain_text("Xong: đã lưu 5 văn bản", timeout=120_000)
        expect(page.locator("#job-progress")).to_have_attribute("value", "100")
        expect(page.locator("#job-line")).to_contain_text("5/5 tệp")
        page.screenshot(path=ARTIFACTS / "10_job_done.png")

        # 2. The register: incoming numbers 1 ... 5 of this year, each letter linked.
        page.click("#job-summary a")
        page.wait_for_url("**/so-den")
        assert page.locator("td.incoming").all_inner_texts() == ["1", "2", "3", "4", "5"]
        expect(page.locator("#register-total")).to_have_text("5")
        page.screenshot(path=ARTIFACTS / "11_register.png", full_page=True)
        xlsx = page.request.get(server + page.locator("#register-xlsx").get_attribute("href"))
        assert xlsx.ok and xlsx.body()[:2] == b"PK"

        # 3. Open the seed letter: the original beside the extraction.
        seed_row = page.locator("table.register tbody tr", has_text="UBND huyện Bình Sơn").first
        seed_row.locator("td[data-label='Tên loại và trích yếu nội dung'] a").click()
        page.wait_for_url("**/documents/*")
        doc_url = page.url
        expect(page.locator("#incoming-number")).to_have_text("1")
        expect(page.locator("iframe#original")).to_be_visible()
        expect(page.frame_locator("iframe#original").locator("body")).to_contain_text("Nguyễn Tưởng Duy")
        expect(page.locator("dl.fields")).to_contain_text("Nguyễn Tưởng Duy")
        page.screenshot(path=ARTIFACTS / "12_original_beside_extraction.png")

        # 4. Mark its first task done, with the person handling it.
        row = page.locator("table.tasks tbody tr").first
        task_id = row.get_attribute("data-task")
        row.locator("details.task-edit summary").click()
        row.locator("select[name=status]").select_option("done")
        row.locator("input[name=assigned_to]").fill("Trần Văn An")
        row.locator("button[type=submit]").click()
        row = page.locator(f"tr#row-{task_id}")
        expect(row.locator(".tag.st-done")).to_have_text("đã xử lý")
        expect(row).to_contain_text("Người xử lý: Trần Văn An")
        page.screenshot(path=ARTIFACTS / "13_task_done.png")

        # 5. ... and find it done in the CSV and the calendar the task page offers.
        page.goto(server + "/tasks")
        csv_href = page.locator("#csv-link").get_attribute("href")
        assert "sep=semicolon" in csv_href and "header=vi" in csv_href
        sheet = page.request.get(server + csv_href).body().decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(sheet, newline=""), delimiter=";"))
        [done] = [r for r in rows if r["Mã nhiệm vụ"] == task_id]
        assert (done["Tình trạng"], done["Người xử lý"]) == ("đã xử lý", "Trần Văn An")
        assert done["Đường dẫn"].endswith(doc_url.removeprefix(server))
        feed = Calendar.from_ical(page.request.get(server + page.locator("#ics-link").get_attribute("href")).body())
        [todo] = [c for c in feed.walk("VTODO") if str(c["x-vanban-task-id"]) == task_id]
        assert str(todo["status"]) == "COMPLETED" and "completed" in todo
        assert str(todo["url"]) == doc_url
        events = page.request.get(server + page.locator("#event-link").get_attribute("href")).text()
        assert "BEGIN:VEVENT" in events and "BEGIN:VTODO" not in events  # all-day events for Google, Outlook
        page.select_option("#status", "done")
        page.click("form.filters button[type=submit]")
        expect(page.locator("#task-total")).to_have_text("1")
        page.screenshot(path=ARTIFACTS / "14_tasks_done_filter.png")

        # 6. The PDF's page shows the PDF itself.
        page.goto(server + "/so-den")
        page.locator("table.register tbody tr").nth(2).locator("td[data-label='Số, ký hiệu'] a").click()
        page.wait_for_url("**/documents/*")
        src = page.locator("iframe#original").get_attribute("src")
        shown = page.request.get(server + src)
        assert shown.headers["content-type"] == "application/pdf" and shown.body() == PDF.read_bytes()
        browser.close()


def test_api_docs_render_with_the_network_blocked(server: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    blocked: list[str] = []

    def only_this_server(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.route("**/*", only_this_server)
        page = context.new_page()
        page.goto(server + "/docs")
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("vanban", timeout=30_000)
        expect(page.locator(".opblock-summary-path", has_text="/api/register").first).to_be_visible()
        page.screenshot(path=ARTIFACTS / "15_docs_offline.png")
        assert not blocked, blocked
        assert page.goto(server + "/redoc").status == 404  # ReDoc's bundle would load its logo from a CDN
        browser.close()
