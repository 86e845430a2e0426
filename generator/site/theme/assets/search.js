/* The search page: reads the site's own index (search-index/, written by generator/site/search) in small parts.
   A query becomes the same terms as at indexing time (generator/site/search/terms.py): pairs of Chinese
   characters, single characters, Latin words. A page matches when it holds every term; pages are ranked
   by BM25 within tiers (reports and text pages, then zone pages, then listings), so a page that lists reports
   never outranks them. Traditional characters are read as simplified (t2s.json, made at build time from the
   index's characters). Each result names its zone, its kind of report and its date; the filters (prefecture,
   zone, topic, report type, year) apply to facets.json, so counts and pages are right before any record is
   fetched, and so does the order by date. On a phone the filters wait behind 筛选和排序, so the first result
   is on the first screen. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var filters = { prefecture: document.getElementById("search-prefecture"),
                  zone: document.getElementById("search-zone"),
                  topic: document.getElementById("search-topic"),
                  kind: document.getElementById("search-kind"),
                  year: document.getElementById("search-year") };
  var sort = document.getElementById("search-sort");
  var filterBox = document.getElementById("search-filter-box");
  var filterCount = document.getElementById("search-filter-count");
  var FILTERS = Object.keys(filters);
  if (!form || !input || !status || !list || !more || !sort || !filterBox || !filterCount ||
      FILTERS.some(function (name) { return !filters[name]; })) return;

  var root = new URL("../", document.currentScript.src);
  var indexRoot = new URL("search-index/", root);
  var PAGE_SIZE = 10;
  var manifest = null;
  var shards = {};
  var extras = {};
  var latest = 0;
  var shown = 0;
  var matches = [];
  var query = { words: [] };

  function normalise(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function isLatin(run) {
    return run.charCodeAt(0) < 128;
  }

  /* How a query is split and hashed comes with the index (manifest.json), as the index was built. */
  function queryTerms(runs, info) {
    var terms = [];
    runs.forEach(function (run) {
      var words = [];
      if (isLatin(run)) words = [run.slice(0, info.longest_word)];
      else if (run.length === 1) words = [run];
      else for (var i = 0; i + 1 < run.length; i++) words.push(run.slice(i, i + 2));
      words.forEach(function (word) { if (terms.indexOf(word) < 0) terms.push(word); });
    });
    return terms;
  }

  function shardOf(term, info) {
    var bytes = new TextEncoder().encode(term);
    var hash = info.hash.offset;
    for (var i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], info.hash.prime) >>> 0;
    return hash & (info.shards - 1);
  }

  function fetchOk(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response;
    });
  }

  function loadManifest() {
    if (!manifest) {
      manifest = fetchOk(new URL("manifest.json", indexRoot), { cache: "no-cache" })
        .then(function (response) { return response.json(); })
        .catch(function (error) { manifest = null; throw error; });
    }
    return manifest;
  }

  /* The facets of every page and the traditional-character table of this version of the index. */
  function loadExtras(info) {
    if (!extras[info.version]) {
      var get = function (name) {
        return fetchOk(new URL(info.version + "/" + name, indexRoot)).then(function (response) { return response.json(); });
      };
      extras[info.version] = Promise.all([get("facets.json"), get("t2s.json")])
        .then(function (parts) { return { info: info, facets: parts[0], variants: parts[1] }; })
        .catch(function (error) { delete extras[info.version]; throw error; });
    }
    return extras[info.version];
  }

  function simplified(text, variants) {
    return Array.from(text).map(function (character) { return variants[character] || character; }).join("");
  }

  function chosenFilter() {
    var filter = {};
    FILTERS.forEach(function (name) { filter[name] = filters[name].value; });
    return filter;
  }

  function hasFilter(filter) {
    return FILTERS.some(function (name) { return Boolean(filter[name]); });
  }

  /* Whether a page passes the filter: facets.pages[page] is [prefecture, report type, yyyymmdd, tier, zone,
     [topics]]; a name the index does not know (-1) matches no page. */
  function passes(facets, filter) {
    var prefecture = filter.prefecture ? facets.prefectures.indexOf(filter.prefecture) : -2;
    var kind = filter.kind ? facets.kinds.indexOf(filter.kind) : -2;
    var zone = filter.zone ? facets.zones.indexOf(filter.zone) : -2;
    var topic = filter.topic ? facets.topics.indexOf(filter.topic) : -2;
    var year = filter.year ? Number(filter.year) : 0;
    return function (page) {
      var row = facets.pages[page];
      return (prefecture === -2 || row[0] === prefecture) && (kind === -2 || row[1] === kind) &&
        (zone === -2 || row[4] === zone) && (topic === -2 || row[5].indexOf(topic) >= 0) &&
        (!year || Math.floor(row[2] / 10000) === year);
    };
  }

  /* 最新的在前: reports by date, the newest first; pages without a date keep their rank, after them. */
  function byDate(facets, pages) {
    var rank = new Map(pages.map(function (page, index) { return [page, index]; }));
    return pages.slice().sort(function (a, b) {
      return facets.pages[b][2] - facets.pages[a][2] || rank.get(a) - rank.get(b);
    });
  }

  function readVarint(bytes, at) {
    var value = 0, shift = 0, byte;
    do {
      byte = bytes[at.i++];
      value += (byte & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (byte & 0x80);
    return value;
  }

  /* A shard: for each term, its name, the number of pages, the page numbers (deltas), one score byte per page. */
  function parseShard(buffer) {
    var bytes = new Uint8Array(buffer);
    var decoder = new TextDecoder();
    var terms = {};
    var at = { i: 0 };
    while (at.i < bytes.length) {
      var nameLength = readVarint(bytes, at);
      var name = decoder.decode(bytes.subarray(at.i, at.i + nameLength));
      at.i += nameLength;
      var count = readVarint(bytes, at);
      var pages = new Array(count);
      var page = 0;
      for (var k = 0; k < count; k++) { page += readVarint(bytes, at); pages[k] = page; }
      terms[name] = { pages: pages, scores: bytes.subarray(at.i, at.i + count) };
      at.i += count;
    }
    return terms;
  }

  function loadShard(info, number) {
    var key = info.version + "/" + number;
    if (!shards[key]) {
      shards[key] = fetchOk(new URL(info.version + "/s/" + number.toString(16) + ".bin", indexRoot))
        .then(function (response) { return response.arrayBuffer(); })
        .then(parseShard)
        .catch(function (error) { delete shards[key]; throw error; });
    }
    return shards[key];
  }

  function rank(info, facets, postings) {
    postings.sort(function (a, b) { return a.pages.length - b.pages.length; });
    var scores = new Map();
    postings.forEach(function (posting, index) {
      var frequency = posting.pages.length;
      var idf = Math.log(1 + (info.pages - frequency + 0.5) / (frequency + 0.5));
      var next = new Map();
      for (var k = 0; k < posting.pages.length; k++) {
        var page = posting.pages[k];
        if (index > 0 && !scores.has(page)) continue;
        next.set(page, (scores.get(page) || 0) + idf * (posting.scores[k] / 255 + 0.001));
      }
      scores = next;
    });
    return Array.from(scores.entries())
      .sort(function (a, b) {
        return facets.pages[a[0]][3] - facets.pages[b[0]][3] || b[1] - a[1] || a[0] - b[0];
      })
      .map(function (entry) { return entry[0]; });
  }

  /* Without words, a filter lists its reports, the newest first. */
  function listed(facets, filter) {
    var pages = [];
    var passing = passes(facets, filter);
    for (var page = 0; page < facets.pages.length; page++) {
      if (facets.pages[page][2] && passing(page)) pages.push(page);
    }
    return pages.sort(function (a, b) { return facets.pages[b][2] - facets.pages[a][2] || a - b; });
  }

  function search(text, filter) {
    return loadManifest().then(loadExtras).then(function (loaded) {
      var info = loaded.info;
      var runs = normalise(simplified(text, loaded.variants)).match(new RegExp(info.runs, "g")) || [];
      var terms = queryTerms(runs, info);
      var words = runs.concat(terms.filter(function (term) { return runs.indexOf(term) < 0; }));
      if (!terms.length) return { words: [], pages: listed(loaded.facets, filter), info: info };
      return Promise.all(terms.map(function (term) {
        return loadShard(info, shardOf(term, info)).then(function (shard) { return shard[term]; });
      })).then(function (postings) {
        if (postings.some(function (posting) { return !posting; })) return { words: words, pages: [], info: info };
        var pages = rank(info, loaded.facets, postings);
        if (hasFilter(filter)) pages = pages.filter(passes(loaded.facets, filter));
        if (sort.value === "date") pages = byDate(loaded.facets, pages);
        return { words: words, pages: pages, info: info };
      });
    });
  }

  function chineseDate(iso) {
    return Number(iso.slice(0, 4)) + "年" + Number(iso.slice(5, 7)) + "月" + Number(iso.slice(8, 10)) + "日";
  }

  function loadRecord(info, page) {
    return fetchOk(new URL(info.version + "/d/" + page + ".json", indexRoot)).then(function (response) {
      return response.json();
    });
  }

  /* Up to 100 characters around the first place the query occurs, whole phrases preferred over their pairs
     of characters. Positions are found in the normalised text and shown in the original, unless normalising
     changed its length. */
  function excerpt(text, words) {
    var original = text.replace(/\s+/g, " ");
    var normal = normalise(original);
    var display = normal.length === original.length ? original : normal;
    var at = -1;
    var candidates = words.slice().sort(function (a, b) { return b.length - a.length; });
    for (var i = 0; i < candidates.length && at < 0; i++) at = normal.indexOf(candidates[i]);
    var start = Math.max(0, at - 30);
    var end = Math.min(normal.length, start + 100);
    return { display: display.slice(start, end), normal: normal.slice(start, end), before: start > 0,
             after: end < normal.length };
  }

  function highlighted(piece, words) {
    var fragment = document.createDocumentFragment();
    words = words.slice().sort(function (a, b) { return b.length - a.length; });
    var position = 0;
    if (piece.before) fragment.appendChild(document.createTextNode("…"));
    while (position < piece.normal.length) {
      var best = -1, bestWord = "";
      words.forEach(function (word) {
        var found = piece.normal.indexOf(word, position);
        if (found >= 0 && (best < 0 || found < best)) { best = found; bestWord = word; }
      });
      if (best < 0) break;
      fragment.appendChild(document.createTextNode(piece.display.slice(position, best)));
      var mark = document.createElement("mark");
      mark.textContent = piece.display.slice(best, best + bestWord.length);
      fragment.appendChild(mark);
      position = best + bestWord.length;
    }
    fragment.appendChild(document.createTextNode(piece.display.slice(position)));
    if (piece.after) fragment.appendChild(document.createTextNode("…"));
    return fragment;
  }

  function resultItem(record, words) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h2");
    heading.className = "search-result__title";
    var link = document.createElement("a");
    link.href = new URL(record.url, root).href;
    link.textContent = record.title || record.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var labels = [record.zone, record.kind].filter(Boolean);
    if (labels.length || record.date) {
      var meta = document.createElement("p");
      meta.className = "search-result__meta";
      meta.textContent = labels.join(" · ");
      if (record.date) {
        if (labels.length) meta.appendChild(document.createTextNode(" · "));
        var time = document.createElement("time");
        time.dateTime = record.date;
        time.textContent = chineseDate(record.date);
        meta.appendChild(time);
      }
      item.appendChild(meta);
    }
    var body = document.createElement("p");
    body.className = "search-result__excerpt";
    body.appendChild(highlighted(excerpt(record.text, words), words));
    item.appendChild(body);
    return item;
  }

  function showMore(ticket) {
    var next = matches.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    more.hidden = true;
    return Promise.all(next.map(function (page) { return loadRecord(query.info, page); })).then(function (records) {
      if (ticket !== latest) return;
      records.forEach(function (record) { list.appendChild(resultItem(record, query.words)); });
      more.hidden = shown >= matches.length;
    });
  }

  function say(message) {
    status.textContent = message;
  }

  /* The chosen filters as the reader saw them: a topic by its name, a zone and a year as listed. */
  function filterWords(filter) {
    return FILTERS.filter(function (name) { return filter[name]; }).map(function (name) {
      var select = filters[name];
      var text = select.options[select.selectedIndex].textContent;
      return name === "zone" ? filter.zone : text;
    }).join("、");
  }

  function showFilterCount() {
    var chosen = FILTERS.filter(function (name) { return filters[name].value; }).length + (sort.value ? 1 : 0);
    filterCount.textContent = chosen ? "（已选 " + chosen + " 项）" : "";
  }

  function run(text, remember) {
    var ticket = ++latest;
    var filter = chosenFilter();
    text = text.trim();
    if (remember) {
      var address = new URL(window.location.href);
      var values = { q: text, sort: sort.value };
      FILTERS.forEach(function (name) { values[name] = filter[name]; });
      Object.keys(values).forEach(function (name) {
        if (values[name]) address.searchParams.set(name, values[name]); else address.searchParams.delete(name);
      });
      window.history.replaceState(null, "", address.href);
    }
    showFilterCount();
    list.textContent = "";
    more.hidden = true;
    shown = 0;
    matches = [];
    if (!text && !hasFilter(filter)) { say("请输入要搜索的内容。"); return Promise.resolve(); }
    var asked = (text ? "“" + text + "”" : "") + (hasFilter(filter) ? "（" + filterWords(filter) + "）" : "");
    say("正在搜索" + asked + "……");
    return search(text, filter).then(function (found) {
      if (ticket !== latest) return;
      query = { words: found.words, info: found.info };
      matches = found.pages;
      if (!matches.length) {
        say(text ? "没有找到与" + asked + "相关的内容。请换一个词，或减少词语" +
                   (hasFilter(filter) ? "、放宽筛选条件" : "") + "再试。"
                 : "没有符合" + asked + "的报告。请放宽筛选条件再试。");
        return;
      }
      var found = text ? "找到 " + matches.length + " 条与" + asked + "相关的结果" : "符合" + asked + "的报告共 " + matches.length + " 篇";
      // Said once the first results are on screen, so a screen reader's next step finds them.
      return showMore(ticket).then(function () { if (ticket === latest) say(found); });
    }).catch(function () {
      if (ticket === latest) say("搜索暂时无法使用，请稍后再试。");
    });
  }

  var typing = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    run(input.value, true);
  });
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () { run(input.value, true); }, 300);
  });
  more.addEventListener("click", function () { showMore(latest); });
  FILTERS.concat(["sort"]).forEach(function (name) {
    (filters[name] || sort).addEventListener("change", function () { run(input.value, true); });
  });

  var header = document.getElementById("site-search-input");
  var parameters = new URLSearchParams(window.location.search);
  var initial = parameters.get("q") || "";
  input.value = initial;
  if (header) header.value = initial;
  FILTERS.concat(["sort"]).forEach(function (name) {
    var select = filters[name] || sort;
    var wanted = parameters.get(name) || "";
    if (Array.from(select.options).some(function (option) { return option.value === wanted; })) select.value = wanted;
  });
  showFilterCount();
  // Open on a wide screen; on a phone closed, its summary counting the chosen filters, so results come first.
  if (window.matchMedia("(min-width: 45em)").matches) filterBox.open = true;
  if (initial || hasFilter(chosenFilter())) run(initial, false);
  else loadManifest().catch(function () {});
})();
