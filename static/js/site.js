/* Small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") {
      fn();
    } else {
      document.addEventListener("DOMContentLoaded", fn);
    }
  }

  ready(function () {
    // After a failed submit, take keyboard and screen-reader users straight to the list of errors.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }

    // Error summary links: land on the field but keep its label or question in view.
    if (summary) {
      summary.addEventListener("click", function (event) {
        var link = event.target.closest("a[href^='#']");
        if (!link) {
          return;
        }
        var input = document.getElementById(link.getAttribute("href").slice(1));
        if (!input) {
          return;
        }
        var holder = input.closest("fieldset") || input.closest(".field") || input;
        event.preventDefault();
        holder.scrollIntoView();
        input.focus({ preventScroll: true });
      });
    }

    // "Print" buttons are hidden in the HTML (the browser's own print works without them).
    document.querySelectorAll("[data-print-button]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  });
})();
