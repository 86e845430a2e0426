/* 适老化, before the first paint: the reader's saved text size and contrast, from a file in <head>
   (pages run no inline script). assets/a11y.js wires the buttons once the page has loaded.
   Printing: the site's name, its organizer and the page's address go on <html>, where showcase.css's
   @page margin boxes read them (attr() through custom properties), so every printed page carries them, with the
   page's 本页更新 date. */
(function () {
  "use strict";
  var classes = { large: "text-large", largest: "text-largest" };
  try {
    var size = window.localStorage.getItem("showcase-text-size");
    if (classes.hasOwnProperty(size)) document.documentElement.classList.add(classes[size]);
    if (window.localStorage.getItem("showcase-contrast") === "high") document.documentElement.classList.add("high-contrast");
  } catch (error) { /* storage disabled: the defaults */ }
  var root = document.documentElement;
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") || "" : "";
  }
  var canonical = document.querySelector('link[rel="canonical"]');
  root.setAttribute("data-print-site", meta("SiteName"));
  root.setAttribute("data-print-organizer", meta("ContentSource") ? "主办单位：" + meta("ContentSource") : "");
  var address = "本页地址：" + (canonical ? canonical.href : window.location.href);
  root.setAttribute("data-print-address", address);
  /* 本页更新 beside the address on every sheet: at the end of the content it could be left alone on the last sheet
     (Chromium does not honour break-before: avoid there), and showcase.css then leaves it out of the content. */
  document.addEventListener("DOMContentLoaded", function () {
    var updated = document.querySelector(".page-updated");
    if (updated) root.setAttribute("data-print-address", address + "　" + updated.textContent.trim());
  });
})();
