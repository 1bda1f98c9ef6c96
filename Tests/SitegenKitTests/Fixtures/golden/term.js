// Glossary tooltips show on hover and keyboard focus by CSS alone; this only adds the Escape key
// to hide an open one (WCAG 1.4.13: content on hover or focus must be dismissible).
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".term:hover, .term:focus-within").forEach(function (term) {
    term.classList.add("tip-hidden");
  });
});
document.addEventListener("focusout", function (event) {
  var term = event.target.closest && event.target.closest(".term");
  if (term) term.classList.remove("tip-hidden");
});
document.addEventListener("mouseout", function (event) {
  var term = event.target.closest && event.target.closest(".term");
  if (term && !term.contains(event.relatedTarget)) term.classList.remove("tip-hidden");
});
