// Offer editor: one-click rewrites of the wording findings (hooked on data-vivier-* attributes,
// no inline handlers: CSP). The live check itself is htmx (hx-post on the form); without
// JavaScript the "Vérifier" button re-renders the page with the findings.
(function () {
  "use strict";

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function reveal(root) {
    // Rewrite buttons are hidden in the HTML: they only work with JavaScript.
    root.querySelectorAll("[data-vivier-rewrite][hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }

  function locate(value, quote, start, isRichText) {
    if (!isRichText && value.substr(start, quote.length) === quote) {
      return { index: start, text: quote };
    }
    var index = value.indexOf(quote);
    if (index >= 0) {
      return { index: index, text: quote };
    }
    var escaped = escapeHtml(quote);
    index = value.indexOf(escaped);
    if (index >= 0) {
      return { index: index, text: escaped };
    }
    var lower = value.toLowerCase().indexOf(quote.toLowerCase());
    return lower >= 0 ? { index: lower, text: quote } : null;
  }

  function rewrite(button) {
    var form = document.querySelector("[data-vivier-offer-editor]");
    var input = form && form.elements.namedItem(button.dataset.vivierField);
    if (!input) {
      return;
    }
    var isRichText = input.tagName === "TEXTAREA";
    var quote = button.dataset.vivierQuote;
    var suggestion = isRichText
      ? escapeHtml(button.dataset.vivierSuggestion)
      : button.dataset.vivierSuggestion;
    var found = locate(input.value, quote, parseInt(button.dataset.vivierStart, 10) || 0, isRichText);
    if (!found) {
      // The text changed since the check (or the quote spans formatting): check again.
      form.dispatchEvent(new CustomEvent("vivier-recheck"));
      return;
    }
    input.value =
      input.value.slice(0, found.index) + suggestion + input.value.slice(found.index + found.text.length);
    input.focus();
    input.setSelectionRange(found.index, found.index + suggestion.length);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-vivier-rewrite]");
    if (button) {
      event.preventDefault();
      rewrite(button);
    }
  });

  // On a narrow screen the findings panel sits below the whole form: a line under the
  // description says how many findings the live check has and leads to them.
  function summarise(findings) {
    var inline = document.querySelector("[data-vivier-inline-summary]");
    if (!inline || !findings) {
      return;
    }
    var summary = findings.querySelector(".findings-summary");
    var found = findings.querySelector(".findings") !== null;
    inline.querySelector("[data-vivier-inline-text]").textContent =
      found && summary ? summary.textContent.trim() : "";
    inline.hidden = !found;
  }

  document.addEventListener("DOMContentLoaded", function () {
    reveal(document);
    summarise(document.querySelector("[data-vivier-findings]"));
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    reveal(event.target);
    if (event.target.matches && event.target.matches("[data-vivier-findings]")) {
      summarise(event.target);
    }
  });

  // A 400 from the check endpoint carries a readable message: show it in the findings region.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (event.detail.xhr.status === 400 && target && target.closest("[data-vivier-findings]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
