/* Report pages: a citation line a journalist can copy, print buttons, and the 字号 buttons (a11y.js runs them). */
(function () {
  "use strict";
  var url = document.querySelector(".citation__url");
  if (url && !/^https?:/.test(url.textContent)) url.textContent = window.location.href.split("#")[0];
  var copy = document.querySelector("[data-copy-citation]");
  var text = document.querySelector(".citation__text");
  if (copy && text && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(text.textContent).then(function () { copy.textContent = "已复制"; });
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-article-tools]").forEach(function (tools) { tools.hidden = false; });
})();
