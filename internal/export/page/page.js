
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
  // nameParts splits a name at its CamelCase humps, underscores and digits, as mtapi search does.
  function nameParts(name) {
    var out = [], start = 0;
    var up = function (c) { return c >= "A" && c <= "Z"; }, low = function (c) { return c >= "a" && c <= "z"; };
    var dig = function (c) { return c >= "0" && c <= "9"; };
    var flush = function (end) { if (end > start) out.push(name.slice(start, end)); start = end; };
    for (var i = 0; i < name.length; i++) {
      var c = name.charAt(i), p = name.charAt(i - 1);
      if (!up(c) && !low(c) && !dig(c)) { flush(i); start = i + 1; }
      else if (i > start && up(c) && low(p)) flush(i);
      else if (i > start && up(c) && up(p) && i + 1 < name.length && low(name.charAt(i + 1))) flush(i);
      else if (i > start && dig(c) !== dig(p)) flush(i);
    }
    flush(name.length);
    return out;
  }
  entries.forEach(function (e) {
    e.whole = {};
    nameParts(e.name).forEach(function (w) { e.whole[w.toLowerCase()] = true; });
    e.lmsg.split(/[^a-z0-9\u0080-\uffff]+/).forEach(function (w) { if (w) e.whole[w] = true; });
  });

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
        // Words found whole (a CamelCase part of the name, a word of the message) rank first.
        var whole = 0;
        ws.forEach(function (w) { if (e.whole[w] || e.whole[w + "s"] || e.whole[w + "es"]) whole++; });
        out.push({ e: e, tier: 2, score: whole * 100000 + m.inName * 1000 - e.name.length, spans: m.spans });
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

  // The forgiving reading of pasted text, as `mtapi` reads it (internal/decode, ReadText): codes in
  // any wrapping, code names, and messages matched as phrases (case, punctuation and small words
  // ignored; one word added, missing or changed tolerated, every equally close message shown as a
  // candidate; an exact phrase wins). testdata/pastes.json checks both against one table.
  function set(s) { var m = {}; s.split(" ").forEach(function (w) { m[w] = true; }); return m; }
  var smallWords = set("a an the in of to is was be been for by with on at and or it its this that has have are");
  var contractions = { cannot: "can not", cant: "can not", couldnt: "could not", shouldnt: "should not",
    wouldnt: "would not", doesnt: "does not", dont: "do not", didnt: "did not", isnt: "is not", wasnt: "was not",
    arent: "are not", wont: "will not", hasnt: "has not", havent: "have not" };
  var codeWords = set("error errors err code codes status statuses statuscode errorcode mtapistatus mtapi returned returns return returning got get gets getting received receiving result response value fails failed failing see throws threw");
  var httpWords = set("http https status statuscode mtapistatus");
  var otherWords = set("order orders ticket tickets case cases incident inc invoice invoices ref reference account acct customer client user userid id po sr request req job build version ver port pid line page zip phone tel fax ext item sku tracking transaction txn payment amount total qty quantity room flight call policy claim member employee badge serial batch lot record row file issue pr bug change chg ritm task cost price balance postal zipcode year day week month session org organization organisation appid guid mobile cell notice notices service services enrollment artifact attachment assignment province country usd eur cad gbp chf aud jpy inr");
  var listWords = set("and or & und et y nor plus");
  var countWords = set("number no nr num nbr #");
  var unitWords = set("items item units rows records users bytes kb mb gb ms seconds secs sec minutes mins hours hrs days weeks months years times usd cad eur gbp dollars euros customers people pages lines characters chars km miles requests calls orders tickets percent px");
  var rangesEl = document.getElementById("ranges");
  var docRanges = (rangesEl ? rangesEl.getAttribute("data-ranges") : "").split(" ").filter(Boolean).map(function (r) {
    var i = r.indexOf("-", 1);
    return [+r.slice(0, i), +r.slice(i + 1)];
  });
  var byCode = {}, byPrinted = {}, byNorm = {};
  entries.forEach(function (e) {
    (byCode[e.num] = byCode[e.num] || []).push(e);
    var printed = e.el.getAttribute("data-printed");
    if (printed) byPrinted[printed] = e;
    (byNorm[e.norm] = byNorm[e.norm] || []).push(e);
  });
  function inRange(n) {
    for (var i = 0; i < docRanges.length; i++) if (n >= docRanges[i][0] && n <= docRanges[i][1]) return true;
    return false;
  }
  function documented(n) { return !!byCode[n]; }
  function stem(w) {
    if (w.length <= 4) return w;
    var sfx = ["ing", "ed", "es", "s", "d", "e"];
    for (var i = 0; i < sfx.length; i++) {
      var s = sfx[i];
      if (w.length - s.length >= 3 && w.slice(-s.length) === s) return w.slice(0, -s.length);
    }
    return w;
  }
  var wordRe = /[\p{L}\p{N}'_\u2019]+/gu;
  function foldWord(w) { return w.replace(/['\u2019]/g, "").toLowerCase(); }
  function expand(w) { return contractions[w] ? contractions[w].split(" ") : [w]; }
  function contentWords(s) {
    var out = [];
    (s.match(wordRe) || []).forEach(function (w) {
      expand(foldWord(w)).forEach(function (c) { if (c !== "" && !smallWords[c]) out.push(c); });
    });
    return out;
  }
  // The messages, by the stems of their last two words.
  var phrases = [], byEnd = {}, maxLen = 0;
  (function () {
    var at = {};
    entries.forEach(function (e) {
      if (e.msg === "" || e.state === "superseded") return;
      var ws = contentWords(e.msg);
      if (ws.length < 2) return;
      var key = ws.join(" "), i = at[key];
      if (i === undefined) {
        i = at[key] = phrases.length;
        phrases.push({ words: ws, stems: ws.map(stem), codes: [] });
      }
      if (phrases[i].codes.indexOf(e.num) < 0) phrases[i].codes.push(e.num);
    });
    phrases.forEach(function (p, i) {
      var k = p.words.length;
      maxLen = Math.max(maxLen, k);
      [p.stems[k - 1], p.stems[k - 2]].forEach(function (s) {
        var l = byEnd[s] = byEnd[s] || [];
        if (l[l.length - 1] !== i) l.push(i);
      });
    });
  })();
  // Word-level edit distance in halves: another form of a word costs 1, a word added, missing or
  // changed 2.
  function wordDistance(p, got, limit) {
    var want = p.words;
    if (Math.abs(want.length - got.length) * 2 > limit) return limit + 1;
    var prev = [], cur = [];
    for (var j = 0; j <= got.length; j++) prev[j] = j * 2;
    for (var i = 1; i <= want.length; i++) {
      cur = [i * 2];
      var best = cur[0];
      for (var j2 = 1; j2 <= got.length; j2++) {
        var cost = 2;
        if (want[i - 1] === got[j2 - 1].w) cost = 0;
        else if (want[i - 1].length > 3 && got[j2 - 1].w.length > 3 && p.stems[i - 1] === got[j2 - 1].stem) cost = 1;
        cur[j2] = Math.min(prev[j2] + 2, cur[j2 - 1] + 2, prev[j2 - 1] + cost);
        best = Math.min(best, cur[j2]);
      }
      if (best > limit) return limit + 1;
      prev = cur;
    }
    return prev[got.length];
  }
  function signedDigits(s) { return /^[-+]?[0-9]+$/.test(s); }
  function nearCodeShape(s) {
    return s.length >= 6 && s.length <= 7 && /^[0-9OolI]+$/.test(s) && /[OolI]/.test(s) && s.replace(/[^0-9]/g, "").length >= 4;
  }
  function identifierShape(w) { return w.length >= 6 && (w.indexOf("_") >= 0 || /[a-z][A-Z]/.test(w)); }
  function splitCode(a, b) {
    if (!((a.length === 3 && b.length === 3) || (a === "404" && b.length === 4)) || !/^[0-9]+$/.test(a + b)) return null;
    var n = +(a + b);
    if (!documented(n) || documented(+b)) return null;
    return n;
  }
  function trusted(es) {
    var rank = { current: 0, typo: 0, duplicate: 1, placeholder: 2, superseded: 3 };
    return es.slice().sort(function (x, y) { return rank[x.state] - rank[y.state] || x.num - y.num; })[0];
  }

  // readText returns the cards a text gives: {card: "617020" | "?617020", code, near, quote,
  // candidates, how} in the order the text holds them, and the words passed over.
  function readText(text) {
    var pos = 0, win = [], quoteWords = [], found = [], num = null, prev = "", prev2 = "", boundary = true;
    // lastNum: where the last number stood (a number right after another is part of a run of digit
    // groups, a phone number); split: a code split by a space or written with a thousands separator,
    // waiting for the token after it; listCtx and listEnd: the words before the last number and where
    // its list ends ("orders 617123, 617124 and 617125" are one list of order numbers).
    var lastNum = -2, split = null, listCtx = ["", ""], listEnd = -2;
    function note(w) { prev2 = prev; prev = w; }
    function advance(w) { quoteWords[pos] = w; return pos++; }
    function isCode(pn) {
      var p1 = pn.prev, p2 = pn.prev2;
      if (countWords[p1]) { p1 = p2; p2 = ""; }
      if (otherWords[p1]) return false;
      var n = pn.n, code = codeWords[p1], http = httpWords[p1] || (p1 === "code" && httpWords[p2]);
      if (n === -1) return true;
      if (n < 0) return false;
      if (n >= 200 && n <= 599) return !!http;
      if (inRange(n)) return true;
      if (documented(n) || byPrinted[String(n)]) return !!(code || http);
      return false;
    }
    function settle(next) {
      if (split) {
        if (!unitWords[next]) found.push(split);
        split = null;
      }
      var pn = num;
      num = null;
      if (!pn || unitWords[next] || pn.money || !isCode(pn)) return;
      found.push({ start: pn.pos, end: pn.pos, card: { card: String(pn.n), code: pn.n, how: "code" } });
    }
    function near(written, n, start, end) {
      found.push({ start: start, end: end, card: { card: "?" + n, code: n, near: written, how: "near-code" } });
    }
    function number(s, hash, money) {
      if (split && split.end === pos - 1) split = null;
      var pn0 = num;
      settle("");
      var p = advance(s);
      var afterNum = lastNum === p - 1;
      lastNum = p;
      var pv = prev, pv2 = prev2;
      if (listEnd === p - 1) { pv = listCtx[0]; pv2 = listCtx[1]; }
      listCtx = [pv, pv2];
      listEnd = p;
      if (pn0 && pn0.pos === p - 1 && !pn0.afterNum && pn0.text.charAt(0) !== "-" && !otherWords[pn0.prev]) {
        var joined = splitCode(pn0.text, s);
        if (joined !== null) {
          found = found.filter(function (f) { return !(f.card && f.card.how === "code" && f.start === pn0.pos); });
          var w = pn0.text + " " + s;
          split = { start: pn0.pos, end: p, card: { card: "?" + joined, code: joined, near: w, how: "near-code" } };
          note("");
          return;
        }
      }
      if (s.replace(/^[-+]/, "").length <= 10) num = { text: s.replace(/^\+/, ""), n: parseInt(s, 10), pos: p, prev: pv, prev2: pv2, hash: hash, money: money, afterNum: afterNum };
      note("");
    }
    function matchAt() {
      var last = win[win.length - 1];
      // At a boundary, the messages ending one word before too: their last word may be the one
      // written differently ("couldn't be updaled."), which the match then quotes.
      var before = last.after && win.length >= 2 ? byEnd[win[win.length - 2].stem] || [] : [];
      (byEnd[last.stem] || []).concat(before).forEach(function (pi) {
        var p = phrases[pi], k = p.words.length, limit = k >= 4 ? 2 : 0, best = limit + 1, bestStart = 0;
        for (var n = Math.max(1, k - limit / 2); n <= k + limit / 2 && n <= win.length; n++) {
          var d = wordDistance(p, win.slice(win.length - n), limit);
          if (d < best || (d === best && n > win.length - bestStart)) { best = d; bestStart = win.length - n; }
        }
        if (best > limit) return;
        var seg = win.slice(bestStart);
        if (k < 3 && !(seg[0].before && seg[seg.length - 1].after)) return;
        var start = seg[0].pos, end = seg[seg.length - 1].pos;
        for (var i = 0; i < found.length; i++) {
          var o = found[i];
          if (o.phrase === pi && o.start <= end && start <= o.end) {
            if (o.dist < best || (o.dist === best && o.end - o.start >= end - start)) return;
            found.splice(i, 1);
            break;
          }
        }
        found.push({ start: start, end: end, phrase: pi, dist: best, quote: quoteWords.slice(start, end + 1).join(" ") });
      });
    }
    function words(run) {
      (run.match(wordRe) || []).forEach(function (w) {
        var fw = foldWord(w);
        settle(fw);
        var p = advance(w);
        if (listEnd === p - 1 && listWords[fw]) listEnd = p;
        if (identifierShape(w) && byNorm[normalize(w)]) {
          var e = trusted(byNorm[normalize(w)]);
          found.push({ start: p, end: p, card: { card: String(e.num), code: e.num, how: "name" } });
        }
        note(fw);
        expand(fw).forEach(function (cw) {
          if (cw === "" || smallWords[cw]) return;
          if (win.length && p - win[win.length - 1].pos > 8) win = [];
          win.push({ w: cw, stem: stem(cw), pos: p, before: boundary });
          boundary = false;
          if (win.length > 2 * maxLen + 4) win.shift();
          matchAt();
        });
      });
    }
    function numberList(parts, hash, money) {
      var pv = prev, pv2 = prev2;
      parts.forEach(function (x) {
        if (x === "") return;
        prev = pv; prev2 = pv2;
        number(x, hash, money);
        settle("");
      });
    }
    function chunk(c) {
      var core = c.replace(/^["'`(\[{<*#_~>|]+/, "");
      var lead = c.slice(0, c.length - core.length);
      core = core.replace(/["'`)\]}>*.,;:!?|]+$/, "");
      var trail = c.slice(lead.length + core.length);
      if (/["'`(\[{<|]/.test(lead)) boundary = true;
      var hash = lead.indexOf("#") >= 0, money = false;
      if (/[$€£¥]/.test(core)) { money = true; core = core.replace(/^[$€£¥]+/, ""); }
      var after = /["'`)\]}>.;:!?|]/.test(trail), sentence = /[.!?]/.test(trail);
      for (;;) {
        var m = /^([A-Za-z_-]+)[=:(](.+)$/.exec(core);
        if (!m) break;
        words(m[1]);
        core = m[2].replace(/^["'` ]+|["'` ]+$/g, "");
      }
      if (core !== "") {
        if (signedDigits(core)) number(core, hash, money);
        else if (/^[-+0-9,]+$/.test(core) && core.indexOf(",") >= 0 && core.split(",").every(function (x) { return x === "" || signedDigits(x); })) {
          var parts = core.split(",");
          var thousands = parts[0].length <= 3 && parts.slice(1).every(function (x) { return x.length === 3; });
          if (thousands) {
            settle("");
            var p = advance(core), n = +parts.join("");
            lastNum = p;
            if (!money && !otherWords[prev] && documented(n) && parts.length === 2) split = { start: p, end: p, card: { card: "?" + n, code: n, near: core, how: "near-code" } };
            note("");
          } else {
            numberList(parts, hash, money);
          }
        } else if (/^[0-9]{4,}(\/[0-9]{4,})+$/.test(core)) {
          // "617022/617023": codes joined by a slash, as a list (four digits or more: no date).
          numberList(core.split("/"), hash, money);
        } else if (nearCodeShape(core)) {
          settle("");
          var q = advance(core);
          note("");
          var fixed = +core.replace(/[Oo]/g, "0").replace(/[lI]/g, "1");
          if (documented(fixed)) near(core, fixed, q, q);
        } else if (/[0-9]/.test(core)) {
          settle("");
          advance(core);
          var w = core.toLowerCase();
          note(w.indexOf("http/") === 0 ? "http" : w);
        } else {
          words(core);
        }
      }
      if (after) {
        boundary = true;
        if (win.length && win[win.length - 1].pos === pos - 1) { win[win.length - 1].after = true; matchAt(); }
      }
      if (sentence) { settle(""); prev = prev2 = ""; listEnd = -2; }
    }
    var typo = { "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "\u00a0": " ", "–": "-", "—": "-", "−": "-" };
    text.split("\n").forEach(function (line) {
      line = line.replace(/[“”„«»‘’\u00a0–—−]/g, function (c) { return typo[c]; }).replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
      if (/[{}\[\]]|":/.test(line)) line = line.replace(/[{}\[\]]/g, " ").replace(/":"/g, '": "').replace(/":/g, '": ').replace(/","/g, '", "');
      line.split(/[\s\u0000-\u001f]+/).forEach(function (c) { if (c !== "") chunk(c); });
      settle("");
      boundary = true;
      if (win.length) { win[win.length - 1].after = true; matchAt(); }
    });
    settle("");
    // Clusters of overlapping findings, in the order of the text.
    found.sort(function (a, b) { return a.start - b.start; });
    var cards = [], shown = {}, covered = 0;
    function show(cs, n) {
      covered += n;
      cs.forEach(function (c) {
        var key = c.near ? c.near : String(c.code);
        if (shown[key]) return;
        shown[key] = true;
        cards.push(c);
      });
    }
    for (var i = 0; i < found.length;) {
      var j = i + 1, end = found[i].end;
      while (j < found.length && found[j].start <= end) { end = Math.max(end, found[j].end); j++; }
      var cluster = found.slice(i, j), later = found.slice(j), exact = [], approx = [];
      cluster.forEach(function (f) {
        if (f.card) show([f.card], f.end - f.start + 1);
        else if (f.dist === 0) exact.push(f);
        else approx.push(f);
      });
      var keep = exact, how = "message";
      if (exact.length) {
        var longest = Math.max.apply(null, exact.map(function (f) { return f.end - f.start; }));
        keep = exact.filter(function (f) { return f.end - f.start === longest; });
      } else {
        var best = Math.min.apply(null, approx.map(function (f) { return f.dist; }));
        keep = approx.filter(function (f) { return f.dist === best; });
        how = "near-message";
      }
      if (keep.length) {
        var cands = [], s = keep[0].start, e2 = keep[0].end, quote = keep[0].quote;
        keep.forEach(function (f) {
          if (f.end - f.start > e2 - s) quote = f.quote;
          s = Math.min(s, f.start); e2 = Math.max(e2, f.end);
          phrases[f.phrase].codes.forEach(function (c) { if (cands.indexOf(c) < 0) cands.push(c); });
        });
        var named = cands.some(function (c) {
          return shown[String(c)] || later.some(function (f) { return f.card && f.card.how === "code" && f.card.code === c; });
        });
        if (named) covered += e2 - s + 1;
        else show(cands.map(function (c) { return { card: String(c), code: c, how: how, quote: quote, candidates: cands.length }; }), e2 - s + 1);
      }
      i = j;
    }
    return { cards: cards, words: pos, passed: Math.max(0, pos - covered) };
  }
  // pasted reports whether a query is text to read rather than words to search: several words, or
  // the wrapping of a pasted code (quotes, #, brackets, a colon, a comma list), or a code with a letter
  // O in it.
  function pasted(query) {
    return /\s/.test(query) || /["'“”‘’#():=,]/.test(query) || nearCodeShape(query) || query === "-1";
  }

  // showFound says what a pasted text mentions and returns the entries to show for it.
  var foundEl = document.getElementById("found");
  function clearFound() {
    if (!foundEl) return;
    foundEl.textContent = "";
    foundEl.hidden = true;
  }
  function showFound(read, keep) {
    var shown = [];
    foundEl.textContent = "";
    foundEl.appendChild(document.createTextNode("The text mentions: "));
    read.cards.forEach(function (c, i) {
      var item = document.createElement("span"), es = byCode[c.code] || [], text = String(c.code);
      item.className = "card";
      item.setAttribute("data-card", c.card);
      if (c.near) {
        text = "\u201c" + c.near + "\u201d is not a code as written: did you mean " + c.code + "?";
        es = [];
      } else if (!es.length && byPrinted[text]) {
        es = [byPrinted[text]];
        text += ", a typo the documentation printed for " + es[0].num + " (a server never sends " + text + ")";
      } else if (!es.length) {
        var n = c.code;
        text += n === -1 ? " (NotSet: no status set)" : n >= 200 && n <= 599 ? " (an HTTP status)" : inRange(n) ? " (in a documented range, but not in the documented catalogue)" : "";
      } else if (c.how === "message" || c.how === "near-message") {
        text += c.candidates > 1 ? " (close to the text \u201c" + c.quote + "\u201d, one of " + c.candidates + " messages: which one was meant cannot be told)" :
          " (the text says \u201c" + c.quote + "\u201d)";
      }
      item.textContent = text;
      if (i > 0) foundEl.appendChild(document.createTextNode("; "));
      foundEl.appendChild(item);
      es.forEach(function (e) { if (keep(e) && shown.every(function (m) { return m.e !== e; })) shown.push({ e: e, spans: null }); });
    });
    if (read.passed > 0) foundEl.appendChild(document.createTextNode(". " + read.passed + (read.passed === 1 ? " word" : " words") + " passed over."));
    foundEl.hidden = false;
    return shown;
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
      clearFound();
      shown = entries.filter(keep).map(function (e) { return { e: e, spans: null }; });
      list.append.apply(list, original);
      var visible = {};
      shown.forEach(function (m) { visible[m.e.group] = true; });
      heads.forEach(function (h) { h.hidden = !(ctl === "" && st === "" ? true : visible[h.getAttribute("data-group")]); });
    } else {
      var read = pasted(query.trim()) ? readText(query) : null;
      shown = read && read.cards.length ? showFound(read, keep) : search(query, keep);
      if (!read || !read.cards.length) clearFound();
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
