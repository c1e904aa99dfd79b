// The timeline chart (vis-timeline): each event drawn over the stretch of time its date names (a year
// as a year, "193" as the 1930s, a day as a point), classes marking certainty; selecting one shows its
// sources. The plain list under the chart holds the same events for readers without script.
(function () {
  "use strict";
  var el = document.getElementById("timeline-chart");
  var dataEl = document.getElementById("timeline-data");
  if (!el || !dataEl || typeof vis === "undefined") { return; }
  var events = JSON.parse(dataEl.textContent);
  var byId = {};
  var DAY = 86400000;

  function text(tag, cls, value) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    e.textContent = value;
    return e;
  }

  var items = [];
  events.forEach(function (t) {
    if (!t.range) { return; }
    byId[t.id] = t;
    var content = document.createElement("span");
    content.appendChild(text("b", "tl-type", t.type));
    content.appendChild(document.createTextNode(" " + (t.participants.length ? t.participants.join(", ") : t.summary)));
    var title = document.createElement("div");
    title.appendChild(text("div", "tip-date", t.date_label + " · " + t.certainty));
    title.appendChild(text("div", "tip-summary", t.summary));
    var item = { id: t.id, content: content, title: title, start: t.range.start,
                 className: t.classes.join(" ") };
    if (t.range.precision === "day") {
      item.type = "box";
    } else {
      item.type = "range";
      item.end = t.range.end;
    }
    items.push(item);
  });
  if (!items.length) { return; }

  var starts = items.map(function (i) { return Date.parse(i.start); });
  var ends = items.map(function (i) { return Date.parse(i.end || i.start) + DAY; });
  var lo = Math.min.apply(null, starts), hi = Math.max.apply(null, ends);
  var pad = Math.max((hi - lo) * 0.08, 180 * DAY);

  var timeline = new vis.Timeline(el, new vis.DataSet(items), {
    start: new Date(lo - pad), end: new Date(hi + pad),
    zoomMin: 7 * DAY, zoomMax: 400 * 365 * DAY,
    orientation: { axis: "top", item: "top" },
    stack: true, showCurrentTime: false, selectable: true, multiselect: false,
    tooltip: { followMouse: true, overflowMethod: "cap" },
    margin: { item: { horizontal: 4, vertical: 6 } },
    maxHeight: 560
  });

  var detail = document.getElementById("timeline-detail");
  function show(id) {
    var t = byId[id];
    if (!detail || !t) { return; }
    detail.textContent = "";
    var head = text("div", "tl-head", "");
    head.appendChild(text("time", "tl-date", t.date_label));
    head.appendChild(text("span", "badge type", t.type));
    head.appendChild(text("span", "badge cert cert-" + t.certainty, t.certainty));
    detail.appendChild(head);
    detail.appendChild(text("div", "tl-summary", t.summary));
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
  timeline.on("select", function (props) { if (props.items.length) { show(props.items[0]); } });
  el.setAttribute("data-ready", "1");
  el.setAttribute("aria-hidden", "true");
})();
