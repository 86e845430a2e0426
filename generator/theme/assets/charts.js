/* Draws the plotly figures of a page. Each figure's JSON sits in a <script type="application/json">
   beside its element; plotly.js has been loaded by the page from the site's own copy. */
(function () {
  "use strict";

  function openTarget(event) {
    var point = event.points && event.points[0];
    var data = point && point.customdata;
    var target = Array.isArray(data) ? data[data.length - 1] : null;
    if (typeof target === "string" && target.slice(-1) === "/") {
      window.location.href = new URL(target, document.baseURI).href;
    }
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-figure"));
    if (!source || typeof Plotly === "undefined") return;
    var figure = JSON.parse(source.textContent);
    var config = { displayModeBar: false, responsive: true, scrollZoom: false };
    Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
      element.on("plotly_click", openTarget);
      element.classList.add("plotly-chart--drawn");
    });
  }

  document.querySelectorAll(".plotly-chart[data-figure]").forEach(draw);
})();
