// The offer form's skill picker: skills of France Travail's ROME 4.0 referential as an
// accessible combobox (WAI-ARIA 1.2 "list autocomplete" pattern). On focus, the skills of the
// offer's ROME code are suggested; typed words search the whole referential, that job family's
// skills first. Arrow keys move, Enter chooses, Escape closes. Choosing adds the skill as a
// line of the skills field, which stays editable (skills of one's own words are allowed).
// Without JavaScript the picker stays hidden and the skills field is typed.
(function () {
  "use strict";

  function setUp(root) {
    var input = root.querySelector("input[type='search']");
    var list = root.querySelector("[role='listbox']");
    var status = root.querySelector("[data-vivier-combobox-status]");
    var skills = document.querySelector("textarea[name='skills']");
    var romeField = document.querySelector("input[name='rome_code']");
    if (!input || !list || !skills) {
      return;
    }
    root.hidden = false;
    var url = root.getAttribute("data-url");
    var results = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function lines() {
      return skills.value.split("\n").map(function (line) {
        return line.trim();
      }).filter(Boolean);
    }

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
      var present = lines();
      var known = present.some(function (line) {
        return line.toLowerCase() === chosen.label.toLowerCase();
      });
      if (known) {
        status.textContent = "« " + chosen.label + " » figure déjà dans les compétences.";
      } else {
        present.push(chosen.label);
        skills.value = present.join("\n");
        // The live wording check listens to the form's input events.
        skills.dispatchEvent(new Event("input", { bubbles: true }));
        status.textContent = "Compétence ajoutée : " + chosen.label;
      }
      input.value = "";
      close();
    }

    function show(found) {
      results = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = "skill-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.label + " (" + item.kind + (item.core ? ", principale" : "") + ")";
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the field
          choose(i);
        });
        list.appendChild(option);
      });
      var count = found.length;
      status.textContent = count
        ? count + (count > 1 ? " compétences proposées" : " compétence proposée")
        : "Aucune compétence proposée";
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
      var code = romeField ? romeField.value.trim() : "";
      if (query.length < 2 && !code) {
        show([]);
        return;
      }
      var ticket = ++asked;
      fetch(url + "?q=" + encodeURIComponent(query) + "&rome=" + encodeURIComponent(code), {
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

    input.addEventListener("input", function (event) {
      // Not part of the offer: the live wording check has nothing to do with it.
      event.stopPropagation();
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("focus", function () {
      if (!input.value.trim()) {
        ask();
      }
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
      } else if (event.key === "Enter") {
        // Enter never submits the offer from here.
        event.preventDefault();
        if (open && active >= 0) {
          choose(active);
        }
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 100);
    });
  }

  document.querySelectorAll("[data-vivier-skills-combobox]").forEach(setUp);
})();
