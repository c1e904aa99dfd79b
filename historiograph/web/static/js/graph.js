// The entity graph (Cytoscape.js): entities as nodes sized by their events, shared events as edges labelled
// by event type. Filters (type, period, minimum shared events, one entity's neighbourhood) hide elements
// and lay the rest out again; labels keep one on-screen size (13 px) at every zoom. A click on an edge
// lists its events with their evidence; a click on a node opens its page. No style is injected: Cytoscape
// draws on a canvas, and the page's own CSS styles the rest (the CSP allows no inline style).
(function () {
  "use strict";
  var el = document.getElementById("graph-chart");
  var dataEl = document.getElementById("graph-data");
  if (!el || !dataEl || typeof cytoscape === "undefined") { return; }
  var data = JSON.parse(dataEl.textContent);
  var LABEL_PX = 13, EDGE_LABEL_PX = 11;
  var maxEvents = 1;
  data.nodes.forEach(function (n) { maxEvents = Math.max(maxEvents, n.events); });
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: { id: n.id, name: n.name, kind: n.kind, url: n.url, events: n.events,
                                            y0: n.years.length ? n.years[0] : null, y1: n.years.length ? n.years[1] : null } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "edge" + i, source: e.source, target: e.target, weight: e.weight,
                                            types: e.types.join(", "), index: i } });
  });
  var colours = { person: "#2563b0", org: "#7b3fa0", place: "#1d7a46", work: "#a05a00", norp: "#5c6b73",
                  event: "#b0306a", other: "#666666" };
  var style = [
    { selector: "node", style: { "label": "data(name)", "font-size": LABEL_PX, "color": "#1d232a", "text-valign": "bottom",
      "text-margin-y": 3, "width": "mapData(events, 1, " + Math.max(2, maxEvents) + ", 16, 56)",
      "height": "mapData(events, 1, " + Math.max(2, maxEvents) + ", 16, 56)", "background-color": colours.other,
      "text-wrap": "wrap", "text-max-width": 150, "text-outline-color": "#ffffff", "text-outline-width": 2,
      "min-zoomed-font-size": 0 } },
    { selector: "edge", style: { "width": "mapData(weight, 1, 6, 1.5, 8)", "line-color": "#aab6c2", "curve-style": "straight",
      "opacity": 0.85, "label": "data(types)", "font-size": EDGE_LABEL_PX, "color": "#5f6b76", "text-rotation": "autorotate",
      "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
    { selector: "edge:selected", style: { "line-color": "#f2b600", "color": "#1d232a" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f2b600" } },
    { selector: ".hidden", style: { "display": "none" } },
    { selector: ".focus", style: { "border-width": 3, "border-color": "#1d232a" } }
  ];
  Object.keys(colours).forEach(function (k) {
    style.push({ selector: "node[kind = \"" + k + "\"]", style: { "background-color": colours[k] } });
  });
  var cy = cytoscape({ container: el, elements: elements, style: style, maxZoom: 4, minZoom: 0.05,
                       layout: { name: "preset" } });

  // one on-screen label size at every zoom: the model size is divided by the zoom
  function scaleLabels() {
    var z = cy.zoom(), zs = Math.min(z, 1);  // dots never shrink below their size at zoom 1 either
    var size = "mapData(events, 1, " + Math.max(2, maxEvents) + ", " + (12 / zs) + ", " + (44 / zs) + ")";
    cy.style().selector("node").style({ "font-size": LABEL_PX / z, "text-outline-width": 2 / z,
                                         "text-max-width": 150 / z, "text-margin-y": 3 / z,
                                         "width": size, "height": size })
      .selector("edge").style({ "font-size": EDGE_LABEL_PX / z,
                                "width": "mapData(weight, 1, 6, " + (1.5 / zs) + ", " + (8 / zs) + ")" }).update();
  }

  var form = document.getElementById("graph-filters");
  var shown = document.getElementById("graph-shown");
  function num(name) {
    var v = form && form.elements[name] ? parseInt(form.elements[name].value, 10) : NaN;
    return isNaN(v) ? null : v;
  }
  // how many of a link's events fall in the period: counted over all of them (year_counts), not only
  // the few the page lists
  function inPeriod(edge, from, to) {
    if (from === null && to === null) { return edge.weight; }
    var n = 0;
    Object.keys(edge.year_counts || {}).forEach(function (y) {
      var year = parseInt(y, 10);
      if ((from === null || year >= from) && (to === null || year <= to)) { n += edge.year_counts[y]; }
    });
    return n;
  }
  function apply() {
    var kinds = {};
    if (form) {
      Array.prototype.forEach.call(form.querySelectorAll('input[name="kind"]'), function (c) { kinds[c.value] = c.checked; });
    }
    var from = num("from"), to = num("to"), min = Math.max(1, num("min") || 1);
    var focus = form && form.elements.focus ? form.elements.focus.value : "";
    var isolated = form && form.elements.isolated ? form.elements.isolated.checked : false;
    var period = from !== null || to !== null;
    cy.batch(function () {
      var nodeOk = {};
      cy.nodes().forEach(function (n) {
        var ok = kinds[n.data("kind")] !== false;
        if (ok && period) {
          var y0 = n.data("y0"), y1 = n.data("y1");
          ok = y0 !== null && (to === null || y0 <= to) && (from === null || y1 >= from);
        }
        nodeOk[n.id()] = ok;
      });
      var linked = {};
      cy.edges().forEach(function (e) {
        var n = inPeriod(data.edges[e.data("index")], from, to);
        var ok = nodeOk[e.data("source")] && nodeOk[e.data("target")] && n >= 1 && n >= min;
        if (ok && focus) { ok = e.data("source") === focus || e.data("target") === focus; }
        e.toggleClass("hidden", !ok);
        if (ok) { linked[e.data("source")] = linked[e.data("target")] = true; }
      });
      cy.nodes().forEach(function (n) {
        var ok = nodeOk[n.id()] && (linked[n.id()] || (isolated && !focus) || n.id() === focus);
        n.toggleClass("hidden", !ok);
        n.toggleClass("focus", n.id() === focus);
      });
    });
    var visible = cy.elements().not(".hidden");
    if (shown) {
      shown.textContent = visible.nodes().length + " of " + cy.nodes().length + " entities, " +
        visible.edges().length + " links shown";
    }
    cy.resize();  // the line above may have moved the chart: Cytoscape must know where it now is for clicks
    visible.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: function () { return 900000; },
                     idealEdgeLength: function () { return 140; }, nodeOverlap: 60, componentSpacing: 160,
                     gravity: 0.6, padding: 30, numIter: 1500, fit: true }).run();
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(visible); }
    scaleLabels();
    el.setAttribute("data-visible", String(visible.nodes().length));
  }

  var detail = document.getElementById("graph-detail");
  function text(tag, cls, value) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (value !== undefined) { e.textContent = value; }
    return e;
  }
  function link(href, value, cls) {
    var a = text("a", cls, value);
    a.href = href;
    return a;
  }
  function showEdge(index) {
    var e = data.edges[index];
    if (!detail || !e) { return; }
    detail.textContent = "";
    var h = text("h2", "", "");
    h.appendChild(link(e.source_url, e.source_name));
    h.appendChild(document.createTextNode(" — "));
    h.appendChild(link(e.target_url, e.target_name));
    detail.appendChild(h);
    detail.appendChild(text("p", "sub", e.weight + " shared event" + (e.weight === 1 ? "" : "s") + ": " + e.types.join(", ")));
    var list = text("ul", "edge-events");
    e.events.forEach(function (ev) {
      var li = text("li", "edge-event cert-" + ev.certainty);
      var head = text("div", "tl-head");
      head.appendChild(link(ev.url, ev.date_label, "tl-date"));
      if (ev.inferred) { head.appendChild(text("span", "tl-inferred", "from the narrative")); }
      head.appendChild(text("span", "badge type", ev.type));
      li.appendChild(head);
      li.appendChild(text("div", "tl-summary", ev.headline));
      ev.evidence.forEach(function (s) {
        var a = link(s.url, "", "evidence");
        a.appendChild(text("span", "ev-doc", s.key));
        a.appendChild(document.createTextNode(" "));
        a.appendChild(text("q", "", s.text));
        li.appendChild(a);
      });
      list.appendChild(li);
    });
    detail.appendChild(list);
    detail.classList.add("shown");
  }

  cy.on("tap", "node", function (ev) { window.location.href = ev.target.data("url"); });
  cy.on("tap", "edge", function (ev) { showEdge(ev.target.data("index")); });
  cy.on("mouseover", "node, edge", function () { el.classList.add("pointing"); });
  cy.on("mouseout", "node, edge", function () { el.classList.remove("pointing"); });
  cy.on("zoom", scaleLabels);
  if (form) {
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });
    var fit = document.getElementById("graph-fit");
    if (fit) { fit.addEventListener("click", function () { cy.fit(cy.elements().not(".hidden"), 30); }); }
  }
  apply();
  window.historiographGraph = cy;  // for the browser tests and the console
  el.setAttribute("data-ready", "1");
})();
