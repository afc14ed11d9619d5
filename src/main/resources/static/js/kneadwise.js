// Small enhancements only: every page works without this file.
"use strict";

// Print buttons are hidden in the HTML, since printing from a button needs this script.
function kneadwiseEnhance() {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    if (button.hidden) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    }
  });
}

document.addEventListener("DOMContentLoaded", kneadwiseEnhance);

// After htmx swaps in the next check-in step, move focus to its heading so screen readers announce the new step
// (a full page load does this by itself), or to the error summary when answers need correcting.
document.addEventListener("htmx:afterSettle", function () {
  kneadwiseEnhance();
  var target = document.querySelector(".error-summary") || document.querySelector("main h1");
  if (target) {
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
  }
});
