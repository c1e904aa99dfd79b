// The timeline chart (vis-timeline). A day is a point (a dot, its label beside it), a month, year or
// decade a span over the time it names; an uncertain date (earliest/latest from the dates stage, or a
// TIMEX3 "about"/"before"/"after") is drawn over its whole possible stretch with soft, fading ends.
// Items can be grouped by event type or by entity; zoomed out, crowded items fold into clusters.
// Selecting one shows its evidence. No inline style: classes only (the CSP allows no style attribute).
(function () {
  "use strict";
  var el = document.getElementById("timeline-chart");
  var dataEl = document.getElementById("timeline-data");
  if (!el || !dataEl || typeof vis === "undefined") { return; }
  var events = JSON.parse(dataEl.textContent);
  var byId = {};
  var DAY = 86400000;
  var POINT = { day: 1, hour: 1, minute: 1 };

  function text(tag, cls, value) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    e.textContent = value;
    return e;
  }
  function shortLabel(t) {
    var who = t.participants.length ? t.participants.slice(0, 2).join(", ") : (t.place || "");
    var s = who || t.headline;
    return s.length > 48 ? s.slice(0, 46) + "…" : s;
  }

  function baseItem(t) {
    var content = document.createElement("span");
    content.appendChild(text("b", "tl-type", t.type));
    content.appendChild(document.createTextNode(" " + shortLabel(t)));
    var title = document.createElement("div");
    title.appendChild(text("div", "tip-date", t.date_label + (t.inferred ? " (from the narrative)" : "") + " · " + t.certainty));
    title.appendChild(text("div", "tip-summary", t.headline));
    var classes = t.classes.slice();
    var item = { id: t.id, content: content, title: title, start: t.range.start };
    var start = Date.parse(t.range.start), end = Date.parse(t.range.end);
    if (t.soft) {
      var e0 = Date.parse(t.soft.earliest || t.range.start), e1 = Date.parse(t.soft.latest || t.range.end);
      if (!isNaN(e0) && e0 < start) { item.start = t.soft.earliest; classes.push("soft-start"); start = e0; }
      if (!isNaN(e1) && e1 > end) { end = e1; classes.push("soft-end"); }
    }
    if (POINT[t.range.precision] && !t.soft) {
      item.type = "point";
    } else {
      item.type = "range";
      item.end = new Date(end).toISOString().slice(0, 10);
    }
    item.length = end - start;
    item.className = classes.join(" ");
    return item;
  }

  var base = [];
  events.forEach(function (t) {
    if (!t.range) { return; }
    byId[t.id] = t;
    base.push(baseItem(t));
  });
  if (!base.length) { return; }

  var starts = base.map(function (i) { return Date.parse(i.start); });
  var ends = base.map(function (i) { return Date.parse(i.end || i.start) + DAY; });
  var lo = Math.min.apply(null, starts), hi = Math.max.apply(null, ends);
  var pad = Math.max((hi - lo) * 0.05, 180 * DAY);

  var items = new vis.DataSet(base);
  var CLUSTER = { maxItems: 6, titleTemplate: "{count} events here: zoom in or double-click", showStipes: true,
                  fitOnDoubleClick: true };
  var timeline = new vis.Timeline(el, items, {
    start: new Date(lo - pad), end: new Date(hi + 3 * pad),
    zoomMin: 7 * DAY, zoomMax: 600 * 365 * DAY,
    orientation: { axis: "top", item: "top" },
    stack: true, showCurrentTime: false, selectable: true, multiselect: false,
    // points and short spans first (on top), decades and centuries below them
    order: function (a, b) { return (a.length || 0) - (b.length || 0) || Date.parse(a.start) - Date.parse(b.start); },
    tooltip: { followMouse: true, overflowMethod: "cap" },
    margin: { item: { horizontal: 2, vertical: 5 } },
    maxHeight: 620
  });

  // grouping by type or by entity (an event with three entities appears in each of their rows)
  var groupSelect = document.getElementById("timeline-group");
  function regroup(by) {
    var out = [], groups = [], seen = {};
    // with rows, a capped height makes vis-timeline redraw forever ("infinite loop in redraw"): rows grow
    timeline.setOptions({ maxHeight: by ? 100000 : 620 });
    if (!by) {
      timeline.setGroups(null);
      items.clear();
      items.add(base);
      return;
    }
    if (by === "type") {
      base.forEach(function (it) {
        var t = byId[it.id];
        if (!seen[t.type]) { seen[t.type] = true; groups.push({ id: t.type, content: t.type }); }
        out.push(Object.assign({}, it, { group: t.type }));
      });
      groups.sort(function (a, b) { return a.id < b.id ? -1 : 1; });
    } else {
      var counts = {}, names = {};
      base.forEach(function (it) {
        var t = byId[it.id];
        t.entity_ids.forEach(function (id, k) { counts[id] = (counts[id] || 0) + 1; names[id] = names[id] || t.participants[k] || id; });
      });
      var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).slice(0, 14);
      top.forEach(function (id) {
        groups.push({ id: id, content: names[id] + " (" + counts[id] + ")" });
      });
      groups.push({ id: "__other", content: "others" });
      base.forEach(function (it) {
        var t = byId[it.id], placed = false;
        t.entity_ids.forEach(function (id) {
          if (top.indexOf(id) >= 0) { out.push(Object.assign({}, it, { id: it.id + "|" + id, group: id })); placed = true; }
        });
        if (!placed) { out.push(Object.assign({}, it, { group: "__other" })); }
      });
    }
    items.clear();
    timeline.setGroups(new vis.DataSet(groups));
    items.add(out);
  }
  if (groupSelect) {
    groupSelect.addEventListener("change", function () { regroup(groupSelect.value); });
  }

  var detail = document.getElementById("timeline-detail");
  function show(id) {
    var t = byId[String(id).split("|")[0]];
    if (!detail || !t) { return; }
    detail.textContent = "";
    var head = text("div", "tl-head", "");
    head.appendChild(text("time", "tl-date", t.date_label));
    if (t.inferred) { head.appendChild(text("span", "tl-inferred", "from the narrative")); }
    head.appendChild(text("span", "badge type", t.type));
    head.appendChild(text("span", "badge cert cert-" + t.certainty, t.certainty));
    detail.appendChild(head);
    detail.appendChild(text("div", "tl-summary", t.headline));
    var list = document.createElement("ul");
    list.className = "sources";
    t.sources.forEach(function (s) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = s.url;
      a.className = "evidence";
      a.appendChild(text("span", "ev-doc", s.key));
      a.appendChild(document.createTextNode(" "));
      a.appendChild(text("q", "", s.text || ("characters " + s.start + "–" + s.end)));
      li.appendChild(a);
      list.appendChild(li);
    });
    detail.appendChild(list);
    var inList = document.createElement("a");
    inList.href = "#ev-" + t.id;
    inList.textContent = "in the list";
    detail.appendChild(inList);
    detail.classList.add("shown");
  }
  timeline.on("select", function (props) { if (props.items.length && byId[String(props.items[0]).split("|")[0]]) { show(props.items[0]); } });
  window.historiographTimeline = timeline;
  // clusters set with the first options are not drawn until the next change (vis-timeline 8.5): set them now
  // (a short timeline is never folded: clusters are for the crowd of a large one)
  window.setTimeout(function () {
    if (base.length > 25) { timeline.setOptions({ cluster: CLUSTER }); }
    el.setAttribute("data-ready", "1");
  }, 0);
  el.setAttribute("aria-hidden", "true");
})();
