// The offer form's two pickers of France Travail's ROME referential, one accessible combobox
// (WAI-ARIA 1.2 "list autocomplete" pattern): suggestions as the recruiter types, arrow keys
// to move, Enter to choose (never submitting the offer), Escape to close.
// - The job title: choosing fills the ROME code field. Without JavaScript it is a plain text
//   field, checked by the server.
// - The skill picker: on focus the skills of the offer's ROME code are suggested, typed words
//   search the whole referential; choosing adds the skill as a line of the skills field, which
//   stays editable. Without JavaScript the picker stays hidden and skills are typed.
// Messages come translated from the root's data-msg-* attributes; "%s" stands for a value.
(function () {
  "use strict";

  function message(root, key, value) {
    var text = root.getAttribute("data-msg-" + key) || "";
    return value === undefined ? text : text.replace("%s", value);
  }

  // root: the element holding the input, the listbox, the live status and data-url.
  // config.query(input): the request's query string, or null when there is nothing to ask.
  // config.optionText(item), config.choose(item): what an option shows and what choosing does;
  // choose returns the message the live status announces.
  function combobox(root, input, config) {
    var list = root.querySelector("[role='listbox']");
    var status = root.querySelector("[data-vivier-combobox-status]");
    var empty = root.querySelector("[data-vivier-combobox-empty]");
    if (!input || !list || !status) {
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
      status.textContent = config.choose(chosen);
      close();
    }

    // searched: whether a search was made (a "nothing found" is then said on screen too);
    // more: whether more items match than the server listed.
    function show(found, searched, more) {
      results = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = config.optionText(item);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the field
          choose(i);
        });
        list.appendChild(option);
      });
      var count = found.length;
      status.textContent = count
        ? message(root, count > 1 ? "many" : "one", count) + (more ? " " + message(root, "more") : "")
        : searched
          ? message(root, "none")
          : "";
      var moreHint = root.querySelector("[data-vivier-combobox-more]");
      if (moreHint) {
        moreHint.hidden = !more;
      }
      if (empty) {
        empty.hidden = Boolean(count) || !searched;
      }
      if (count) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
      } else {
        close();
      }
    }

    function ask() {
      var query = config.query(input);
      if (query === null) {
        show([], false);
        return;
      }
      var ticket = ++asked;
      fetch(url + "?" + query, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (body) {
          if (ticket === asked) {
            show(body.results || [], true, Boolean(body.more));
          }
        })
        .catch(function () {
          close();
        });
    }

    input.addEventListener("input", function (event) {
      if (config.ownInput) {
        // Not part of the offer: the live wording check has nothing to do with it.
        event.stopPropagation();
      }
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    if (config.askOnFocus) {
      input.addEventListener("focus", function () {
        if (!input.value.trim()) {
          ask();
        }
      });
    }
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
      } else if (event.key === "Enter" && (config.ownInput || (open && active >= 0))) {
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

  var romeField = document.querySelector("input[name='rome_code']");

  document.querySelectorAll("[data-vivier-rome-combobox]").forEach(function (root) {
    var input = root.querySelector("input[name='appellation']");
    combobox(root, input, {
      query: function (input) {
        var typed = input.value.trim();
        return typed.length < 2 ? null : "q=" + encodeURIComponent(typed);
      },
      optionText: function (item) {
        return item.label + " (" + item.rome_code + ")";
      },
      choose: function (item) {
        input.value = item.label;
        if (romeField) {
          romeField.value = item.rome_code;
        }
        return item.label + " : " + item.rome_code + " " + item.rome_label;
      },
    });
  });

  document.querySelectorAll("[data-vivier-skills-combobox]").forEach(function (root) {
    var skills = document.querySelector("textarea[name='skills']");
    var input = root.querySelector("input[type='search']");
    if (!skills || !input) {
      return;
    }
    root.hidden = false;
    function lines() {
      return skills.value
        .split("\n")
        .map(function (line) {
          return line.trim();
        })
        .filter(Boolean);
    }
    combobox(root, input, {
      ownInput: true,
      askOnFocus: true,
      query: function () {
        var typed = input.value.trim();
        var code = romeField ? romeField.value.trim() : "";
        if (typed.length < 2 && !code) {
          return null;
        }
        return "q=" + encodeURIComponent(typed) + "&rome=" + encodeURIComponent(code);
      },
      optionText: function (item) {
        return item.label + " (" + item.kind + (item.core ? ", " + message(root, "core") : "") + ")";
      },
      choose: function (item) {
        input.value = "";
        var present = lines();
        var known = present.some(function (line) {
          return line.toLowerCase() === item.label.toLowerCase();
        });
        if (known) {
          return message(root, "present", item.label);
        }
        present.push(item.label);
        skills.value = present.join("\n");
        // The live wording check listens to the form's input events.
        skills.dispatchEvent(new Event("input", { bubbles: true }));
        return message(root, "added", item.label);
      },
    });
  });
})();
