// The document page: highlight the characters named by a #c{start}-{end} address (offsets are Python
// code points into the document text, which the page's text nodes spell out exactly, footnote pop-ups
// aside), keep one footnote open at a time, and tie event words in the text to their cards.
(function () {
  "use strict";
  var root = document.getElementById("doc-text");
  if (!root) { return; }

  function codePoints(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0xDC00 || c > 0xDFFF) { n++; }
    }
    return n;
  }

  function unitIndex(s, cp) {  // UTF-16 index of the cp-th code point of s
    var n = 0, i = 0;
    while (i < s.length && n < cp) {
      var c = s.charCodeAt(i);
      i += (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) ? 2 : 1;
      n++;
    }
    return i;
  }

  function textNodes() {
    var out = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentElement && n.parentElement.closest(".fn-pop") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) { out.push(walker.currentNode); }
    return out;
  }

  function clear() {
    var marks = root.querySelectorAll("mark.hl");
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      while (m.firstChild) { m.parentNode.insertBefore(m.firstChild, m); }
      m.parentNode.removeChild(m);
    }
    root.normalize();
  }

  function trimmed(nodes, start, end) {
    // the named characters less the white space at their ends (a sentence's span may carry the line
    // breaks after it; what it says is the characters between)
    var text = Array.from(nodes.map(function (n) { return n.data; }).join(""));
    end = Math.min(end, text.length);
    while (start < end && /\s/.test(text[start])) { start++; }
    while (end > start && /\s/.test(text[end - 1])) { end--; }
    return [start, end];
  }

  function highlight(start, end) {
    clear();
    var nodes = textNodes(), pos = 0, first = null, named = start + "-" + end;
    var span = trimmed(nodes, start, end);
    start = span[0]; end = span[1];
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i], len = codePoints(node.data), s = pos, e = pos + len;
      pos = e;
      if (e <= start || s >= end) { continue; }
      var a = unitIndex(node.data, Math.max(start, s) - s);
      var b = unitIndex(node.data, Math.min(end, e) - s);
      if (b <= a) { continue; }
      if (a > 0) { node = node.splitText(a); b -= a; }
      if (b < node.data.length) { node.splitText(b); }
      var mark = document.createElement("mark");
      mark.className = "hl";
      node.parentNode.insertBefore(mark, node);
      mark.appendChild(node);
      if (!first) { first = mark; }
    }
    if (first) {
      first.scrollIntoView({ block: "center" });
      root.setAttribute("data-highlight", named);
    }
  }

  function fromHash() {
    var m = /^#c(\d+)-(\d+)$/.exec(window.location.hash);
    if (m) { highlight(parseInt(m[1], 10), parseInt(m[2], 10)); }
  }

  window.addEventListener("hashchange", fromHash);
  fromHash();

  // one footnote open at a time; Escape closes it
  root.addEventListener("toggle", function (ev) {
    var d = ev.target;
    if (d.tagName === "DETAILS" && d.open) {
      var open = root.querySelectorAll("details.fn[open]");
      for (var i = 0; i < open.length; i++) { if (open[i] !== d) { open[i].open = false; } }
    }
  }, true);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      var open = root.querySelectorAll("details.fn[open]");
      for (var i = 0; i < open.length; i++) { open[i].open = false; }
    }
  });

  // an event word in the text shows its card
  root.addEventListener("click", function (ev) {
    var t = ev.target.closest && ev.target.closest(".trig");
    if (!t || ev.target.closest("a")) { return; }
    var card = document.getElementById("ev-" + t.getAttribute("data-event"));
    if (card) {
      var lit = document.querySelectorAll(".event-card.lit");
      for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("lit"); }
      card.classList.add("lit");
      card.scrollIntoView({ block: "nearest" });
    }
  });
})();
