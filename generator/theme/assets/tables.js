/* Tables on phones: each row becomes a card that names every cell by its column, so no column hides
   off screen. The stylesheet does the layout below 45em; this only copies the headers to the cells. */
(function () {
  "use strict";
  document.querySelectorAll(".md-typeset table").forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    if (headers.length < 3) return;  // two columns fit a phone as they are
    table.querySelectorAll("tbody tr").forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, index) {
        if (headers[index]) cell.setAttribute("data-label", headers[index]);
      });
    });
    table.setAttribute("data-cards", "");
  });
})();
