// Coding exercises: CodeMirror 6 over the plain <textarea> (which keeps working without
// JavaScript), autosave of drafts, and live results of a submission over a websocket.
// Behaviour is hooked on data-vivier-* attributes; no inline script or handler (CSP).
(function () {
  "use strict";

  // CodeMirror injects its base styles in a <style> element, allowed by the CSP's nonce.
  var NONCE = document.currentScript ? document.currentScript.nonce : "";
  var AUTOSAVE_DELAY_MS = 3000;
  var POLL_MS = 2000;

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // -- editor ---------------------------------------------------------------------------
  function mountEditor(textarea) {
    var CM = window.VivierCodeMirror;
    if (!CM) {
      return null; // bundle missing: the textarea stays, and still works
    }
    var host = document.createElement("div");
    host.className = "code-editor";
    textarea.parentNode.insertBefore(host, textarea.nextSibling);
    var label = document.getElementById("code-label");
    var languageSlot = new CM.Compartment();
    var view = new CM.EditorView({
      parent: host,
      state: CM.EditorState.create({
        doc: textarea.value,
        extensions: [
          CM.lineNumbers(),
          CM.highlightActiveLineGutter(),
          CM.highlightSpecialChars(),
          CM.history(),
          CM.drawSelection(),
          CM.indentOnInput(),
          CM.bracketMatching(),
          CM.closeBrackets(),
          CM.highlightActiveLine(),
          CM.syntaxHighlighting(accessibleHighlightStyle(CM)),
          CM.indentUnit.of("    "),
          CM.EditorView.cspNonce.of(NONCE),
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's tab focus mode).
          CM.keymap.of([].concat(
            CM.closeBracketsKeymap, CM.defaultKeymap, CM.historyKeymap, [CM.indentWithTab]
          )),
          languageSlot.of(languageMode(CM, textarea.getAttribute("data-vivier-language"))),
          CM.EditorView.contentAttributes.of({
            "aria-labelledby": "code-label",
            "aria-describedby": "code-hint",
            "data-vivier-editor-content": "",
          }),
          CM.EditorView.updateListener.of(function (update) {
            if (update.docChanged) {
              textarea.value = update.state.doc.toString();
              textarea.dispatchEvent(new Event("input", { bubbles: true }));
            }
          }),
        ],
      }),
    });
    textarea.hidden = true;
    if (label) {
      label.addEventListener("click", function () { view.focus(); });
    }
    return {
      view: view,
      // Another language: its highlighting and its code (draft or starter code).
      switchTo: function (key, code) {
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: code },
          effects: languageSlot.reconfigure(languageMode(CM, key)),
        });
      },
    };
  }

  // Token colours with a contrast of at least 4.5:1 on white (WCAG 1.4.3): CodeMirror's default
  // style has lighter ones (regular expressions, some names) that axe-core refuses.
  var highlightStyle = null;
  function accessibleHighlightStyle(CM) {
    if (highlightStyle) {
      return highlightStyle;
    }
    var t = CM.tags;
    highlightStyle = CM.HighlightStyle.define([
      { tag: t.meta, color: "#404740" },
      { tag: t.link, textDecoration: "underline" },
      { tag: t.heading, textDecoration: "underline", fontWeight: "bold" },
      { tag: t.emphasis, fontStyle: "italic" },
      { tag: t.strong, fontWeight: "bold" },
      { tag: t.strikethrough, textDecoration: "line-through" },
      { tag: t.keyword, color: "#770088" },
      { tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: "#1f3a9e" },
      { tag: [t.literal, t.inserted], color: "#116329" },
      { tag: [t.string, t.deleted], color: "#a11111" },
      { tag: [t.regexp, t.escape, t.special(t.string)], color: "#a3330b" },
      { tag: t.definition(t.variableName), color: "#1d4ed8" },
      { tag: t.local(t.variableName), color: "#1e40af" },
      { tag: [t.typeName, t.namespace], color: "#00684a" },
      { tag: t.className, color: "#11623e" },
      { tag: [t.special(t.variableName), t.macroName], color: "#1e5a8a" },
      { tag: t.definition(t.propertyName), color: "#1e3a8a" },
      { tag: t.comment, color: "#7a4a00" },
      { tag: t.invalid, color: "#b00020" },
    ]);
    return highlightStyle;
  }

  // Highlighting of each sandbox language (keys of assessments.sandbox.languages).
  function languageMode(CM, key) {
    switch (key) {
      case "javascript": return CM.javascript();
      case "typescript": return CM.javascript({ typescript: true });
      case "java": return CM.java();
      case "php": return CM.php();
      case "c":
      case "cpp": return CM.cpp();
      case "go": return CM.go();
      case "sql": return CM.sql({ dialect: CM.SQLite });
      case "bash": return CM.StreamLanguage.define(CM.shell);
      default: return CM.python();
    }
  }

  function currentLanguage(form) {
    var field = form.querySelector("[name=language]");
    return field ? field.value : "";
  }

  // -- autosave -------------------------------------------------------------------------
  function setupAutosave(form, textarea) {
    var url = form.getAttribute("data-vivier-autosave-url");
    var status = form.querySelector("[data-vivier-autosave-status]");
    var lastSaved = textarea.value;
    var timer = null;

    function payload(code, language) {
      var data = new FormData();
      data.append("csrfmiddlewaretoken", csrfToken(form));
      data.append("code", code);
      data.append("language", language || currentLanguage(form));
      return data;
    }

    // A failed save (network lost, server restarting: 503) is retried with a growing delay
    // until it goes through, even if the candidate stops typing.
    var retryMs = 2000;
    function save() {
      clearTimeout(timer);
      timer = null;
      var code = textarea.value;
      if (code === lastSaved) {
        return;
      }
      fetch(url, { method: "POST", body: payload(code), credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (data) {
          lastSaved = code;
          retryMs = 2000;
          status.textContent = data.message;
        })
        .catch(function () {
          status.textContent = status.getAttribute("data-vivier-error-text");
          timer = setTimeout(save, retryMs);
          retryMs = Math.min(retryMs * 2, 5000);
        });
    }

    // Leaving or hiding the page: the browser sends this even when the tab is closing.
    function saveNow() {
      clearTimeout(timer);
      timer = null;
      var code = textarea.value;
      if (code !== lastSaved && navigator.sendBeacon && navigator.sendBeacon(url, payload(code))) {
        lastSaved = code;
      }
    }

    // At most AUTOSAVE_DELAY_MS after a keystroke, even while the candidate keeps typing.
    textarea.addEventListener("input", function () {
      if (timer === null) {
        timer = setTimeout(save, AUTOSAVE_DELAY_MS);
      }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        saveNow();
      }
    });
    window.addEventListener("pagehide", saveNow);
    form.addEventListener("submit", function () { clearTimeout(timer); lastSaved = textarea.value; });

    return {
      // Before switching language: the code typed so far is saved as that language's draft.
      flush: function (language) {
        clearTimeout(timer);
        timer = null;
        var code = textarea.value;
        if (code === lastSaved) {
          return Promise.resolve();
        }
        return fetch(url, { method: "POST", body: payload(code, language), credentials: "same-origin" })
          .then(function (response) { if (response.ok) { lastSaved = code; } });
      },
      loaded: function (code, message) {
        lastSaved = code;
        if (message) {
          status.textContent = message;
        }
      },
    };
  }

  // -- language switch ------------------------------------------------------------------
  function setupLanguageSwitch(form, textarea, editor, autosave) {
    var select = form.querySelector("[data-vivier-language-select]");
    if (!select) {
      return;
    }
    var previous = select.value;
    select.addEventListener("change", function () {
      var next = select.value;
      select.disabled = true;
      autosave.flush(previous)
        .then(function () {
          var address = select.getAttribute("data-vivier-starter-url") + "?langage=" + encodeURIComponent(next);
          return fetch(address, { credentials: "same-origin" });
        })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (data) {
          autosave.loaded(data.code, data.message);
          textarea.value = data.code;
          textarea.setAttribute("data-vivier-language", next);
          if (editor) {
            editor.switchTo(next, data.code);
          }
          previous = next;
        })
        .catch(function () {
          select.value = previous;
        })
        .then(function () {
          select.disabled = false;
        });
    });
  }

  // -- live result ----------------------------------------------------------------------
  function followSubmission(region) {
    var done = false;
    var polling = null;

    function show(html, final, how) {
      region.innerHTML = html;
      region.setAttribute("data-vivier-live", how);
      if (final) {
        done = true;
        if (polling) {
          clearInterval(polling);
        }
      }
    }

    function poll() {
      if (polling || done) {
        return;
      }
      polling = setInterval(function () {
        fetch(region.getAttribute("data-vivier-poll-url"), { credentials: "same-origin" })
          .then(function (response) {
            return response.text().then(function (html) {
              show(html, response.headers.get("X-Vivier-Final") === "1", "polling");
            });
          })
          .catch(function () {});
      }, POLL_MS);
    }

    if (!("WebSocket" in window)) {
      poll();
      return;
    }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var lang = encodeURIComponent(document.documentElement.lang || "fr");
    var socket = new WebSocket(
      scheme + window.location.host + region.getAttribute("data-vivier-ws-path") + "?lang=" + lang
    );
    socket.addEventListener("message", function (event) {
      var data = JSON.parse(event.data);
      show(data.html, data.final, "websocket");
      if (data.final) {
        socket.close();
      }
    });
    socket.addEventListener("close", function () {
      if (!done) {
        poll();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-vivier-code-form]");
    if (form) {
      var textarea = form.querySelector("[data-vivier-code-editor]");
      var editor = mountEditor(textarea);
      var autosave = setupAutosave(form, textarea);
      setupLanguageSwitch(form, textarea, editor, autosave);
    }
    var region = document.querySelector("[data-vivier-submission-live]");
    if (region) {
      followSubmission(region);
    }
  });
})();
