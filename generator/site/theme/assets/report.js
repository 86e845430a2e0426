/* Report pages: a citation line a journalist can copy, print buttons, and sharing: copy the page's link, or
   the system's share sheet where the browser has one (phones); the QR code is for a reader at a desk. */
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

  var address = url && /^https?:/.test(url.textContent) ? url.textContent : window.location.href.split("#")[0];
  var title = document.querySelector("h1") ? document.querySelector("h1").textContent.replace(/\u00b6/g, "").trim()
                                           : document.title;
  var actions = document.querySelector("[data-share-actions]");
  var copyLink = document.querySelector("[data-copy-link]");
  var systemShare = document.querySelector("[data-system-share]");
  var done = document.querySelector(".share__done");
  function say(message) { if (done) done.textContent = message; }
  /* The clipboard API needs a secure page; a site served over plain http copies through a selected field. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "share__field";
      document.body.appendChild(field);
      field.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      document.body.removeChild(field);
      if (copied) resolve(); else reject(new Error("copy refused"));
    });
  }
  if (actions && copyLink) {
    actions.hidden = false;
    copyLink.addEventListener("click", function () {
      copyText(address).then(function () { say("链接已复制，可以粘贴到微信或短信中发送。"); },
                             function () { say("无法自动复制，请复制浏览器地址栏中的网址：" + address); });
    });
  }
  if (systemShare && typeof navigator.share === "function") {
    systemShare.hidden = false;
    systemShare.addEventListener("click", function () {
      navigator.share({ title: title, url: address }).catch(function () { /* the reader closed the sheet */ });
    });
  }
})();
