/* 适老化, before the first paint: the reader's saved text size and contrast, from a file in <head>
   (pages run no inline script). assets/a11y.js wires the buttons once the page has loaded. */
(function () {
  "use strict";
  var classes = { small: "text-small", large: "text-large", largest: "text-largest" };
  try {
    var size = window.localStorage.getItem("showcase-text-size");
    if (classes.hasOwnProperty(size)) document.documentElement.classList.add(classes[size]);
    if (window.localStorage.getItem("showcase-contrast") === "high") document.documentElement.classList.add("high-contrast");
  } catch (error) { /* storage disabled: the defaults */ }
})();
