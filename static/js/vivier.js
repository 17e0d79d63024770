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
})();
