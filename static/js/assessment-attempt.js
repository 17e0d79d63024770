// Assessment sitting: the countdown (display only: the server owns the clock and refuses late
// answers) and the autosave of every answer. Without JavaScript the page still works with its
// two buttons. Behaviour is hooked on data-vivier-* attributes; no inline script (CSP).
(function () {
  "use strict";

  var TYPING_DELAY_MS = 1500;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function clock(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return h ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  // -- countdown --------------------------------------------------------------------------
  function setupTimer(box) {
    var display = box.querySelector("[data-vivier-timer-display]");
    var announce = box.querySelector("[data-vivier-timer-announce]");
    var expiredUrl = box.getAttribute("data-vivier-expired-url");
    var endsAt = Date.now() + 1000 * Number(box.getAttribute("data-vivier-remaining-seconds"));
    var announced = {};

    function tick() {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      display.textContent = clock(left);
      [5, 1].forEach(function (minutes) {
        if (left <= minutes * 60 && left > 0 && !announced[minutes]) {
          announced[minutes] = true;
          announce.textContent = announce.getAttribute("data-vivier-text-" + minutes);
        }
      });
      if (left === 0) {
        clearInterval(interval);
        // The server has handed the attempt in; its page says so.
        window.location.assign(expiredUrl);
      }
    }
    var interval = setInterval(tick, 1000);
    tick();
    return {
      resync: function (seconds) { endsAt = Date.now() + 1000 * seconds; },
    };
  }

  // -- autosave ---------------------------------------------------------------------------
  function setupAutosave(form, timer) {
    var status = form.querySelector("[data-vivier-attempt-status]");
    var url = form.getAttribute("action");
    var typing = null;
    var dirty = false;
    var closed = false;
    var retryMs = 2000;

    // A failed save (network down, server restarting) is retried with a growing delay until it
    // goes through, even if the candidate stops typing; and at once when the network is back.
    function retryLater() {
      clearTimeout(typing);
      typing = setTimeout(save, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    }

    function lock(message) {
      closed = true;
      status.textContent = message;
      Array.prototype.forEach.call(form.elements, function (el) { el.disabled = true; });
    }

    function save() {
      clearTimeout(typing);
      typing = null;
      if (closed) { return; }
      dirty = false;
      status.textContent = status.getAttribute("data-vivier-saving-text");
      fetch(url, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.json().then(function (data) { return { code: response.status, data: data }; });
        })
        .then(function (result) {
          if (result.code === 200) {
            retryMs = 2000;
            status.textContent = result.data.message;
            if (timer) { timer.resync(result.data.remaining_seconds); }
          } else if (result.code === 409) {
            lock(result.data.error);
          } else {
            dirty = true;
            status.textContent = result.data.error || status.getAttribute("data-vivier-error-text");
            retryLater();
          }
        })
        .catch(function () {
          dirty = true;
          status.textContent = status.getAttribute("data-vivier-error-text");
          retryLater();
        });
    }

    form.addEventListener("change", function (event) {
      if (event.target.type === "radio" || event.target.tagName === "SELECT") { save(); }
    });
    form.addEventListener("input", function (event) {
      if (event.target.tagName === "TEXTAREA") {
        dirty = true;
        // At most TYPING_DELAY_MS after a keystroke, even while the candidate keeps typing.
        if (typing === null) { typing = setTimeout(save, TYPING_DELAY_MS); }
      }
    });
    // Leaving or hiding the page: the browser sends this even when the tab is closing.
    function saveNow() {
      if (dirty && !closed && navigator.sendBeacon) {
        clearTimeout(typing);
        if (navigator.sendBeacon(url, new FormData(form))) { dirty = false; }
      }
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { saveNow(); }
    });
    window.addEventListener("pagehide", saveNow);
    window.addEventListener("online", function () { if (dirty) { save(); } });
    form.addEventListener("submit", function () { dirty = false; clearTimeout(typing); });
  }

  // -- ranking mode: say at once when a rank is missing or used twice ------------------------
  function setupRanking(group) {
    var status = group.querySelector("[data-vivier-ranking-status]");
    var selects = group.querySelectorAll("select");
    group.addEventListener("change", function () {
      var given = Array.prototype.map.call(selects, function (s) { return s.value; })
        .filter(function (value) { return value !== ""; });
      var complete = given.length === selects.length &&
        given.every(function (value, index) { return given.indexOf(value) === index; });
      var incomplete = given.length > 0 && !complete;
      status.textContent = incomplete ? status.getAttribute("data-vivier-incomplete-text") : "";
      group.classList.toggle("field-error", incomplete);
    });
  }

  // -- best and worst: say at once when the same response is picked for both ----------------
  function setupPicks(group) {
    var status = group.querySelector("[data-vivier-picks-status]");
    group.addEventListener("change", function () {
      var checked = group.querySelectorAll("input[type=radio]:checked");
      var same = checked.length === 2 && checked[0].value === checked[1].value;
      status.textContent = same ? status.getAttribute("data-vivier-same-text") : "";
      group.classList.toggle("field-error", same);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-vivier-ranking]").forEach(setupRanking);
    document.querySelectorAll("[data-vivier-picks]").forEach(setupPicks);
    var box = document.querySelector("[data-vivier-timer]");
    var timer = box ? setupTimer(box) : null;
    var form = document.querySelector("[data-vivier-attempt-form]");
    if (form) { setupAutosave(form, timer); }
  });
})();
