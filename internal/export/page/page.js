
"use strict";
(function () {
  var list = document.getElementById("results");
  var q = document.getElementById("q");
  var ctlSel = document.getElementById("controller");
  var stateSel = document.getElementById("state");
  var count = document.getElementById("count");
  var empty = document.getElementById("empty");
  var printNote = document.getElementById("print-note");
  var families = document.getElementById("not-codes");
  var original = Array.prototype.slice.call(list.children);
  var heads = original.filter(function (el) { return el.tagName === "H2"; });
  var seps = { "_": 1, "-": 1, ".": 1, " ": 1, "\t": 1 };

  // The search index: the same fields, forms and tiers as `mtapi search`.
  var entries = original.filter(function (el) { return el.tagName === "ARTICLE"; }).map(function (el) {
    var nameEl = el.querySelector(".name"), msgEl = el.querySelector(".msg");
    var name = el.getAttribute("data-name"), norm = "", map = [];
    for (var i = 0; i < name.length; i++) {
      var c = name.charAt(i);
      if (seps[c]) continue;
      norm += c.toLowerCase();
      map.push(i);
    }
    var msg = msgEl.classList.contains("none") ? "" : msgEl.textContent;
    var group = el.getAttribute("data-group");
    return {
      el: el, nameEl: nameEl, msgEl: msgEl, code: el.getAttribute("data-code"), num: +el.getAttribute("data-code"),
      name: name, lname: name.toLowerCase(), norm: norm, map: map, msg: msg, lmsg: msg.toLowerCase(),
      lctl: el.getAttribute("data-controller").toLowerCase(), state: el.getAttribute("data-state"), group: group
    };
  });
  var total = entries.length;

  function normalize(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (!seps[c]) out += c.toLowerCase();
    }
    return out;
  }
  function words(s) {
    return s.toLowerCase().split(/[^a-z0-9\u0080-\uffff]+/).filter(function (w) { return w !== ""; });
  }
  function numericPattern(s) {
    var d = s.replace(/[xX*?]+$/, "");
    if (/^-?[0-9]+$/.test(d)) return d;
    return null;
  }
  function isLower(c) { return c !== c.toUpperCase() && c === c.toLowerCase(); }
  function isUpper(c) { return c !== c.toLowerCase() && c === c.toUpperCase(); }

  // fuzzy is github.com/sahilm/fuzzy's scoring, as mtapi search uses it: bonuses for the first
  // character, camel case, a character after a separator and adjacent matches; penalties for
  // leading and unmatched characters.
  function fuzzy(pattern, str) {
    var matched = [], score = 0, pi = 0, best = -1, bestAt = -1, adj = 0, last = "", lastIndex = 0;
    for (var j = 0; j < str.length; j++) {
      var c = str.charAt(j);
      if (pi < pattern.length && c.toLowerCase() === pattern.charAt(pi).toLowerCase()) {
        var s = 0;
        if (j === 0) s += 10;
        if (isLower(last) && isUpper(c)) s += 20;
        if (j !== 0 && (last === "/" || seps[last] || last === "\\")) s += 20;
        if (matched.length > 0 && matched[matched.length - 1] === lastIndex) {
          var bonus = adj * 2 + 5;
          s += bonus;
          adj += bonus;
        }
        if (s > best) { best = s; bestAt = j; }
      }
      var nextp = pi < pattern.length - 1 ? pattern.charAt(pi + 1).toLowerCase() : "";
      var nextc = j + 1 < str.length ? str.charAt(j + 1) : "";
      if ((nextp !== "" && nextp === nextc.toLowerCase()) || nextc === "") {
        if (bestAt > -1) {
          if (matched.length === 0) best += Math.max(bestAt * -5, -15);
          score += best;
          matched.push(bestAt);
          best = -1;
          bestAt = -1;
          pi++;
        }
      }
      lastIndex = j;
      last = c;
    }
    score += matched.length - str.length;
    if (matched.length !== pattern.length) return null;
    return { score: score, idx: matched };
  }
  function subsequence(p, s) {
    var k = 0;
    for (var j = 0; j < p.length; j++) {
      k = s.indexOf(p.charAt(j), k);
      if (k < 0) return false;
      k++;
    }
    return true;
  }
  function tight(m, n) {
    var idx = m.idx;
    if (idx.length === 0 || m.score <= 0) return false;
    return 2 * (idx[idx.length - 1] - idx[0] + 1) <= 5 * n + 6;
  }

  function allWords(e, ws) {
    var spans = [], inName = 0;
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i], j;
      if ((j = e.lname.indexOf(w)) >= 0) { spans.push(["name", j, j + w.length]); inName++; }
      else if ((j = e.norm.indexOf(w)) >= 0) { spans.push(["name", e.map[j], e.map[j + w.length - 1] + 1]); inName++; }
      else if ((j = e.lmsg.indexOf(w)) >= 0) spans.push(["message", j, j + w.length]);
      else if (e.lctl.indexOf(w) >= 0) continue;
      else if (e.code.indexOf(w) === 0) spans.push(["code", 0, w.length]);
      else return null;
    }
    return { spans: spans, inName: inName };
  }

  // search returns the matches of query among the kept entries, best first.
  function search(query, keep) {
    var out = [];
    query = query.trim();
    var fields = query.split(/\s+/), prefixes = [];
    for (var f = 0; f < fields.length; f++) {
      var p = numericPattern(fields[f]);
      if (p === null) { prefixes = null; break; }
      prefixes.push(p);
    }
    if (prefixes) {
      entries.forEach(function (e) {
        if (!keep(e)) return;
        for (var i = 0; i < prefixes.length; i++) {
          if (e.code.indexOf(prefixes[i]) === 0) {
            out.push({ e: e, tier: 5, score: prefixes[i].length - e.code.length, spans: [["code", 0, prefixes[i].length]] });
            return;
          }
        }
      });
      return sortMatches(out);
    }
    var nq = normalize(query), ws = words(query), taken = [];
    entries.forEach(function (e, i) {
      if (!keep(e)) return;
      if (nq !== "" && e.norm === nq) out.push({ e: e, tier: 0, score: 0, spans: [["name", 0, e.name.length]] });
      else if (nq !== "" && e.norm.indexOf(nq) === 0) out.push({ e: e, tier: 1, score: -e.norm.length, spans: [["name", 0, e.map[nq.length - 1] + 1]] });
      else {
        var m = ws.length ? allWords(e, ws) : null;
        if (!m) return;
        out.push({ e: e, tier: 2, score: m.inName * 1000 - e.name.length, spans: m.spans });
      }
      taken[i] = true;
    });
    function fuzzyTier(pattern, field, tier, spanField, toSpan) {
      entries.forEach(function (e, i) {
        if (taken[i] || !keep(e) || !subsequence(pattern, e[field])) return;
        var m = fuzzy(pattern, e[field]);
        if (!m || !tight(m, pattern.length)) return;
        out.push({ e: e, tier: tier, score: m.score, spans: m.idx.map(function (j) { return [spanField, toSpan(e, j), toSpan(e, j) + 1]; }) });
        taken[i] = true;
      });
    }
    if (nq !== "") fuzzyTier(nq, "norm", 3, "name", function (e, j) { return e.map[j]; });
    var lq = ws.join(" ");
    if (lq.length >= 3) fuzzyTier(lq, "lmsg", 4, "message", function (e, j) { return j; });
    return sortMatches(out);
  }
  function sortMatches(ms) {
    return ms.sort(function (x, y) {
      if (x.tier !== y.tier) return x.tier - y.tier;
      var xs = x.e.state === "superseded", ys = y.e.state === "superseded";
      if (xs !== ys) return xs ? 1 : -1;
      if (x.score !== y.score) return y.score - x.score;
      if (x.e.num !== y.e.num) return x.e.num - y.e.num;
      return x.e.name < y.e.name ? -1 : x.e.name > y.e.name ? 1 : 0;
    });
  }

  // paint writes text into el with the spans of field marked.
  function paint(el, text, spans, field) {
    var marks = (spans || []).filter(function (s) { return s[0] === field; }).sort(function (a, b) { return a[1] - b[1]; });
    el.textContent = "";
    var at = 0;
    marks.forEach(function (s) {
      if (s[1] < at) return;
      if (s[1] > at) el.appendChild(document.createTextNode(text.slice(at, s[1])));
      var m = document.createElement("mark");
      m.textContent = text.slice(s[1], s[2]);
      el.appendChild(m);
      at = s[2];
    });
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  function update() {
    var query = q.value, ctl = ctlSel.value, st = stateSel.value;
    var keep = function (e) { return (ctl === "" || e.group === ctl) && (st === "" || e.state === st); };
    var shown;
    if (query.trim() === "") {
      shown = entries.filter(keep).map(function (e) { return { e: e, spans: null }; });
      list.append.apply(list, original);
      var visible = {};
      shown.forEach(function (m) { visible[m.e.group] = true; });
      heads.forEach(function (h) { h.hidden = !(ctl === "" && st === "" ? true : visible[h.getAttribute("data-group")]); });
    } else {
      shown = search(query, keep);
      heads.forEach(function (h) { h.hidden = true; });
      list.append.apply(list, shown.map(function (m) { return m.e.el; }).concat([empty]));
    }
    var on = new Set(shown.map(function (m) { return m.e; }));
    entries.forEach(function (e) {
      e.el.hidden = !on.has(e);
    });
    // A number's explanation is on each of its cards; a copy is shown unless the card just above
    // is of the same number and shows it already.
    var prev = null;
    shown.forEach(function (m) {
      var e = m.e;
      paint(e.nameEl, e.name, m.spans, "name");
      if (e.msg !== "") paint(e.msgEl, e.msg, m.spans, "message");
      var rep = e.el.querySelector(".explain.repeat");
      if (rep) rep.hidden = prev === e.code;
      prev = e.code;
    });
    empty.hidden = shown.length !== 0;
    var filtered = query.trim() !== "" || ctl !== "" || st !== "";
    count.textContent = filtered ? shown.length + (shown.length === 1 ? " match" : " matches") + " of " + total + " entries" : total + " entries";
    // A printout of a search must say it is not the whole catalogue (the count is not printed).
    var what = [];
    if (query.trim() !== "") what.push("search \u201c" + query.trim() + "\u201d");
    if (ctl !== "") what.push("controller " + ctlSel.options[ctlSel.selectedIndex].text);
    if (st !== "") what.push("state " + st);
    printNote.textContent = filtered ? "Filtered (" + what.join(", ") + "): " + shown.length + " of " + total + " entries." : "";
    document.body.classList.toggle("filtered", filtered);
  }

  var timer = 0;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 40);
  });
  ctlSel.addEventListener("change", update);
  stateSel.addEventListener("change", update);
  document.getElementById("controls").addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearTimeout(timer);
    update();
  });

  document.addEventListener("keydown", function (ev) {
    var t = ev.target, tag = t && t.tagName;
    var typing = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (t && t.isContentEditable);
    if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      q.focus();
      q.select();
    } else if (ev.key === "Escape" && (t === q || tag === "SELECT" || !typing) && q.value !== "") {
      ev.preventDefault();
      q.value = "";
      clearTimeout(timer);
      update();
    }
  });

  // Copy "617020 UpdateDateCannotBeInFuture": the Clipboard API where the page may use it, else the
  // older execCommand, which also works from file:// in every browser.
  function fallbackCopy(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.className = "offscreen";
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }
  list.addEventListener("click", function (ev) {
    var b = ev.target.closest ? ev.target.closest("button.copy") : null;
    if (!b) return;
    var text = b.getAttribute("data-copy");
    var done = function (ok) {
      b.textContent = ok ? "Copied" : "Copy failed";
      count.textContent = ok ? "Copied " + text : "Could not copy " + text;
      setTimeout(function () { b.textContent = "Copy"; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  });

  // Deep links: #617020 (or #604004-RetrievingArtifactFailed) scrolls to the entry and highlights it;
  // the typo's printed number (#62000) leads to the intended code.
  var current = null;
  function mark(el) {
    if (current) current.classList.remove("target");
    current = el;
    el.classList.add("target");
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }
  function follow() {
    var id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      // A malformed escape (#%): the hash as typed, which matches nothing.
    }
    if (id === "") return;
    var el = document.getElementById(id);
    if (!el || el.tagName !== "ARTICLE") {
      // The typo's printed number, or a name (#UpdateDateCannotBeInFuture): its most trusted entry,
      // history only when the name has nothing else (#ARTIFACT_NOT_FOUND), as decode resolves it.
      var key = normalize(id), old = null;
      el = null;
      for (var i = 0; i < entries.length && !el; i++) {
        var e = entries[i];
        if (e.el.getAttribute("data-printed") === id) el = e.el;
        else if (key !== "" && e.norm === key) {
          if (e.state !== "superseded") el = e.el;
          else if (!old) old = e.el;
        }
      }
      el = el || old;
    }
    if (!el || el.tagName !== "ARTICLE") {
      if (!/^-?[0-9]+$/.test(id)) return;
      // -1, an HTTP status, the not-found family: the box that explains numbers that are no codes.
      var n = +id, rows = families.querySelectorAll("dt[data-lo]");
      for (var j = 0; j < rows.length; j++) {
        if (n >= +rows[j].getAttribute("data-lo") && n <= +rows[j].getAttribute("data-hi")) {
          families.open = true;
          families.querySelectorAll(".target").forEach(function (x) { x.classList.remove("target"); });
          rows[j].nextElementSibling.classList.add("target");
          rows[j].classList.add("target");
          count.textContent = id + " is not a catalogue code: see " + rows[j].textContent + " below.";
          rows[j].scrollIntoView({ block: "center" });
          return;
        }
      }
      count.textContent = id + " is not in this catalogue. Search its first digits to see its neighbours.";
      return;
    }
    if (el.hidden) {
      q.value = "";
      ctlSel.value = "";
      stateSel.value = "";
      update();
    }
    mark(el);
  }
  window.addEventListener("hashchange", follow);
  if (location.hash.length > 1) follow();
})();
