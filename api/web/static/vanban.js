// vanban web page: the API key kept in this browser, drag-and-drop upload (one file, or a job
// of several files and archives with its progress), delete and re-extract, the task workflow.
(function () {
  "use strict";
  var KEY = "vanban.apiKey";

  function authHeaders() {
    var key = localStorage.getItem(KEY);
    return key ? { Authorization: "Bearer " + key } : {};
  }

  function say(el, message, isError) {
    if (!el) return;
    el.textContent = message;
    el.classList.toggle("error", !!isError);
  }

  // What each refusal means, in Vietnamese: the page speaks Vietnamese, and the API's
  // English `detail` stays out of it.
  var REFUSALS = {
    401: "Cần khóa API: hãy nhập khóa ở mục “Khóa API” phía trên",
    403: "Khóa API này không đủ quyền",
    404: "Không tìm thấy",
    413: "Tệp quá lớn",
    415: "Định dạng tệp không được hỗ trợ",
    422: "Dữ liệu không hợp lệ: tệp hỏng, bị khóa, rỗng, hoặc giá trị nhập chưa đúng",
    429: "Quá nhiều yêu cầu ghi trong một phút, hãy thử lại sau",
    503: "Máy chủ đang bận, hãy thử lại sau ít giây"
  };

  var JOB_STATES = { queued: "Đang chờ", running: "Đang đọc", done: "Xong", failed: "Lỗi" };
  var STAGES = { load: "tệp hỏng, rỗng hoặc không đúng định dạng", extract: "lỗi khi trích xuất",
                 archive: "mục không an toàn hoặc quá lớn trong tệp nén", read: "không đọc được tệp",
                 store: "không lưu được" };

  function refusal(response) {
    var meaning = REFUSALS[response.status] || "Không thực hiện được";
    return Promise.resolve("Lỗi " + response.status + " — " + meaning + ".");
  }

  // API key form
  var keyForm = document.getElementById("key-form");
  if (keyForm) {
    var keyInput = document.getElementById("api-key");
    var keyState = document.getElementById("key-state");
    keyInput.value = localStorage.getItem(KEY) || "";
    keyForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var value = keyInput.value.trim();
      if (value) { localStorage.setItem(KEY, value); } else { localStorage.removeItem(KEY); }
      say(keyState, value ? "Đã lưu khóa." : "Đã xóa khóa.");
    });
  }

  // Upload: drop files on the zone, or pick them with the file input (keyboard: Tab, Enter).
  // One document opens when stored; several files or a .zip become one ingest job with a progress bar.
  var form = document.getElementById("upload");
  if (form) {
    var input = document.getElementById("file");
    var status = document.getElementById("upload-status");
    var jobBox = document.getElementById("job");
    var bar = document.getElementById("job-progress");
    var jobLine = document.getElementById("job-line");
    var jobReport = document.getElementById("job-report");
    var maxBytes = Number(form.getAttribute("data-max-bytes"));
    var mb = function (bytes) { return Math.round(bytes / 104857.6) / 10 + " MB"; };
    var isZip = function (file) { return /\.zip$/i.test(file.name); };

    var sendOne = function (file) {
      say(status, "Đang đọc “" + file.name + "”…");
      var data = new FormData();
      data.append("file", file, file.name);
      fetch("/api/documents", { method: "POST", body: data, headers: authHeaders() })
        .then(function (response) {
          if (!response.ok) return refusal(response).then(function (m) { say(status, m, true); });
          if (response.status === 202) {  // a large file, read in the background as a job
            return response.json().then(function (job) { say(status, "Tệp lớn đang được đọc ở chế độ nền…"); watch(job); });
          }
          return response.json().then(function (doc) {
            say(status, "Đã lưu. Đang mở văn bản…");
            window.location.href = "/documents/" + doc.id;
          });
        })
        .catch(function () { say(status, "Không gửi được tệp: mất kết nối tới máy chủ.", true); });
    };

    var showReport = function (job) {
      return fetch("/api/jobs/" + job.id + "/report", { headers: authHeaders() }).then(function (r) { return r.json(); }).then(function (report) {
        jobReport.textContent = "";
        var head = document.createElement("p");
        head.id = "job-summary";
        head.textContent = "Xong: đã lưu " + job.stored + " văn bản, " + job.duplicates + " trùng, " +
          job.already + " đã có từ trước, " + job.failed + " lỗi. ";
        var link = document.createElement("a");
        link.href = "/so-den";
        link.textContent = "Xem sổ văn bản đến";
        head.appendChild(link);
        jobReport.appendChild(head);
        if (report.failures.length) {  // each file and what went wrong; the English reasons are in /api/jobs/{id}/report
          var list = document.createElement("ul");
          list.className = "failures";
          report.failures.forEach(function (f) {
            var item = document.createElement("li");
            item.textContent = f.file + " — " + (STAGES[f.stage] || "lỗi");
            list.appendChild(item);
          });
          jobReport.appendChild(list);
        }
      });
    };

    var watch = function (job) {
      jobBox.hidden = false;
      bar.value = job.percent;
      jobLine.textContent = (JOB_STATES[job.status] || job.status) + ": " + job.processed + "/" + job.total + " tệp (" + job.percent + "%)";
      if (job.status === "done") { say(status, "Đã xử lý xong."); return showReport(job); }
      if (job.status === "failed") { say(status, "Không xử lý được các tệp đã gửi.", true); return; }
      setTimeout(function () {
        fetch("/api/jobs/" + job.id, { headers: authHeaders() }).then(function (r) { return r.json(); }).then(watch)
          .catch(function () { say(status, "Mất kết nối tới máy chủ; tải lại trang để xem tiến độ.", true); });
      }, 500);
    };

    var sendJob = function (files) {
      say(status, "Đang gửi " + files.length + " tệp…");
      var data = new FormData();
      files.forEach(function (file) { data.append("file", file, file.name); });
      fetch("/api/jobs", { method: "POST", body: data, headers: authHeaders() })
        .then(function (response) {
          if (!response.ok) return refusal(response).then(function (m) { say(status, m, true); });
          return response.json().then(function (job) { say(status, "Đang đọc các văn bản…"); watch(job); });
        })
        .catch(function () { say(status, "Không gửi được tệp: mất kết nối tới máy chủ.", true); });
    };

    var send = function (list) {
      var files = Array.prototype.slice.call(list || []);
      if (!files.length) return;
      var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
      if (maxBytes && total > maxBytes) {
        say(status, (files.length > 1 ? "Các tệp" : "Tệp “" + files[0].name + "”") + " quá lớn: " + mb(total) +
          ", tối đa " + mb(maxBytes) + " mỗi lần.", true);
        return;
      }
      if (files.length === 1 && !isZip(files[0])) sendOne(files[0]); else sendJob(files);
    };

    form.addEventListener("submit", function (ev) { ev.preventDefault(); send(input.files); });
    input.addEventListener("change", function () { send(input.files); });
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (ev) { ev.preventDefault(); form.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("dragging"); });
    });
    form.addEventListener("drop", function (ev) {
      ev.preventDefault();
      send(ev.dataTransfer && ev.dataTransfer.files);
    });
  }

  // Document actions
  var actionStatus = document.getElementById("action-status");
  document.querySelectorAll("button[data-action]").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-doc");
      var remove = button.getAttribute("data-action") === "delete";
      if (remove && !window.confirm("Xóa văn bản này cùng các nhiệm vụ và dẫn chiếu của nó?")) return;
      say(actionStatus, remove ? "Đang xóa…" : "Đang trích xuất lại…");
      var url = "/api/documents/" + id + (remove ? "" : "/reextract");
      fetch(url, { method: remove ? "DELETE" : "POST", headers: authHeaders() })
        .then(function (response) {
          if (!response.ok) return refusal(response).then(function (m) { say(actionStatus, m, true); });
          return response.json().then(function (body) {
            window.location.href = remove && !body.stub ? "/" : "/documents/" + id;
          });
        })
        .catch(function () { say(actionStatus, "Không thực hiện được: mất kết nối tới máy chủ.", true); });
    });
  });

  // The workflow: a task's status, person and note (PATCH /api/tasks/{id}); a letter's line in
  // the register (PATCH /api/register/{id}). The page reloads to show the saved state.
  function patchForm(form, url) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var state = form.querySelector(".task-state");
      var body = {};
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name) body[el.name] = el.value.trim() === "" ? null : el.value;
      });
      say(state, "Đang lưu…");
      fetch(url, { method: "PATCH", body: JSON.stringify(body),
                   headers: Object.assign({ "Content-Type": "application/json" }, authHeaders()) })
        .then(function (response) {
          if (!response.ok) return refusal(response).then(function (m) { say(state, m, true); });
          say(state, "Đã lưu.");
          window.location.reload();
        })
        .catch(function () { say(state, "Không lưu được: mất kết nối tới máy chủ.", true); });
    });
  }
  document.querySelectorAll("form.task-form[data-task]").forEach(function (form) {
    patchForm(form, "/api/tasks/" + form.getAttribute("data-task"));
  });
  var registerForm = document.getElementById("register-form");
  if (registerForm) patchForm(registerForm, "/api/register/" + registerForm.getAttribute("data-doc"));
})();
