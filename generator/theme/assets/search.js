/* The search page: Pagefind's UI, started with the query of the header search box (?q=…).
   Each result says which zone and which kind of report it is. */
(function () {
  "use strict";
  var container = document.getElementById("search-ui");
  if (!container || typeof PagefindUI === "undefined") return;
  var base = new URL("../pagefind/", document.currentScript.src).href;
  var ui = new PagefindUI({
    element: "#search-ui",
    bundlePath: base,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    excerptLength: 40,
    translations: {
      placeholder: "输入要搜索的内容",
      clear_search: "清除",
      load_more: "显示更多结果",
      search_label: "搜索本站",
      zero_results: "没有找到与“[SEARCH_TERM]”相关的内容",
      many_results: "找到 [COUNT] 条与“[SEARCH_TERM]”相关的结果",
      one_result: "找到 1 条与“[SEARCH_TERM]”相关的结果",
      searching: "正在搜索“[SEARCH_TERM]”……"
    },
    processResult: function (result) {
      var labels = [result.meta.zone, result.meta.kind].filter(Boolean);
      if (labels.length) result.meta.title = result.meta.title + "（" + labels.join(" · ") + "）";
      return result;
    }
  });
  var query = new URLSearchParams(window.location.search).get("q");
  var header = document.getElementById("site-search-input");
  if (query) {
    ui.triggerSearch(query);
    if (header) header.value = query;
  }
})();
