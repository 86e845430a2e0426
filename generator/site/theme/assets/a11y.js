/* 适老化: larger text and high contrast without browser zoom, remembered across pages (localStorage,
   never a cookie). Every control is a real button, so it works with the keyboard. The header holds the one
   text-size control; on phones it sits behind 字号, a panel that closes by its own button, by Escape and by a
   tap anywhere outside it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZES = { normal: "", large: "text-large", largest: "text-largest" };
  var store = window.localStorage;

  function read(key) {
    try { return store.getItem(key); } catch (error) { return null; }
  }
  function write(key, value) {
    try { store.setItem(key, value); } catch (error) { /* private mode: the choice lasts for this page */ }
  }
  function applySize(size) {
    Object.keys(SIZES).forEach(function (name) { if (SIZES[name]) root.classList.remove(SIZES[name]); });
    if (SIZES[size]) root.classList.add(SIZES[size]);
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size") === size));
    });
  }
  function applyContrast(on) {
    root.classList.toggle("high-contrast", on);
    document.querySelectorAll("[data-contrast]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(on));
    });
  }

  applySize(SIZES.hasOwnProperty(read("showcase-text-size")) ? read("showcase-text-size") : "normal");
  applyContrast(read("showcase-contrast") === "high");
  document.querySelectorAll("[data-text-size]").forEach(function (button) {
    button.addEventListener("click", function () {
      var size = button.getAttribute("data-text-size");
      write("showcase-text-size", size);
      applySize(size);
    });
  });
  document.querySelectorAll("[data-contrast]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = !root.classList.contains("high-contrast");
      write("showcase-contrast", on ? "high" : "normal");
      applyContrast(on);
    });
  });
  document.querySelectorAll(".a11y-tools").forEach(function (tools) { tools.hidden = false; });
  document.querySelectorAll(".a11y-toggle").forEach(function (toggle) {
    var tools = document.getElementById(toggle.getAttribute("aria-controls"));
    if (!tools) return;
    toggle.hidden = false;
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", String(open));
      tools.classList.toggle("a11y-tools--open", open);
    }
    function isOpen() {
      return toggle.getAttribute("aria-expanded") === "true";
    }
    toggle.addEventListener("click", function () { setOpen(!isOpen()); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !isOpen()) return;
      setOpen(false);
      toggle.focus();
    });
    // pointerdown, not click: a tap on the page's text fires no click, and a link's click must not be needed
    document.addEventListener("pointerdown", function (event) {
      if (isOpen() && !tools.contains(event.target) && !toggle.contains(event.target)) setOpen(false);
    });
  });
})();
