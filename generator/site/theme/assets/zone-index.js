/* Filters and sorting of the zone index, kept in the URL (?prefecture=&topic=&batch=&status=&sort=&order=)
   so that a filtered view can be shared. Without JavaScript the full table is shown. */
(function () {
  "use strict";
  var form = document.getElementById("zone-filter");
  var table = document.getElementById("zone-table");
  if (!form || !table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var count = document.getElementById("zone-filter-count");
  var filters = ["prefecture", "topic", "batch", "status"];
  var sortState = { column: -1, order: "ascending" };

  headers.forEach(function (header, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = header.textContent;
    button.setAttribute("aria-label", "按“" + header.textContent + "”排序");
    header.textContent = "";
    header.appendChild(button);
    header.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () {
      var order = sortState.column === index && sortState.order === "ascending" ? "descending" : "ascending";
      sortBy(index, order);
      saveState();
    });
  });

  function cellValue(row, index) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-value");
    return value === null ? cell.textContent.trim() : value;
  }

  function sortBy(index, order) {
    if (index < 0 || index >= headers.length) return;
    var numeric = headers[index].getAttribute("data-sort") === "number";
    var sign = order === "descending" ? -1 : 1;
    var position = new Map(rows.map(function (row, at) { return [row, at]; }));
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var result = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh-CN");
      return sign * result || position.get(a) - position.get(b);  // ties keep their order on older browsers too
    });
    rows.forEach(function (row) { body.appendChild(row); });
    headers.forEach(function (header, position) {
      header.setAttribute("aria-sort", position === index ? order : "none");
    });
    sortState = { column: index, order: order };
  }

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = filters.every(function (name) {
        var wanted = form.elements[name].value;
        if (!wanted) return true;
        if (name === "topic") return row.getAttribute("data-topics").split(" ").indexOf(wanted) >= 0;
        return row.getAttribute("data-" + name) === wanted;
      });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    count.textContent = "显示 " + shown + " 个实验区，共 " + rows.length + " 个";
  }

  function saveState() {
    var params = new URLSearchParams();
    filters.forEach(function (name) {
      if (form.elements[name].value) params.set(name, form.elements[name].value);
    });
    if (sortState.column >= 0) {
      params.set("sort", String(sortState.column));
      params.set("order", sortState.order === "descending" ? "desc" : "asc");
    }
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  function loadState() {
    var params = new URLSearchParams(window.location.search);
    filters.forEach(function (name) {
      var select = form.elements[name];
      var wanted = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
      select.value = known ? wanted : "";
    });
    if (params.has("sort")) sortBy(Number(params.get("sort")), params.get("order") === "desc" ? "descending" : "ascending");
  }

  form.addEventListener("change", function () { applyFilters(); saveState(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { applyFilters(); saveState(); }, 0);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  loadState();
  applyFilters();
})();
