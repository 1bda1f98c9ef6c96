// Glossary words. Without JavaScript each is a link to its glossary entry, whose definition shows
// in a tooltip on hover and on keyboard focus (CSS alone). This turns each word into a toggletip,
// so a tap shows the definition in place instead of leaving the page: a button with
// aria-expanded that opens a box holding the definition and a link to the entry. Escape, a
// second tap or a tap elsewhere closes it; Escape also hides a tooltip shown by hover or focus
// (WCAG 1.4.13: content on hover or focus must be dismissible).
(function () {
  var script = document.currentScript;
  var linkText = (script && script.getAttribute("data-glossary-link")) || "";

  function upgrade(term) {
    var link = term.querySelector(".term-link");
    var definition = term.querySelector(".term-tip");
    if (!link || !definition || !definition.id) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "term-button";
    button.setAttribute("aria-expanded", "false");
    // Read out as the word's description on focus, as the link's was; not the box's link.
    button.setAttribute("aria-describedby", definition.id);
    while (link.firstChild) button.appendChild(link.firstChild);

    // A box that holds a link is no tooltip: the definition keeps its id, the box gets its own.
    var box = document.createElement("span");
    box.className = "term-tip";
    box.id = definition.id + "-box";
    button.setAttribute("aria-controls", box.id);
    definition.className = "term-definition";
    definition.removeAttribute("role");
    var more = document.createElement("a");
    more.className = "term-more";
    more.href = link.getAttribute("href");
    more.textContent = linkText;
    definition.replaceWith(box);
    box.appendChild(definition);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(more);
    link.replaceWith(button);
  }

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    // Closed by a tap or a key while still hovered or focused: hide the tooltip too.
    button.parentNode.classList.toggle("tip-hidden", !open);
  }

  function closeAll(except) {
    document.querySelectorAll('.term-button[aria-expanded="true"]').forEach(function (button) {
      if (button !== except) setOpen(button, false);
    });
  }

  document.querySelectorAll(".term").forEach(upgrade);

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".term-button");
    if (button) {
      closeAll(button);
      setOpen(button, button.getAttribute("aria-expanded") !== "true");
      return;
    }
    var term = event.target.closest && event.target.closest(".term");
    closeAll(term && term.querySelector(".term-button"));
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest(".term");
    closeAll(null);
    document.querySelectorAll(".term:hover, .term:focus-within").forEach(function (term) {
      term.classList.add("tip-hidden");
    });
    // Escape from the link inside the box: back to the word, as from a dialog.
    if (focused && document.activeElement.classList.contains("term-more")) {
      focused.querySelector(".term-button").focus();
    }
  });

  // Focus leaving a word closes its box, so an open box never covers what has focus next.
  document.addEventListener("focusout", function (event) {
    var term = event.target.closest && event.target.closest(".term");
    if (!term || term.contains(event.relatedTarget)) return;
    var button = term.querySelector(".term-button");
    if (button && button.getAttribute("aria-expanded") === "true") setOpen(button, false);
    term.classList.remove("tip-hidden");
  });

  document.addEventListener("mouseout", function (event) {
    var term = event.target.closest && event.target.closest(".term");
    if (!term || term.contains(event.relatedTarget)) return;
    var button = term.querySelector(".term-button");
    if (!button || button.getAttribute("aria-expanded") !== "true") term.classList.remove("tip-hidden");
  });
})();
