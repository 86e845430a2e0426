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

  function limitOf(file) {
    var extension = file.name.slice(file.name.lastIndexOf(".") + 1).toLowerCase();
    return settings.imageTypes.indexOf(extension) >= 0 ? settings.uploadLimits.image : settings.uploadLimits.other;
  }

  function megabytes(bytes) {
    return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
  }

  // Before Decap's own handler (React listens at its root, below the document): refuse files over the limit of
  // `showcase validate` with a Chinese message (Decap's own, from media_library.max_file_size, is in English),
  // then rename the chosen files.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files || !input.files.length) {
      return;
    }
    var tooLarge = Array.prototype.filter.call(input.files, function (file) { return file.size > limitOf(file); });
    if (tooLarge.length) {
      event.stopImmediatePropagation();
      input.value = "";
      window.alert(tooLarge.map(function (file) {
        var kind = limitOf(file) === settings.uploadLimits.image ? "图片" : "文件";
        return kind + "“" + file.name + "”有 " + megabytes(file.size) + " MB，超过 " + megabytes(limitOf(file)) + " MB，没有上传。";
      }).join("\n") + settings.tooLargeHint);
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

  // A zone's preview reads as the top of its page: the name, the theme and summary, then a table per group of
  // fields under the form's own labels (option labels for chosen values, so a topic shows its name).
  function shown(field, value) {
    if (value === undefined || value === null || value === "") {
      return "";
    }
    if (value && typeof value.toJS === "function") {
      value = value.toJS();
    }
    var options = field.get("options");
    var labels = {};
    if (options) {
      options.forEach(function (option) {
        var plain = option && typeof option.get === "function" ? option : null;
        labels[plain ? plain.get("value") : option] = plain ? plain.get("label") : option;
      });
    }
    var values = Array.isArray(value) ? value : [value];
    return values.map(function (item) {
      if (typeof item === "boolean") {
        return item ? "是" : "否";
      }
      if (field.get("widget") === "datetime") {
        return String(item).slice(0, 10);
      }
      return labels[item] !== undefined ? String(labels[item]) : String(item);
    }).join("、");
  }

  function rows(fields, data, skip) {
    var found = [];
    fields.forEach(function (field) {
      var name = field.get("name");
      if (skip.indexOf(name) < 0 && field.get("widget") !== "object") {
        var text = shown(field, data ? data.get(name) : undefined);
        found.push(h("tr", { key: name }, h("td", {}, field.get("label")), h("td", {}, text || "—")));
      }
    });
    return h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "项目"), h("th", {}, "内容"))), h("tbody", {}, found));
  }

  var ZonePreview = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var fields = this.props.fields;
      var groups = [];
      fields.forEach(function (field) {
        if (field.get("widget") === "object") {
          groups.push(h("h2", { key: field.get("name") + "-heading" }, field.get("label")),
            h("div", { key: field.get("name"), className: "md-typeset__table" },
              rows(field.get("fields"), data.get(field.get("name")), [])));
        }
      });
      return h("article", { className: "md-content md-typeset zone-preview" },
        h("h1", {}, data.get("name") || this.props.entry.get("label") || ""),
        data.get("title") ? h("p", {}, h("strong", {}, "实验主题：" + data.get("title"))) : null,
        data.get("summary") ? h("p", {}, data.get("summary")) : null,
        h("h2", {}, "基本情况"),
        h("div", { className: "md-typeset__table" }, rows(fields, data, ["name", "title", "summary"])),
        groups);
    }
  });

  settings.config.collections.forEach(function (collection) {
    if (collection.name.indexOf("reports-") === 0) {
      CMS.registerPreviewTemplate(collection.name, ReportPreview);
    } else if (collection.name.indexOf("zones-") === 0) {
      collection.files.forEach(function (file) {  // a files collection's template is named by its file entry
        CMS.registerPreviewTemplate(file.name, ZonePreview);
      });
    }
  });

  // Decap's image component with the URL choice removed: a picture from elsewhere is never published (validate
  // refuses outside addresses), so the form offers only an upload to the zone's media folder.
  var image = CMS.getEditorComponents && CMS.getEditorComponents().get("image");
  if (image) {
    CMS.registerEditorComponent(Object.assign({}, image, {
      fields: (image.fields.toJS ? image.fields.toJS() : image.fields).map(function (field) {  // registered: Immutable
        return field.widget === "image" ? Object.assign({}, field, { choose_url: false }) : field;
      })
    }));
  }

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
