// The theme's script for every page: it shows the Print button, and opens the header's search
// form on phones. Without JavaScript the page works as written: no Print button (it could not
// print), and the search toggle is a link to the search page.

// The Print button (partials/print-button.mustache) is in the page with `hidden`: only a script
// can print, so only a script shows it. The style sheet keeps it off paper.
(function () {
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });
})();

// On phones the header's search form is hidden behind the search toggle, a link to the search
// page. This turns the link into a button that opens the form in place (aria-expanded), and
// closes it again with Escape. Without JavaScript the link still leads to the search page.
(function () {
  var link = document.querySelector(".search-toggle");
  var form = document.getElementById("site-search");
  if (!link || !form) return;
  var header = link.closest(".site-header");
  var button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", form.id);
  while (link.firstChild) button.appendChild(link.firstChild);
  link.replaceWith(button);
  header.classList.add("search-toggle-ready");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    header.classList.toggle("search-open", open);
  }
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") !== "true";
    setOpen(open);
    if (open) form.querySelector("input").focus();
  });
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
    setOpen(false);
    button.focus();
  });
})();
