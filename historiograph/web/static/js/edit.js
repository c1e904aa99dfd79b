// Edit mode of a document page: a text selection in the document fills the span fields of the forms.
// Offsets count characters of the document text (the rendered text of #doc-text, footnote pop-ups left out).
(function () {
  "use strict";
  var root = document.getElementById("doc-text");
  if (!root) return;
  function skip(node) {
    for (var n = node.parentNode; n && n !== root; n = n.parentNode) {
      if (n.classList && (n.classList.contains("fn-pop"))) return true;
    }
    return false;
  }
  function offsetOf(container, offset) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var count = 0, node;
    while ((node = walker.nextNode())) {
      if (skip(node)) continue;
      if (node === container) return count + offset;
      count += node.nodeValue.length;
    }
    return null;
  }
  document.addEventListener("mouseup", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !root.contains(sel.anchorNode)) return;
    var r = sel.getRangeAt(0);
    var a = offsetOf(r.startContainer, r.startOffset), b = offsetOf(r.endContainer, r.endOffset);
    if (a === null || b === null || b <= a) return;
    document.querySelectorAll(".span-start").forEach(function (el) { el.value = a; });
    document.querySelectorAll(".span-end").forEach(function (el) { el.value = b; });
  });
})();
