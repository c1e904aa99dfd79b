// Converts Natural Earth country outlines (npm world-atlas, TopoJSON) once into the GeoJSON that the
// reader's map draws offline: historiograph/data/geo/countries-<scale>.geojson (coordinates rounded
// to 0.01 degree). Run by hand after changing world-atlas: `node make-geo.js [110m|50m]`.
"use strict";
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");

const scale = process.argv[2] || "110m";
const src = require.resolve(`world-atlas/countries-${scale}.json`);
const topo = JSON.parse(fs.readFileSync(src, "utf8"));
const round = (x) => Math.round(x * 100) / 100;
const roundCoords = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoords));

const fc = topojson.feature(topo, topo.objects.countries);
const out = {
  type: "FeatureCollection",
  source: `world-atlas ${require("world-atlas/package.json").version} countries-${scale} (Natural Earth, public domain; world-atlas ISC)`,
  features: fc.features.map((f) => ({
    type: "Feature",
    id: f.id || null,
    properties: { name: f.properties.name },
    geometry: f.geometry && { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  })).filter((f) => f.geometry),
};
const dest = path.join(__dirname, "..", "historiograph", "data", "geo", `countries-${scale}.geojson`);
fs.writeFileSync(dest, JSON.stringify(out));
console.log(`wrote ${dest} (${out.features.length} countries, ${fs.statSync(dest).size} bytes)`);
