/* An indicator page's former prefecture filter kept its choice in the address (?prefecture=<code>); each prefecture
   now has its own page of the indicator, so such an address leads there. The links carry the codes. */
(function () {
  "use strict";
  var code = new URLSearchParams(window.location.search).get("prefecture");
  if (!code) return;
  var links = document.querySelectorAll("a[data-prefecture]");
  for (var i = 0; i < links.length; i++) {
    if (links[i].getAttribute("data-prefecture") === code) {
      window.location.replace(links[i].href);
      return;
    }
  }
})();
