// Vivier's small behaviours, hooked on data-vivier-* attributes (no inline handlers: CSP).
(function () {
  "use strict";
  // Language selector: submitting is explicit (button), nothing happens on change.
  // Error summaries get focus so screen-reader users hear them first.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-vivier-error-summary]");
    if (summary) {
      summary.focus();
    }
  });

  // A form is sent once: a second press (a double click, impatience) sends nothing more. The
  // buttons are disabled just after the browser has read the form, so the pressed button's
  // name and value still go with it; a page brought back from the history cache gets them
  // back. A form sent by script (htmx cancels the event) and a form marked
  // data-vivier-submit-again are left alone.
  var SENT = "data-vivier-sent";

  function submitButtons(form) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return (element.type === "submit" || element.type === "image") && !element.disabled;
    });
  }

  // On window, after the form's own listeners and the document's: one of them may cancel.
  window.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;
    }
    if (form.hasAttribute("data-vivier-submit-again")) {
      return;
    }
    if (form.hasAttribute(SENT)) {
      event.preventDefault();
      return;
    }
    form.setAttribute(SENT, "");
    var buttons = submitButtons(form);
    window.setTimeout(function () {
      buttons.forEach(function (button) {
        button.disabled = true;
        button.setAttribute(SENT, "");
      });
    }, 0);
  });

  // « Copier le lien » (templates/includes/copy_link.html): hidden in the HTML, where the link
  // stays selectable; shown here, it copies the link of the element it names (an input's
  // value, else a link's address) and says in its status region whether that worked.
  function linkOf(target) {
    if ("value" in target && target.tagName === "INPUT") {
      return target.value;
    }
    return target.href || target.textContent.trim();
  }

  function selectText(target) {
    if (target.tagName === "INPUT") {
      target.focus();
      target.select();
      return;
    }
    var range = document.createRange();
    range.selectNodeContents(target);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection(target) {
    selectText(target);
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  function announce(status, text) {
    // Emptied first, so that copying twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-vivier-copy]").forEach(function (control) {
      var target = document.getElementById(control.getAttribute("data-vivier-copy"));
      var button = control.querySelector("button");
      var status = control.querySelector("[role=status]");
      if (!target || !button || !status) {
        return;
      }
      control.hidden = false;
      button.addEventListener("click", function () {
        var link = linkOf(target);
        var copied = function () {
          announce(status, status.getAttribute("data-copied"));
        };
        var failed = function () {
          if (copyBySelection(target)) {
            copied();
          } else {
            // The link is selected: the person copies it themself.
            announce(status, status.getAttribute("data-failed"));
          }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(link).then(copied, failed);
        } else {
          failed();
        }
      });
    });
  });

  // A button htmx disables while its request runs (hx-disabled-elt) loses the keyboard focus
  // to the page's body: give it back once the answer is in, unless the person moved on.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var element = event.detail.elt;
    if (element && element === document.activeElement) {
      element.setAttribute("data-vivier-had-focus", "");
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var element = event.detail.elt;
    if (!element || !element.hasAttribute("data-vivier-had-focus")) {
      return;
    }
    element.removeAttribute("data-vivier-had-focus");
    window.setTimeout(function () {
      var lost = !document.activeElement || document.activeElement === document.body;
      if (lost && document.contains(element)) {
        element.focus();
      }
    }, 0);
  });

  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll("[" + SENT + "]").forEach(function (element) {
      if (element.tagName !== "FORM") {
        element.disabled = false;
      }
      element.removeAttribute(SENT);
    });
  });
})();
