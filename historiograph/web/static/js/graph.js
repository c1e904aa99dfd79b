// The entity graph (Cytoscape.js): entities as nodes, shared events as edges; a click opens the page.
(function () {
  "use strict";
  var el = document.getElementById("graph-chart");
  var dataEl = document.getElementById("graph-data");
  if (!el || !dataEl || typeof cytoscape === "undefined") { return; }
  var data = JSON.parse(dataEl.textContent);
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, name: n.name, kind: n.kind, url: n.url, events: n.events } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "edge" + i, source: e.source, target: e.target, weight: e.weight } });
  });
  var colours = { person: "#2563b0", org: "#7b3fa0", place: "#1d7a46", work: "#a05a00", norp: "#5c6b73",
                  event: "#b0306a", other: "#666666" };
  var style = [
    { selector: "node", style: { "label": "data(name)", "font-size": 11, "color": "#222", "text-valign": "bottom",
      "text-margin-y": 3, "width": "mapData(events, 1, 12, 14, 40)", "height": "mapData(events, 1, 12, 14, 40)",
      "background-color": colours.other, "text-wrap": "wrap", "text-max-width": 120 } },
    { selector: "edge", style: { "width": "mapData(weight, 1, 6, 1, 7)", "line-color": "#b9c2cc", "curve-style": "haystack",
      "opacity": 0.8 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f2b600" } }
  ];
  Object.keys(colours).forEach(function (k) {
    style.push({ selector: "node[kind = \"" + k + "\"]", style: { "background-color": colours[k] } });
  });
  var cy = cytoscape({ container: el, elements: elements, style: style, maxZoom: 2.5,
                       minZoom: 0.2, layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 400000,
                       idealEdgeLength: 110, nodeOverlap: 40, componentSpacing: 120, padding: 40 } });
  if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
  cy.on("tap", "node", function (ev) { window.location.href = ev.target.data("url"); });
  cy.on("mouseover", "node", function () { el.style.cursor = "pointer"; });
  cy.on("mouseout", "node", function () { el.style.cursor = ""; });
  window.historiographGraph = cy;  // for the browser tests and the console
  el.setAttribute("data-ready", "1");
})();
