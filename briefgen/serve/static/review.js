// briefgen serve: review controls (suppress, correct, restore) and live reload.
// Every change is a same-origin JSON POST carrying the page's per-run token; the server writes
// overrides.yaml, rebuilds the briefing and this page reloads.
(function () {
  "use strict";
  var meta = function (name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : "";
  };
  var token = meta("briefgen-token");
  var version = parseInt(meta("briefgen-version"), 10) || 0;
  var QUALIFIERS = ["exact", "about", "at_least", "more_than", "up_to"];

  function say(text) {
    var bar = document.getElementById("bg-bar");
    var p = document.getElementById("bg-message") || document.createElement("p");
    p.id = "bg-message";
    p.className = "bg-error";
    p.textContent = text;
    if (bar && !p.parentNode) bar.appendChild(p);
  }

  function send(action, id, fields) {
    document.body.classList.add("bg-busy");
    return fetch("/api/edit", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Briefgen-Token": token },
      body: JSON.stringify({ action: action, id: id, fields: fields || null }),
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    }).then(function (res) {
      document.body.classList.remove("bg-busy");
      if (!res.ok) { say(res.data.error || "the edit was refused"); return; }
      window.location.reload();
    }).catch(function (err) {
      document.body.classList.remove("bg-busy");
      say("the server did not answer: " + err);
    });
  }

  function correctForm(box) {
    if (box.querySelector("form")) return;
    var form = document.createElement("form");
    form.className = "bg-form";
    var section = box.getAttribute("data-section");
    if (section === "casualties") {
      var count = document.createElement("input");
      count.type = "number"; count.min = "0"; count.name = "count";
      count.value = box.getAttribute("data-count");
      count.setAttribute("aria-label", "figure");
      var qualifier = document.createElement("select");
      qualifier.name = "qualifier";
      qualifier.setAttribute("aria-label", "how exact");
      QUALIFIERS.forEach(function (q) {
        var o = document.createElement("option");
        o.value = q; o.textContent = q.replace("_", " ");
        if (q === box.getAttribute("data-qualifier")) o.selected = true;
        qualifier.appendChild(o);
      });
      form.appendChild(qualifier);
      form.appendChild(count);
    } else {
      var text = document.createElement("input");
      text.type = "text"; text.name = "text"; text.size = 60;
      text.value = box.getAttribute("data-text");
      text.setAttribute("aria-label", "text");
      form.appendChild(text);
    }
    var save = document.createElement("button");
    save.type = "submit"; save.textContent = "Save"; save.className = "bg-save";
    form.appendChild(save);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var fields = {};
      if (form.elements.count) {
        var n = parseInt(form.elements.count.value, 10);
        if (isNaN(n) || n < 0) { say("a figure is a whole number, 0 or more"); return; }
        fields.count = n;
        fields.qualifier = form.elements.qualifier.value;
      } else {
        var t = form.elements.text.value.trim();
        if (!t) { say("the text cannot be empty: suppress the fact instead"); return; }
        fields.text = t;
      }
      send("correct", box.getAttribute("data-id"), fields);
    });
    box.appendChild(form);
    var first = form.querySelector("input");
    if (first) first.focus({ preventScroll: true });
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("button") : null;
    if (!button) return;
    var box = button.closest(".bg-review");
    if (!box) return;
    var id = box.getAttribute("data-id");
    if (button.classList.contains("bg-suppress")) send("suppress", id);
    else if (button.classList.contains("bg-restore")) send("restore", id);
    else if (button.classList.contains("bg-correct")) correctForm(box);
  });

  // Live reload: wait for the page's version to change, then reload (bounded waits, backing off on errors).
  var delay = 500;
  function poll() {
    fetch("/_reload?v=" + version, { cache: "no-store" }).then(function (r) { return r.json(); })
      .then(function (data) {
        delay = 500;
        if (data.version !== version) { window.location.reload(); return; }
        poll();
      }).catch(function () {
        delay = Math.min(delay * 2, 10000);
        setTimeout(poll, delay);
      });
  }
  poll();
})();
