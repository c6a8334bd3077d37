/* kg graph page: vis-network view, tooltips, side panel, search and type filters.
   Article text only ever reaches the DOM through textContent: nothing from the data
   is parsed as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = getComputedStyle(document.documentElement).getPropertyValue("--kg-font").trim() || "sans-serif";
  var TYPE_NAMES = {PERSON: "شخص · person", ORG: "منظمة · organisation", GPE: "دولة أو مدينة · country/city",
    LOC: "مكان · place", MISC: "أخرى · other", EVENT: "حدث · event"};

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
  // Case- and diacritic-insensitive key: NFKD splits hamza/madda carriers (أ إ آ -> ا),
  // then harakat, tatweel and invisible marks go; ى -> ي, ة -> ه.
  function fold(s) {
    return String(s || "").normalize("NFKD")
      .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g, "")
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

  var byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; });

  function nodeRows(n, long) {
    var pairs = [["English", n.label_en], ["type", n.type === "EVENT" && n.event_type ? "EVENT · " + n.event_type : n.type],
      ["aliases", long ? split(n.aliases).join("، ") : shortList(n.aliases, 6)],
      ["documents", long ? split(n.docs).join("، ") : shortList(n.docs, 6)], ["mentions", n.mentions]];
    if (n.type === "EVENT") {
      pairs.push(["trigger", n.trigger], ["date", n.date], ["modality", n.modality],
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
    return (a ? a.label : e.from) + " ← " + e.relation + " → " + (b ? b.label : e.to);
  }
  function edgeTip(e) {
    var d = el("div", "kg-tip");
    d.dir = "auto";
    d.appendChild(el("div", "kg-tip-title", edgeTitle(e)));
    d.appendChild(rows([["role", [e.role, e.role_en].filter(Boolean).join(" · ")],
      ["evidence", e.evidence, "kg-evidence"], ["documents", shortList(e.docs, 6)]]));
    return d;
  }

  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var c = n.colour;
    return {
      id: n.id, label: (n.type === "EVENT" && n.trigger) ? n.trigger : (n.label || n.id), x: n.x, y: n.y, size: n.size, kgType: n.type,
      shape: n.type === "EVENT" ? "diamond" : "dot", title: nodeTip(n),
      color: {background: c, border: "#333333", highlight: {background: c, border: "#000000"},
        hover: {background: c, border: "#000000"}}
    };
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, title: edgeTip(e),
      width: 1 + Math.log2(Math.max(1, Number(e.weight) || 1))};
  }));

  var container = document.getElementById("kg-network");
  var big = DATA.nodes.length > 500;
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    autoResize: true,
    layout: {randomSeed: 42, improvedLayout: false},
    physics: {enabled: false, stabilization: {enabled: false}},
    interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, navigationButtons: false, keyboard: false},
    nodes: {borderWidth: 1, font: {face: FONT, size: 14, color: "#222222", strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {smooth: false, color: {color: "#9a9a9a", highlight: "#333333", hover: "#555555"},
      arrows: {to: {enabled: true, scaleFactor: 0.5}}}
  });

  // Side panel: relation, role, evidence and documents of an edge; details of a node.
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
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    openPanel(edgeTitle(e), [rows([["relation", e.relation], ["role", e.role], ["role (English)", e.role_en],
      ["evidence", e.evidence, "kg-evidence"], ["documents", split(e.docs).join("، ")],
      ["weight", e.weight], ["confidence", e.confidence]])]);
  }
  function showNode(id) {
    var n = byId[id];
    if (!n) return;
    var parts = [rows(nodeRows(n, true))];
    var links = network.getConnectedEdges(id).map(function (eid) { return edgeById[eid]; }).filter(Boolean);
    if (links.length) {
      parts.push(el("h2", null, "relations"));
      var ul = el("ul", "kg-links");
      links.slice(0, 200).forEach(function (e) {
        var other = byId[e.from === id ? e.to : e.from];
        var li = el("li", null, (e.from === id ? "→ " : "← ") + e.relation + (e.role ? " (" + e.role + ")" : "") +
          ": " + (other ? other.label : ""));
        li.dir = "auto";
        li.addEventListener("click", function () { network.selectEdges([e.id]); showEdge(e.id); });
        ul.appendChild(li);
      });
      parts.push(ul);
    }
    openPanel(n.label || n.id, parts);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else panel.hidden = true;
  });

  // Type filters and legend.
  var hiddenTypes = {};
  var legend = document.getElementById("kg-legend-items");
  DATA.types.forEach(function (t) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t.type;
    box.addEventListener("change", function () {
      hiddenTypes[t.type] = !box.checked;
      nodes.update(DATA.nodes.filter(function (n) { return n.type === t.type; })
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
    });
    var sw = el("span", "kg-swatch" + (t.type === "EVENT" ? " kg-diamond" : ""));
    sw.style.background = t.colour;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", null, (TYPE_NAMES[t.type] || t.type) + " (" + t.count + ")"));
    legend.appendChild(label);
  });

  // Search by label, alias or English label.
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
    if (hiddenTypes[n.type]) {
      var box = legend.querySelector("input[data-type='" + n.type + "']");
      if (box) { box.checked = true; box.dispatchEvent(new Event("change")); }
    }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: {duration: 300, easingFunction: "easeInOutQuad"}});
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

  network.once("afterDrawing", function () { document.body.dataset.ready = "1"; });
  window.kg = {network: network, nodes: nodes, edges: edges, search: search, focusNode: focusNode,
    showNode: showNode, showEdge: showEdge};
}());
