// Starts Decap CMS with the configuration of config.js (generated from the contract; data only, JSON-encoded).
(function () {
  "use strict";
  var settings = window.SHOWCASE_CMS;
  var CMS = window.CMS || window.DecapCms;
  if (!settings || !CMS) {
    return;
  }
  // Until content/site.yml names the repository (cms.repo), only an editor on this computer can work: on the
  // public site, say so instead of offering a sign-in that leads nowhere.
  var local = ["localhost", "127.0.0.1", "[::1]"].indexOf(location.hostname) >= 0;
  if (!settings.configured && !local) {
    var main = document.createElement("main");
    var heading = document.createElement("h1");
    heading.textContent = "网页表单尚未启用";
    var text = document.createElement("p");
    text.textContent = "网站管理员还没有在 content/site.yml 的 cms 一项中填写仓库和登录设置。在此之前，请按投稿指南在 GitHub 网页上修改文件。";
    var link = document.createElement("a");
    link.href = settings.guide;
    link.textContent = "查看投稿指南";
    main.append(heading, text, link);
    document.body.append(main);
    return;
  }
  var forbidden = new RegExp(settings.mediaForbidden, "g");

  // The rule of `showcase validate` for media names (generator/check/names.py suggested_media_name): every
  // forbidden character becomes "-", so what the form uploads never needs renaming afterwards.
  function cleanName(name) {
    var dot = name.lastIndexOf(".");
    var stem = dot > 0 ? name.slice(0, dot) : name;
    var extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
    var cleaned = stem.replace(forbidden, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "") || "file";
    return extension ? cleaned + "." + extension : cleaned;
  }

  // Before Decap's own handler (React listens at its root, below the document): rename the chosen files.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files || !input.files.length) {
      return;
    }
    var renamed = false;
    var transfer = new DataTransfer();
    Array.prototype.forEach.call(input.files, function (file) {
      var name = cleanName(file.name);
      renamed = renamed || name !== file.name;
      transfer.items.add(name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }));
    });
    if (renamed) {
      input.files = transfer.files;
    }
  }, true);

  // The preview pane is an about:srcdoc frame: give it the site's stylesheets by absolute address.
  // A report's preview reads as its page on the site: the site's own stylesheets (named as the home page links
  // them, whichever generator built it) around the title, the type and date line and the body.
  var h = window.h;
  var createClass = window.createClass;
  var ReportPreview = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var type = data.get("type");
      var date = data.get("date");
      var meta = [settings.typeLabels[type] || type, date ? String(date).slice(0, 10) : ""].filter(Boolean).join(" · ");
      return h("article", { className: "md-content md-typeset report-preview" },
        h("h1", {}, data.get("title") || ""),
        meta ? h("p", { className: "report-meta" }, meta) : null,
        this.props.widgetFor("body"));
    }
  });
  settings.config.collections.forEach(function (collection) {
    if (collection.name.indexOf("reports-") === 0) {
      CMS.registerPreviewTemplate(collection.name, ReportPreview);
    }
  });

  function stylesheetsOfHome() {
    return fetch(settings.home, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        return Array.prototype.map.call(page.querySelectorAll('link[rel="stylesheet"]'), function (link) {
          return new URL(link.getAttribute("href"), new URL(settings.home, document.baseURI)).href;
        });
      })
      .catch(function () { return []; });
  }

  stylesheetsOfHome().then(function (found) {
    var own = settings.previewStyles.map(function (path) { return new URL(path, document.baseURI).href; });
    found.concat(own).filter(function (href, index, all) { return all.indexOf(href) === index; })
      .forEach(function (href) { CMS.registerPreviewStyle(href); });
    CMS.init({ config: settings.config });
  });
})();
