// Copies the front-end libraries the reader needs from web/node_modules into the Python package
// (historiograph/web/static/vendor/, git-ignored), so the installed reader works with no network.
// Run by `make web-assets` after `npm ci`.
"use strict";
const fs = require("fs");
const path = require("path");

const vendor = path.join(__dirname, "..", "historiograph", "web", "static", "vendor");
const FILES = {
  // vis-timeline's "peer" build with its two peers (moment, vis-data): unlike the "standalone" build it
  // injects no <style> elements, which the reader's Content-Security-Policy (style-src 'self') refuses
  "moment/min/moment.min.js": "moment.min.js",
  "moment/LICENSE": "moment.LICENSE.txt",
  "vis-data/peer/umd/vis-data.min.js": "vis-data.min.js",
  "vis-data/LICENSE-MIT": "vis-data.LICENSE.txt",
  "vis-timeline/peer/umd/vis-timeline-graph2d.min.js": "vis-timeline.min.js",
  "vis-timeline/styles/vis-timeline-graph2d.min.css": "vis-timeline.min.css",
  "vis-timeline/LICENSE.MIT.txt": "vis-timeline.LICENSE.txt",
  "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
  "cytoscape/LICENSE": "cytoscape.LICENSE.txt",
};

fs.rmSync(vendor, { recursive: true, force: true });
fs.mkdirSync(vendor, { recursive: true });
for (const [from, to] of Object.entries(FILES)) {
  const src = path.join(__dirname, "node_modules", from);
  if (!fs.existsSync(src)) {
    console.error(`copy-assets: ${src} is missing (run npm ci in web/)`);
    process.exit(1);
  }
  fs.copyFileSync(src, path.join(vendor, to));
}
console.log(`copy-assets: ${Object.keys(FILES).length} files -> ${vendor}`);
