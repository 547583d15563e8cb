// vanban web page: the API key kept in this browser, drag-and-drop upload, delete and re-extract.
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

  // What each refusal means, in Vietnamese; the server's reason follows it.
  var REFUSALS = {
    401: "Cần khóa API: hãy nhập khóa ở mục “Khóa API” phía trên",
    403: "Khóa API này không đủ quyền",
    404: "Không tìm thấy văn bản",
    413: "Tệp quá lớn",
    415: "Định dạng tệp không được hỗ trợ",
    422: "Tệp hỏng, bị khóa hoặc rỗng",
    429: "Quá nhiều yêu cầu ghi trong một phút, hãy thử lại sau",
    503: "Máy chủ đang bận, hãy thử lại sau ít giây"
  };

  function refusal(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      var detail = typeof body.detail === "string" ? body.detail : response.statusText;
      var meaning = REFUSALS[response.status] || "Không thực hiện được";
      return "Lỗi " + response.status + " — " + meaning + " (" + detail + ")";
    });
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

  // Upload: drop a file on the zone, or pick one with the file input (keyboard: Tab, Enter)
  var form = document.getElementById("upload");
  if (form) {
    var input = document.getElementById("file");
    var status = document.getElementById("upload-status");

    var maxBytes = Number(form.getAttribute("data-max-bytes"));
    // A large file is read in the background as an ingest job (202): its progress, until it ends.
    var watchJob = function (id) {
      fetch("/api/jobs/" + id, { headers: authHeaders() })
        .then(function (response) { return response.json(); })
        .then(function (job) {
          if (job.status === "queued" || job.status === "running") {
            say(status, "Tệp lớn đang được đọc ở chế độ nền (việc #" + id + "): " + job.percent + "%…");
            window.setTimeout(function () { watchJob(id); }, 2000);
          } else if (job.status === "done" && job.failed === 0) {
            say(status, "Đã lưu (việc #" + id + "). Văn bản có trong danh sách gần đây khi tải lại trang.");
          } else {
            say(status, "Không lưu được (việc #" + id + "): " + (job.error || "xem /api/jobs/" + id + "/report"), true);
          }
        })
        .catch(function (err) { say(status, "Không theo dõi được việc #" + id + ": " + err, true); });
    };
    var send = function (file) {
      if (!file) return;
      if (maxBytes && file.size > maxBytes) {
        say(status, "Tệp “" + file.name + "” quá lớn: tối đa " + Math.round(maxBytes / 104857.6) / 10 + " MB.", true);
        return;
      }
      say(status, "Đang đọc “" + file.name + "”…");
      var data = new FormData();
      data.append("file", file, file.name);
      fetch("/api/documents", { method: "POST", body: data, headers: authHeaders() })
        .then(function (response) {
          if (!response.ok) return refusal(response).then(function (m) { say(status, m, true); });
          if (response.status === 202) return response.json().then(function (job) { watchJob(job.id); });
          return response.json().then(function (doc) {
            say(status, "Đã lưu. Đang mở văn bản…");
            window.location.href = "/documents/" + doc.id;
          });
        })
        .catch(function (err) { say(status, "Không gửi được tệp: " + err, true); });
    };

    form.addEventListener("submit", function (ev) { ev.preventDefault(); send(input.files[0]); });
    input.addEventListener("change", function () { send(input.files[0]); });
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (ev) { ev.preventDefault(); form.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("dragging"); });
    });
    form.addEventListener("drop", function (ev) {
      ev.preventDefault();
      var files = ev.dataTransfer && ev.dataTransfer.files;
      if (files && files.length) send(files[0]);
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
        .catch(function (err) { say(actionStatus, "Không thực hiện được: " + err, true); });
    });
  });
})();
