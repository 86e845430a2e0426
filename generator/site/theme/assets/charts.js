/* Draws the plotly figures of a page. Each figure's JSON sits in a <script type="application/json">
   beside its element; plotly.js has been loaded by the page from the site's own copy.
   A figure is adapted to the reader before it is drawn, and again when that changes: its text follows the
   page's text size (字号 buttons), high contrast turns its ink black and outlines its marks, and on a narrow
   screen a date axis keeps few, level year labels and row labels drop the prefecture. A bar too short for
   its text shows its status' symbol instead. */
(function () {
  "use strict";
  var BASE_SIZE = 14;      // the size the figures are written for (generator/render/charts.py FONT)
  var NARROW = 600;        // px: below this, a date axis gets at most four labels
  var drawn = [];

  function openTarget(event) {
    var point = event.points && event.points[0];
    var data = point && point.customdata;
    var target = Array.isArray(data) ? data[data.length - 1] : null;
    if (typeof target === "string" && target.slice(-1) === "/") {
      window.location.href = new URL(target, document.baseURI).href;
    }
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function darker(color) {
    var match = /^#([0-9a-f]{6})$/i.exec(color || "");
    if (!match) return color;
    var value = parseInt(match[1], 16);
    var channel = function (shift) { return Math.round(((value >> shift) & 255) * 0.7); };
    return "rgb(" + channel(16) + "," + channel(8) + "," + channel(0) + ")";
  }

  function adapted(figure, element) {
    var data = copy(figure.data);
    var layout = copy(figure.layout);
    var size = Math.max(12, Math.round(parseFloat(window.getComputedStyle(element).fontSize) * 0.875));
    var scale = size / BASE_SIZE;
    var contrast = document.documentElement.classList.contains("high-contrast");
    var ink = contrast ? "#000000" : "#212121";
    layout.font = Object.assign({}, layout.font, { size: size, color: ink });
    layout.hoverlabel = Object.assign({}, layout.hoverlabel, { font: layout.font });
    layout.uniformtext = { mode: "hide", minsize: Math.max(11, size - 3) };
    if (layout.height) layout.height = Math.round(layout.height * Math.max(1, scale));
    (layout.annotations || []).forEach(function (note) {
      note.font = Object.assign({}, note.font, { size: Math.max(12, size - 2), color: ink });
    });
    ["xaxis", "yaxis"].forEach(function (name) {
      var axis = layout[name];
      if (!axis) return;
      axis.tickfont = { size: size, color: ink };
      if (contrast) { axis.gridcolor = "#000000"; axis.linecolor = "#000000"; axis.zerolinecolor = "#000000"; }
    });
    var narrow = element.clientWidth < NARROW;
    if (narrow && layout.xaxis && layout.xaxis.type === "date") {
      layout.xaxis.nticks = 4;
      layout.xaxis.tickangle = 0;
      layout.xaxis.tickformat = "%Y";  // "2020" instead of "2020年": four labels fit side by side
    }
    var rows = layout.yaxis && layout.yaxis.categoryarray;
    if (narrow && rows && rows.some(function (row) { return String(row).indexOf(" · ") > 0; })) {
      // "长春市 · 南关区" becomes "南关区": the bars keep their width; the hover label and the table name the prefecture
      layout.yaxis.tickvals = rows;
      layout.yaxis.ticktext = rows.map(function (row) { return String(row).split(" · ").pop(); });
    }
    if (narrow && layout.showlegend && layout.height) {
      // The legend stacks one entry per line below the axis: room for it is added, not taken from the bars.
      var legend = Math.round(data.length * size * 1.9);  // plotly draws an entry about 1.55 sizes high
      layout.height += legend;
      layout.margin = Object.assign({}, layout.margin, { b: legend + Math.round(size * 2.5) });
      layout.legend = Object.assign({}, layout.legend, { maxheight: legend });
    }
    (layout.shapes || []).forEach(function (shape) {
      if (contrast && shape.line) shape.line.color = "#000000";
    });
    if (contrast) {
      data.forEach(function (trace) {
        trace.marker = Object.assign({}, trace.marker);
        if (typeof trace.marker.color === "string") trace.marker.color = darker(trace.marker.color);
        trace.marker.line = { color: "#000000", width: 1.5 };
        if (trace.textfont && trace.textposition !== "inside") trace.textfont.color = ink;
      });
    }
    return { data: data, layout: layout };
  }

  function shortened(chart, figure) {
    // A bar too short for its label (plotly hid it) gets its status' symbol instead, which the legend
    // names: every bar keeps a label that is not its colour alone. True if a label changed.
    var changed = false;
    var drawnTraces = chart.element.querySelectorAll(".barlayer .trace");
    figure.data.filter(function (trace) { return trace.type === "bar"; }).forEach(function (trace, index) {
      var symbol = trace.meta && trace.meta.symbol;
      if (!symbol || !Array.isArray(trace.text) || !drawnTraces[index]) return;
      drawnTraces[index].querySelectorAll(".point").forEach(function (point, row) {
        var text = point.querySelector("text");
        if (row < trace.text.length && (!text || text.getBoundingClientRect().width < 1)) {
          trace.text = trace.text.slice();  // a new array: Plotly.react redraws only what it sees replaced
          trace.text[row] = symbol;
          changed = true;
        }
      });
    });
    return changed;
  }

  function render(chart) {
    // Drawn at the element's width (not plotly's "responsive", which lets a height-less element collapse):
    // a larger text size narrows the column too, so the width is measured at every drawing.
    var figure = adapted(chart.figure, chart.element);
    chart.width = chart.element.clientWidth;
    figure.layout.width = chart.width;
    return Plotly.react(chart.element, figure.data, figure.layout, chart.config).then(function () {
      if (shortened(chart, figure)) return Plotly.react(chart.element, figure.data, figure.layout, chart.config);
    });
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-figure"));
    if (!source || typeof Plotly === "undefined") return;
    var chart = { element: element, figure: JSON.parse(source.textContent), width: 0,
                  config: { displayModeBar: false, scrollZoom: false } };
    drawn.push(chart);
    render(chart).then(function () {
      element.on("plotly_click", openTarget);
      element.classList.add("plotly-chart--drawn");
    });
  }

  function redraw(onlyResized) {
    drawn.forEach(function (chart) {
      if (!onlyResized || chart.element.clientWidth !== chart.width) render(chart);
    });
  }

  document.querySelectorAll(".plotly-chart[data-figure]").forEach(draw);
  if (!drawn.length) return;
  // 字号 and 高对比度 change classes on <html>; a rotated phone, a resized window or a printout change the width.
  new MutationObserver(function () { redraw(false); })
    .observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  var waiting = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(waiting);
    waiting = window.setTimeout(function () { redraw(true); }, 150);
  });
  window.matchMedia("print").addEventListener("change", function () { redraw(true); });
})();
