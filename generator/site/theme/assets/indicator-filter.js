/* The prefecture filter of an indicator page, kept in the URL (?prefecture=<code>) so that a filtered view can be
   shared, as the zone index does. Without JavaScript every zone is shown. */
(function () {
  "use strict";
  var form = document.getElementById("indicator-filter");
  if (!form) return;
  var select = form.elements.namedItem("prefecture");
  var count = document.getElementById("indicator-filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-prefecture]"));

  function apply(code) {
    var shown = {};
    rows.forEach(function (row) {
      var visible = !code || row.getAttribute("data-prefecture") === code;
      row.hidden = !visible;
      if (visible && row.getAttribute("data-zone")) shown[row.getAttribute("data-zone")] = true;
    });
    count.textContent = code ? "显示 " + Object.keys(shown).length + " 个实验区" : "";
  }

  function save(code) {
    var params = new URLSearchParams(window.location.search);
    if (code) params.set("prefecture", code); else params.delete("prefecture");
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  var start = new URLSearchParams(window.location.search).get("prefecture") || "";
  if (!Array.prototype.some.call(select.options, function (option) { return option.value === start; })) start = "";
  select.value = start;
  apply(start);
  form.hidden = false;
  select.addEventListener("change", function () { apply(select.value); save(select.value); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(""); save(""); }, 0); });
})();
