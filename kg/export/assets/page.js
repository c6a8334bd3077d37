/* kg graph page: vis-network view with its own label placement, hover highlight,
   side panel, search, filters (type, link kind, document, date range) and a timeline.
   Article text only ever reaches the DOM through textContent (or a canvas fillText):
   nothing from the data is parsed as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var DOCS = DATA.documents || {};
  var CO = "co_mentioned";
  var FONT = getComputedStyle(document.documentElement).getPropertyValue("--kg-font").trim() || "sans-serif";
  var TYPE_NAMES = {PERSON: "شخص · person", ORG: "منظمة · organisation", GPE: "دولة أو مدينة · country/city",
    LOC: "مكان · place", MISC: "أخرى · other", EVENT: "حدث · event"};
  var EVENT_ROLES = {agent: 1, target: 1, location: 1};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function split(v) { return String(v || "").split("|").filter(function (s) { return s !== ""; }); }
  function shortList(v, n) {
    var items = split(v);
    var head = items.slice(0, n).join("، ");
    return items.length > n ? head + " … (+" + (items.length - n) + ")" : head;
  }
  // Search key: NFKD splits hamza and madda carriers (أ إ آ ؤ ئ -> ا و ي), then harakat,
  // tatweel, a lone hamza and invisible marks go; ى -> ي, ة -> ه; case and dashes too.
  function fold(s) {
    return String(s || "").normalize("NFKD")
      .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0621\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g, "")
      .replace(/\u0671/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .toLowerCase().replace(/[\s\-_]+/g, " ").trim();
  }
  function rows(pairs) {
    var dl = el("dl", "kg-rows");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      dl.appendChild(el("dt", null, p[0]));
      var dd = el("dd", p[2] || null, p[1]);
      dd.dir = "auto";
      dl.appendChild(dd);
    });
    return dl;
  }

  // ---- data -------------------------------------------------------------------------
  var byId = {}, edgeById = {}, links = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; links[n.id] = []; });
  DATA.edges.forEach(function (e) {
    if (e.sentence !== undefined) e.evidence = DATA.sentences[e.sentence];
    edgeById[e.id] = e;
    if (links[e.from]) links[e.from].push(e);
    if (links[e.to] && e.to !== e.from) links[e.to].push(e);
  });
  function other(e, id) { return byId[e.from === id ? e.to : e.from]; }
  function docLine(d) {
    var about = DOCS[d] ? [DOCS[d][0], DOCS[d][1]].filter(Boolean).join(" · ") : "";
    return about ? d + " — " + about : d;
  }
  // A node's time span as [first, last] ISO strings (months and ranges widened), or null.
  function bounds(s) {
    if (!s) return null;
    var parts = String(s).split("/");
    var a = parts[0], b = parts[1] || parts[0];
    if (!/^\d{4}-\d{2}/.test(a) || !/^\d{4}-\d{2}/.test(b)) return null;
    return [a.length === 7 ? a + "-01" : a, b.length === 7 ? b + "-31" : b];
  }
  function span(n) {
    if (n.type === "EVENT" && bounds(n.date_iso)) return bounds(n.date_iso);
    var a = bounds(n.first_seen), b = bounds(n.last_seen || n.first_seen);
    return a && b ? [a[0], b[1]] : null;
  }
  function when(n) { return n.date_iso || (n.first_seen ? n.first_seen : "") || n.date || ""; }
  DATA.nodes.forEach(function (n) {
    n.span = span(n);
    n.linked = links[n.id].length > 0;
    n.docSet = {};
    split(n.docs).forEach(function (d) { n.docSet[d] = true; });
    n.parts = n.type === "EVENT" ? links[n.id].filter(function (e) { return EVENT_ROLES[e.relation]; })
      .map(function (e) { return e.from === n.id ? e.to : e.from; }) : [];
  });
  // Entities with links, most important first: the "shown" slider walks this order.
  var ranked = DATA.nodes.filter(function (n) { return n.type !== "EVENT" && n.linked; })
    .sort(function (a, b) { return a.rank - b.rank; });
  ranked.forEach(function (n, i) { n.order = i; });
  var coreCount = ranked.filter(function (n) { return n.core; }).length || ranked.length;

  // ---- tooltips and panel ----------------------------------------------------------
  // A date range read left to right inside the right-to-left page (an isolate: in Arabic
  // text "2015-07-20 → 2015-08-11" would show its two dates swapped).
  function dayRange(from, to) { return "\u2066" + from + " → " + to + "\u2069"; }
  function nodeRows(n, long) {
    var pairs = [["English", n.label_en], ["type", n.type === "EVENT" && n.event_type ? "EVENT · " + n.event_type : n.type],
      ["aliases", long ? split(n.aliases).join("، ") : shortList(n.aliases, 6)],
      ["seen", n.span ? (n.span[0] === n.span[1] ? n.span[0] : dayRange(n.span[0], n.span[1])) : ""],
      ["documents", long ? "" : shortList(n.docs, 6)], ["mentions", n.mentions]];
    if (n.type === "EVENT") {
      pairs.push(["trigger", n.trigger], ["date", [n.date_iso, n.date].filter(Boolean).join(" · ")], ["modality", n.modality],
        ["PLOVER / CAMEO", [n.plover, n.cameo].filter(Boolean).join(" / ")],
        ["confidence", n.confidence], ["evidence", n.evidence, "kg-evidence"]);
    } else if (n.iso) {
      pairs.push(["ISO", n.iso]);
    }
    return pairs;
  }
  function nodeTip(n) {
    var d = el("div", "kg-tip");
    d.dir = "auto";
    d.appendChild(el("div", "kg-tip-title", n.label || n.id));
    d.appendChild(rows(nodeRows(n, false)));
    return d;
  }
  function edgeTitle(e) {
    var a = byId[e.from], b = byId[e.to];
    var rel = e.relation === CO ? "ذكر مشترك · co-mentioned" : e.relation;
    return (a ? a.label : e.from) + (e.relation === CO ? " — " + rel + " — " : " ← " + rel + " → ") + (b ? b.label : e.to);
  }
  function edgeTip(e) {
    var d = el("div", "kg-tip");
    d.dir = "auto";
    d.appendChild(el("div", "kg-tip-title", edgeTitle(e)));
    d.appendChild(rows([["role", [e.role, e.role_en].filter(Boolean).join(" · ")],
      ["evidence", e.evidence, "kg-evidence"], ["documents", shortList(e.docs, 6)]]));
    return d;
  }
  var panel = document.getElementById("kg-panel");
  var panelBody = document.getElementById("kg-panel-body");
  document.getElementById("kg-panel-close").addEventListener("click", function () { panel.hidden = true; });
  function openPanel(heading, content) {
    panelBody.textContent = "";
    var h = el("h2", null, heading);
    h.dir = "auto";
    panelBody.appendChild(h);
    content.forEach(function (c) { panelBody.appendChild(c); });
    panel.hidden = false;
  }
  function docList(v, n) {
    var ul = el("ul", "kg-links kg-docs");
    split(v).slice(0, n).forEach(function (d) {
      var li = el("li", null, docLine(d));
      li.dir = "auto";
      li.addEventListener("click", function () { setDoc(d); });
      ul.appendChild(li);
    });
    return ul;
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    openPanel(edgeTitle(e), [rows([["relation", e.relation], ["role", e.role], ["role (English)", e.role_en],
      ["evidence", e.evidence, "kg-evidence"], [e.relation === CO ? "sentences" : "weight", e.weight],
      ["log-likelihood ratio", e.llr], ["confidence", e.confidence]]), el("h2", null, "الوثائق · documents"),
      docList(e.docs, 50)]);
  }
  function heading(text) { return el("h2", null, text); }
  function linkItem(text, onClick) {
    var li = el("li", null, text);
    li.dir = "rtl";
    li.addEventListener("click", onClick);
    return li;
  }
  function eventItem(ev) {
    var li = el("li");
    li.dir = "auto";
    li.appendChild(el("span", "kg-when", when(ev) || "—"));
    li.appendChild(el("span", null, ev.label || ev.trigger || ev.id));
    if (ev.evidence) li.appendChild(el("div", "kg-evidence", ev.evidence));
    split(ev.docs).slice(0, 5).forEach(function (d) { li.appendChild(el("span", "kg-src", docLine(d))); });
    li.addEventListener("click", function () { focusNode(ev.id); });
    return li;
  }
  function showNode(id) {
    var n = byId[id];
    if (!n) return;
    var mine = links[id];
    var parts = [];
    var roles = {};
    mine.forEach(function (e) {
      var r = [e.role, e.role_en].filter(Boolean).join(" · ");
      if (r && e.from === id) roles[r] = true;
    });
    var pairs = nodeRows(n, true);
    pairs.splice(2, 0, ["role", Object.keys(roles).join("، ")]);
    parts.push(rows(pairs));
    var events = mine.filter(function (e) { return EVENT_ROLES[e.relation] && other(e, id) && other(e, id).type === "EVENT"; })
      .map(function (e) { return other(e, id); });
    if (n.type !== "EVENT" && events.length) {
      events.sort(function (a, b) { var x = when(a), y = when(b); return x < y ? -1 : x > y ? 1 : 0; });
      parts.push(heading("الأحداث · events (" + events.length + ")"));
      var ev = el("ul", "kg-events");
      events.slice(0, 100).forEach(function (e) { ev.appendChild(eventItem(e)); });
      parts.push(ev);
    }
    var typed = mine.filter(function (e) { return e.relation !== CO && !(n.type !== "EVENT" && events.indexOf(other(e, id)) >= 0); });
    if (typed.length) {
      parts.push(heading(n.type === "EVENT" ? "المشاركون · participants" : "العلاقات · relations"));
      var ul = el("ul", "kg-links");
      typed.slice(0, 200).forEach(function (e) {
        var o = other(e, id);
        ul.appendChild(linkItem((e.from === id ? "→ " : "← ") + e.relation + (e.role ? " (" + e.role + ")" : "") +
          ": " + (o ? o.label : ""), function () { network.selectEdges([e.id]); showEdge(e.id); }));
      });
      parts.push(ul);
    }
    var co = mine.filter(function (e) { return e.relation === CO; })
      .sort(function (a, b) { return (Number(b.llr) || 0) - (Number(a.llr) || 0); });
    if (co.length) {
      parts.push(heading("يُذكر مع · strongest co-mentions"));
      var cl = el("ul", "kg-links");
      co.slice(0, 10).forEach(function (e) {
        var o = other(e, id);
        cl.appendChild(linkItem((o ? o.label : "") + " — " + e.weight + "×", function () { showEdge(e.id); }));
      });
      parts.push(cl);
    }
    if (n.docs) {
      parts.push(heading("الوثائق · documents (" + split(n.docs).length + ")"));
      parts.push(docList(n.docs, 30));
    }
    openPanel(n.label || n.id, parts);
  }

  // ---- network ---------------------------------------------------------------------
  // Circles at 60 % of the exported size: the first view's nodes sit about 120 px
  // apart, and labels need the room between them.
  function radius(n) { return 0.6 * n.size; }
  function visNode(n) {
    var c = n.colour;
    return {
      id: n.id, x: n.x, y: n.y, size: radius(n), shape: n.type === "EVENT" ? "diamond" : "dot", title: nodeTip(n),
      hidden: true, color: {background: c, border: "#333333", highlight: {background: c, border: "#000000"},
        hover: {background: c, border: "#000000"}}
    };
  }
  function visEdge(e) {
    var co = e.relation === CO;
    return {id: e.id, from: e.from, to: e.to, title: edgeTip(e), hidden: true,
      width: co ? 1 : 1 + Math.log2(Math.max(1, Number(e.weight) || 1)),
      color: co ? {color: "rgba(110,110,110,0.16)", highlight: "rgba(60,60,60,0.8)", hover: "rgba(60,60,60,0.6)"}
        : {color: "#8a8a8a", highlight: "#333333", hover: "#555555"},
      arrows: {to: {enabled: !co, scaleFactor: 0.5}}};
  }
  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    autoResize: true,
    layout: {randomSeed: 42, improvedLayout: false},
    physics: {enabled: false, stabilization: {enabled: false}},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: DATA.edges.length > 3000, navigationButtons: false,
      keyboard: false},
    nodes: {borderWidth: 1},
    edges: {smooth: false}
  });

  // ---- filters ---------------------------------------------------------------------
  var state = {shown: coreCount, types: {}, typed: true, co: true, doc: "", from: "", to: "", isolated: false, forced: {}};
  var visible = {};
  function inTime(n) {
    if (!state.from && !state.to) return true;
    if (!n.span) return false;
    return (!state.to || n.span[0] <= state.to) && (!state.from || n.span[1] >= state.from);
  }
  function entityOn(n) {
    if (state.forced[n.id]) return true;
    if (state.types[n.type] === false || !inTime(n)) return false;
    if (!n.linked && !state.isolated) return false;
    if (state.doc) return !!n.docSet[state.doc];
    return n.linked ? n.order < state.shown : true;
  }
  function apply() {
    var next = {};
    DATA.nodes.forEach(function (n) { if (n.type !== "EVENT" && entityOn(n)) next[n.id] = true; });
    DATA.nodes.forEach(function (n) {
      if (n.type !== "EVENT") return;
      var on = state.forced[n.id] || (state.types.EVENT !== false && inTime(n) && (!state.doc || n.docSet[state.doc]) &&
        n.parts.length > 0 && n.parts.every(function (p) { return next[p]; }));
      if (on) next[n.id] = true;
    });
    var nodeChanges = [];
    DATA.nodes.forEach(function (n) {
      if (!!next[n.id] !== !!visible[n.id]) nodeChanges.push({id: n.id, hidden: !next[n.id]});
    });
    visible = next;
    var edgeChanges = DATA.edges.map(function (e) {
      var kind = e.relation === CO ? state.co : state.typed;
      return {id: e.id, hidden: !(kind && visible[e.from] && visible[e.to])};
    });
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
    var count = Object.keys(visible).length;
    document.getElementById("kg-count").textContent = count + " of " + DATA.nodes.length + " nodes shown";
    drawTimeline();
  }
  function visibleIds() { return Object.keys(visible); }
  function fit() { network.fit({nodes: visibleIds(), animation: false}); }

  var legend = document.getElementById("kg-legend-items");
  DATA.types.forEach(function (t) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t.type;
    box.addEventListener("change", function () {
      state.types[t.type] = box.checked;
      if (!box.checked) DATA.nodes.forEach(function (n) { if (n.type === t.type) delete state.forced[n.id]; });
      apply();
    });
    var sw = el("span", "kg-swatch" + (t.type === "EVENT" ? " kg-diamond" : ""));
    sw.style.background = t.colour;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", null, (TYPE_NAMES[t.type] || t.type) + " (" + t.count + ")"));
    legend.appendChild(label);
  });
  function onCheck(id, key) {
    var box = document.getElementById(id);
    box.addEventListener("change", function () { state[key] = box.checked; apply(); });
  }
  onCheck("kg-typed", "typed");
  onCheck("kg-co", "co");
  onCheck("kg-isolated", "isolated");
  var shown = document.getElementById("kg-shown");
  var shownLabel = document.getElementById("kg-shown-label");
  shown.min = String(Math.min(ranked.length, 10) || 1);
  shown.max = String(Math.max(ranked.length, 1));
  shown.value = String(coreCount);
  function shownText() { shownLabel.textContent = "الأهم · most important: " + state.shown + " / " + ranked.length; }
  shownText();
  shown.addEventListener("input", function () { state.shown = Number(shown.value); shownText(); apply(); });
  var docSelect = document.getElementById("kg-doc");
  Object.keys(DOCS).sort(function (a, b) {
    var x = DOCS[a][1] || "", y = DOCS[b][1] || "";
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  }).forEach(function (d) {
    var o = el("option", null, docLine(d));
    o.value = d;
    docSelect.appendChild(o);
  });
  function setDoc(d) {
    state.doc = d;
    docSelect.value = d;
    apply();
    fit();
  }
  docSelect.addEventListener("change", function () { setDoc(docSelect.value); });
  document.getElementById("kg-fit").addEventListener("click", fit);

  // ---- timeline --------------------------------------------------------------------
  var days = {};
  DATA.nodes.forEach(function (n) { if (n.span) { days[n.span[0]] = true; days[n.span[1]] = true; } });
  days = Object.keys(days).sort();
  var timeBox = document.getElementById("kg-time");
  var strip = document.getElementById("kg-timeline");
  var fromIn = document.getElementById("kg-from"), toIn = document.getElementById("kg-to");
  function rangeText() {
    document.getElementById("kg-time-range").textContent = dayRange(state.from || days[0], state.to || days[days.length - 1]);
  }
  function dayIndex(d) {
    var i = days.indexOf(d);
    return i < 0 ? 0 : i;
  }
  function drawTimeline() {
    if (!days.length) return;
    var w = strip.clientWidth || 600, h = 44, pr = window.devicePixelRatio || 1;
    strip.width = Math.round(w * pr);
    strip.height = Math.round(h * pr);
    var ctx = strip.getContext("2d");
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    var lo = Date.parse(days[0]), hi = Date.parse(days[days.length - 1]);
    var x = function (d) { return hi > lo ? 4 + (w - 8) * (Date.parse(d) - lo) / (hi - lo) : w / 2; };
    if (state.from || state.to) {
      ctx.fillStyle = "rgba(213,94,0,0.10)";
      var a = x(state.from || days[0]), b = x(state.to || days[days.length - 1]);
      ctx.fillRect(a, 0, Math.max(2, b - a), h);
    }
    var counts = {}, top = 1;
    DATA.nodes.forEach(function (n) {
      if (n.type === "EVENT" && n.span) { counts[n.span[0]] = (counts[n.span[0]] || 0) + 1; top = Math.max(top, counts[n.span[0]]); }
    });
    Object.keys(counts).forEach(function (d) {
      var on = DATA.nodes.some(function (n) { return n.type === "EVENT" && n.span && n.span[0] === d && visible[n.id]; });
      ctx.fillStyle = on ? "#D55E00" : "#d9b8a0";
      var bh = 6 + (h - 16) * counts[d] / top;
      ctx.fillRect(x(d) - 2, h - 4 - bh, 4, bh);
    });
    ctx.fillStyle = "#999";
    ctx.fillRect(0, h - 3, w, 1);
  }
  function setRange(from, to) {
    var full = from <= days[0] && to >= days[days.length - 1];
    state.from = full ? "" : from;
    state.to = full ? "" : to;
    fromIn.value = String(dayIndex(from));
    toIn.value = String(dayIndex(to));
    rangeText();
    apply();
  }
  if (days.length) {
    timeBox.hidden = false;
    fromIn.max = toIn.max = String(days.length - 1);
    fromIn.value = "0";
    toIn.value = String(days.length - 1);
    rangeText();
    fromIn.addEventListener("input", function () {
      if (Number(fromIn.value) > Number(toIn.value)) toIn.value = fromIn.value;
      setRange(days[Number(fromIn.value)], days[Number(toIn.value)]);
    });
    toIn.addEventListener("input", function () {
      if (Number(toIn.value) < Number(fromIn.value)) fromIn.value = toIn.value;
      setRange(days[Number(fromIn.value)], days[Number(toIn.value)]);
    });
    document.getElementById("kg-time-reset").addEventListener("click", function () { setRange(days[0], days[days.length - 1]); });
    strip.addEventListener("click", function (ev) {  // a click picks the nearest day with events
      var r = strip.getBoundingClientRect(), lo = Date.parse(days[0]), hi = Date.parse(days[days.length - 1]);
      var t = lo + (hi - lo) * (ev.clientX - r.left - 4) / Math.max(1, r.width - 8);
      var best = days[0];
      days.forEach(function (d) { if (Math.abs(Date.parse(d) - t) < Math.abs(Date.parse(best) - t)) best = d; });
      setRange(best, best);
    });
  }

  // ---- labels: drawn by the page, never two overlapping, more as one zooms in --------
  var LEADING = 40;  // nodes whose label may cover another node's circle
  var widths = {};
  var placed = [];
  var hover = null;
  function labelOf(n) { return n.type === "EVENT" ? (n.trigger || n.label || n.id) : (n.label || n.id); }
  function fontSize(n) { return Math.round(12 + Math.min(5, Math.max(0, (n.size - 10) / 5))); }
  function measure(ctx, text, fs) {
    var k = fs + "|" + text;
    if (widths[k] === undefined) {
      ctx.font = fs + "px " + FONT;
      widths[k] = ctx.measureText(text).width;
    }
    return widths[k];
  }
  function overlaps(b, grid, self, labelsOnly) {
    var cells = gridCells(b), i, j, list;
    for (i = 0; i < cells.length; i++) {
      list = grid[cells[i]];
      if (!list) continue;
      for (j = 0; j < list.length; j++) {
        var o = list[j];
        if (!o.label && (labelsOnly || o.id === self)) continue;
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return true;
      }
    }
    return false;
  }
  function gridCells(b) {
    var out = [];
    for (var gx = Math.floor(b.x / 100); gx <= Math.floor((b.x + b.w) / 100); gx++) {
      for (var gy = Math.floor(b.y / 40); gy <= Math.floor((b.y + b.h) / 40); gy++) out.push(gx + ":" + gy);
    }
    return out;
  }
  // Greedy placement, most important node first: a label goes below, above, beside its
  // node, wherever it meets neither a placed label nor another node's circle.
  function placeLabels(ctx, ids, pos, scale, width, height, emphasise) {
    var grid = {};
    var out = [];
    var inView = [];
    ids.forEach(function (id) {
      var p = pos[id];
      if (!p) return;
      var d = network.canvasToDOM(p);
      if (d.x < -50 || d.y < -50 || d.x > width + 50 || d.y > height + 50) return;
      var r = Math.max(3, radius(byId[id]) * scale);
      var o = {id: id, x: d.x - r, y: d.y - r, w: 2 * r, h: 2 * r, d: d, r: r};
      gridCells(o).forEach(function (c) { (grid[c] = grid[c] || []).push(o); });
      inView.push(o);
    });
    // Leading nodes may cover another circle (their halo keeps them readable) rather
    // than go unlabelled; labels never cover labels.
    inView.forEach(function (o, rank) {
      var n = byId[o.id], d = o.d, r = o.r;
      var text = labelOf(n), fs = fontSize(n) + (emphasise ? 1 : 0);
      var w = measure(ctx, text, fs) + 4, h = fs * 1.3;
      var spots = [[d.x - w / 2, d.y + r + 1], [d.x - w / 2, d.y - r - 1 - h], [d.x + r + 3, d.y - h / 2], [d.x - r - 3 - w, d.y - h / 2]];
      var tries = rank < LEADING ? 2 : 1;
      for (var t = 0; t < tries * spots.length; t++) {
        var i = t % spots.length;
        var b = {id: o.id, x: spots[i][0], y: spots[i][1], w: w, h: h, text: text, fs: fs, label: true};
        if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height || overlaps(b, grid, o.id, t >= spots.length)) continue;
        gridCells(b).forEach(function (c) { (grid[c] = grid[c] || []).push(b); });
        out.push(b);
        break;
      }
    });
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    out.forEach(function (b) {
      ctx.font = (emphasise && b.id === hover ? "bold " : "") + b.fs + "px " + FONT;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(b.text, b.x + b.w / 2, b.y + 1);
      ctx.fillStyle = "#1a1a1a";
      ctx.fillText(b.text, b.x + b.w / 2, b.y + 1);
    });
    return out;
  }
  function priority(a, b) {
    if (a === hover) return -1;
    if (b === hover) return 1;
    var x = byId[a], y = byId[b];
    return (y.size - x.size) || (x.rank - y.rank);
  }
  function drawHighlight(ctx, pos, nbrs) {
    var scale = network.getScale();
    ctx.fillStyle = "rgba(255,255,255,0.78)";
    var w = container.clientWidth, h = container.clientHeight;
    ctx.fillRect(0, 0, w, h);
    var c = network.canvasToDOM(pos[hover]);
    ctx.lineWidth = 1.5;
    links[hover].forEach(function (e) {
      var o = e.from === hover ? e.to : e.from;
      if (!visible[o] || !pos[o] || edges.get(e.id).hidden) return;
      var d = network.canvasToDOM(pos[o]);
      ctx.strokeStyle = e.relation === CO ? "rgba(90,90,90,0.45)" : "#444";
      ctx.beginPath();
      ctx.moveTo(c.x, c.y);
      ctx.lineTo(d.x, d.y);
      ctx.stroke();
    });
    nbrs.forEach(function (id) {
      var n = byId[id], d = network.canvasToDOM(pos[id]), r = Math.max(3, radius(n) * scale);
      ctx.fillStyle = n.colour;
      ctx.strokeStyle = "#000";
      ctx.lineWidth = id === hover ? 2 : 1;
      ctx.beginPath();
      if (n.type === "EVENT") {
        ctx.moveTo(d.x, d.y - r); ctx.lineTo(d.x + r, d.y); ctx.lineTo(d.x, d.y + r); ctx.lineTo(d.x - r, d.y); ctx.closePath();
      } else {
        ctx.arc(d.x, d.y, r, 0, 2 * Math.PI);
      }
      ctx.fill();
      ctx.stroke();
    });
  }
  network.on("afterDrawing", function (ctx) {
    var pr = window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    var ids = visibleIds();
    var pos = network.getPositions(ids);
    var width = container.clientWidth, height = container.clientHeight, scale = network.getScale();
    if (hover && visible[hover]) {
      var nbrs = [hover];
      links[hover].forEach(function (e) {
        var o = e.from === hover ? e.to : e.from;
        if (visible[o] && !edges.get(e.id).hidden && nbrs.indexOf(o) < 0) nbrs.push(o);
      });
      drawHighlight(ctx, pos, nbrs);
      placed = placeLabels(ctx, nbrs.sort(priority), pos, scale, width, height, true);
    } else {
      placed = placeLabels(ctx, ids.sort(priority), pos, scale, width, height, false);
    }
    ctx.restore();
  });
  network.on("hoverNode", function (p) { hover = p.node; network.redraw(); });
  network.on("blurNode", function () { hover = null; network.redraw(); });
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else panel.hidden = true;
  });

  // ---- search (every node, shown or not) -------------------------------------------
  var index = DATA.nodes.map(function (n) {
    return {id: n.id, keys: [n.label].concat(split(n.aliases), [n.label_en]).filter(Boolean).map(fold),
      mentions: Number(n.mentions) || 0};
  });
  function search(q) {
    var f = fold(q);
    if (!f) return [];
    var hits = [];
    index.forEach(function (r) {
      var best = -1;
      r.keys.forEach(function (k) {
        var s = k === f ? 3 : k.indexOf(f) === 0 ? 2 : k.indexOf(f) >= 0 ? 1 : -1;
        if (s > best) best = s;
      });
      if (best >= 0) hits.push({id: r.id, score: best, mentions: r.mentions});
    });
    hits.sort(function (a, b) {
      return b.score - a.score || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return hits.map(function (h) { return h.id; });
  }
  function focusNode(id) {
    var n = byId[id];
    if (!n) return;
    if (state.types[n.type] === false) {
      var box = legend.querySelector("input[data-type='" + n.type + "']");
      if (box) { box.checked = true; state.types[n.type] = true; }
    }
    if (!visible[id]) { state.forced[id] = true; apply(); }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: false});
    showNode(id);
  }
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  function renderResults() {
    results.textContent = "";
    search(input.value).slice(0, 12).forEach(function (id, i) {
      var n = byId[id];
      var li = el("li", i === 0 ? "kg-active" : null, n.label || n.id);
      li.dir = "auto";
      if (n.label_en) li.appendChild(el("span", "kg-sub", n.label_en));
      if (!visible[id]) li.appendChild(el("span", "kg-sub", "(hidden)"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); results.textContent = ""; focusNode(id); });
      results.appendChild(li);
    });
  }
  input.addEventListener("input", renderResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hit = search(input.value)[0];
      results.textContent = "";
      if (hit !== undefined) focusNode(hit);
    } else if (ev.key === "Escape") {
      results.textContent = "";
    }
  });
  input.addEventListener("blur", function () { results.textContent = ""; });

  apply();
  fit();
  window.addEventListener("resize", drawTimeline);
  network.once("afterDrawing", function () {
    window.kg.firstRenderMs = performance.now();
    document.body.dataset.ready = "1";
  });
  window.kg = {network: network, nodes: nodes, edges: edges, search: search, focusNode: focusNode, fold: fold,
    showNode: showNode, showEdge: showEdge, apply: apply, state: state, setDoc: setDoc, setRange: setRange, fit: fit,
    labels: function () { return placed.map(function (b) { return {id: b.id, x: b.x, y: b.y, w: b.w, h: b.h, text: b.text}; }); },
    visible: visibleIds};
}());
