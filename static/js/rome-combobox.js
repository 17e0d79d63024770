// The offer form's job title field as an accessible combobox (WAI-ARIA 1.2 "list
// autocomplete" pattern): suggestions from the ROME referential as the recruiter types,
// arrow keys to move, Enter to choose, Escape to close. Choosing fills the ROME code field.
// Without JavaScript the field is a plain text field, checked by the server.
(function () {
  "use strict";

  function setUp(root) {
    var input = root.querySelector("input[name='appellation']");
    var list = root.querySelector("[role='listbox']");
    var status = root.querySelector("[data-vivier-combobox-status]");
    var romeField = document.querySelector("input[name='rome_code']");
    if (!input || !list) {
      return;
    }
    var url = root.getAttribute("data-url");
    var results = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role='option']");
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var chosen = results[index];
      if (!chosen) {
        return;
      }
      input.value = chosen.label;
      if (romeField) {
        romeField.value = chosen.rome_code;
      }
      status.textContent = chosen.label + " : " + chosen.rome_code + " " + chosen.rome_label;
      close();
    }

    function show(found) {
      results = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = "appellation-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.label + " (" + item.rome_code + ")";
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the field
          choose(i);
        });
        list.appendChild(option);
      });
      var count = found.length;
      status.textContent = count
        ? count + (count > 1 ? " intitulés proposés" : " intitulé proposé")
        : "Aucun intitulé";
      if (count) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
      } else {
        close();
      }
    }

    function ask() {
      var query = input.value.trim();
      if (query.length < 2) {
        show([]);
        return;
      }
      var ticket = ++asked;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (body) {
          if (ticket === asked) {
            show(body.results || []);
          }
        })
        .catch(function () {
          close();
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open && results.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        highlight(Math.min(active + 1, results.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 100);
    });
  }

  document.querySelectorAll("[data-vivier-rome-combobox]").forEach(setUp);
})();
