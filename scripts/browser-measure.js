// Measures report.html as a browser lays it out: the document's width against the
// window's, the smallest text on screen (SVG text scaled as drawn), and any element that
// reaches past the window's right edge. Written into <body data-check="…"> for --dump-dom.
(function () {
  const width = document.documentElement.clientWidth;
  let smallest = Infinity, smallestText = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || ['SCRIPT', 'STYLE', 'title'].includes(element.tagName)) continue;
    if (element.getClientRects().length === 0) continue;  // not shown
    let size = parseFloat(getComputedStyle(element).fontSize);
    const svg = element.closest('svg');
    if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }
    if (size < smallest) { smallest = size; smallestText = node.textContent.trim().slice(0, 40); }
  }
  const over = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getClientRects().length === 0 || element.closest('svg') && element.tagName !== 'svg') continue;
    const box = element.getBoundingClientRect();
    if (box.right > width + 0.5) {
      const section = element.closest('section');
      over.push((section ? section.id + ' ' : '') + element.tagName.toLowerCase() + ' ' + Math.round(box.right));
    }
  }
  (window.parent !== window ? window.parent.document.body : document.body).setAttribute("data-check", JSON.stringify({
    window: width, document: document.documentElement.scrollWidth, smallest: smallest,
    smallestText: smallestText, over: over.slice(0, 8), overCount: over.length,
  }));
})();
