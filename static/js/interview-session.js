// Live interview session: presence, submissions and the simultaneous reveal of the scores.
// Hooked on [data-vivier-interview-session]; without websockets the page works by reloading.
(function () {
  "use strict";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function updatePanel(list, panel) {
    panel.forEach(function (person) {
      var item = list.querySelector('[data-vivier-member="' + person.id + '"]');
      if (!item) {
        return;
      }
      item.querySelector("[data-vivier-presence]").textContent = person.present
        ? list.dataset.vivierLabelPresent
        : list.dataset.vivierLabelAbsent;
      item.querySelector("[data-vivier-submitted]").textContent = person.submitted
        ? list.dataset.vivierLabelSubmitted
        : list.dataset.vivierLabelPending;
      item.dataset.vivierPresent = person.present ? "1" : "0";
      item.dataset.vivierHasSubmitted = person.submitted ? "1" : "0";
    });
  }

  function renderScores(region, payload) {
    var labels = region.dataset;
    region.textContent = "";
    payload.competencies.forEach(function (row) {
      var section = el("section", null, "revealed-competency" + (row.discuss ? " discuss" : ""));
      section.appendChild(el("h3", row.name));
      if (row.discuss) {
        var flag = el("p", null, "discuss-flag");
        flag.appendChild(el("strong", labels.vivierLabelDiscuss.replace("{spread}", row.spread)));
        section.appendChild(flag);
      }
      var table = el("table");
      table.appendChild(el("caption", labels.vivierLabelCaption + " « " + row.name + " »", "visually-hidden"));
      var head = el("thead");
      var headRow = el("tr");
      [labels.vivierLabelMember, labels.vivierLabelLevel, labels.vivierLabelEvidence].forEach(function (label) {
        var th = el("th", label);
        th.scope = "col";
        headRow.appendChild(th);
      });
      head.appendChild(headRow);
      table.appendChild(head);
      var body = el("tbody");
      if (!row.scores.length) {
        var empty = el("tr");
        var cell = el("td", labels.vivierLabelNone);
        cell.colSpan = 3;
        empty.appendChild(cell);
        body.appendChild(empty);
      }
      row.scores.forEach(function (score) {
        var tr = el("tr");
        var th = el("th", score.name);
        th.scope = "row";
        tr.appendChild(th);
        tr.appendChild(el("td", score.level));
        tr.appendChild(el("td", score.evidence));
        body.appendChild(tr);
      });
      table.appendChild(body);
      section.appendChild(table);
      region.appendChild(section);
    });
    region.dataset.vivierRevealed = "1";
  }

  function start(root) {
    if (!("WebSocket" in window)) {
      return;
    }
    var list = root.querySelector("[data-vivier-panel]");
    var region = root.querySelector("[data-vivier-reveal]");
    var refresh = root.querySelector("[data-vivier-refresh-notice]");
    var notice = root.querySelector("[data-vivier-connection]");
    var reconnecting = root.querySelector("[data-vivier-reconnecting]");
    var initialStatus = root.dataset.vivierStatus;
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var url = scheme + window.location.host + root.dataset.vivierInterviewSession;
    var retryMs = 1000;

    // The scores are revealed (or the consensus recorded) while the page is open: say so
    // everywhere the page still speaks of scoring, as a reload would.
    function showStatus(message) {
      var label = root.querySelector("[data-vivier-status-label]");
      if (label && message.status_label) {
        label.textContent = message.status_label;
      }
      if (message.status !== "revealed" && message.status !== "consensus_done") {
        return;
      }
      root.dataset.vivierStatus = message.status;
      var waiting = root.querySelector("[data-vivier-waiting-notice]");
      var revealed = root.querySelector("[data-vivier-revealed-notice]");
      if (waiting && revealed) {
        waiting.hidden = true;
        revealed.hidden = false;
      }
      var closeForm = root.querySelector("[data-vivier-close-form]");
      if (closeForm) {
        closeForm.hidden = true;
      }
      var form = root.querySelector("[data-vivier-score-form]");
      if (form && !form.hidden) {
        form.hidden = true;
        var closed = root.querySelector("[data-vivier-closed-notice]");
        if (closed) {
          closed.hidden = false;
        }
      }
    }

    function onMessage(event) {
      var message = JSON.parse(event.data);
      if (message.type === "state" || message.type === "scores") {
        showStatus(message);
      }
      if (message.type === "state") {
        updatePanel(list, message.panel);
        if (initialStatus === "draft" && message.status === "scoring") {
          window.location.reload();
        } else if (message.status !== initialStatus && message.status === "consensus_done") {
          refresh.hidden = false;
        }
      } else if (message.type === "scores") {
        if (region.dataset.vivierRevealed !== "1") {
          renderScores(region, message);
        }
        if (initialStatus !== message.status && root.dataset.vivierLead === "1") {
          refresh.hidden = false;
        }
      }
    }

    // The server (or Redis behind it) may go away: say so, retry with a growing delay, and
    // take the current state again on reconnection (the consumer sends it on connect).
    function connect() {
      var socket = new WebSocket(url);
      var heartbeat = null;
      socket.addEventListener("open", function () {
        retryMs = 1000;
        root.dataset.vivierLive = "1";
        notice.hidden = true;
        if (reconnecting) {
          reconnecting.hidden = true;
        }
        heartbeat = window.setInterval(function () {
          socket.send(JSON.stringify({ type: "ping" }));
        }, 30000);
      });
      socket.addEventListener("close", function (event) {
        root.dataset.vivierLive = "0";
        if (heartbeat) {
          window.clearInterval(heartbeat);
        }
        notice.hidden = false;
        // 4401/4404: signed out, or not on this panel; retrying would not help.
        if (event.code === 4401 || event.code === 4404) {
          return;
        }
        if (reconnecting) {
          reconnecting.hidden = false;
        }
        window.setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 15000);
      });
      socket.addEventListener("message", onMessage);
    }
    connect();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("[data-vivier-interview-session]");
    if (root) {
      start(root);
    }
  });
})();
