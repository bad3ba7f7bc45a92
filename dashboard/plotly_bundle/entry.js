'use strict';
// plotly.js with the traces the timeline draws: scatter (always in core), bar, heatmap for density views, and
// scattergl for large views, the latter as plotly.js's strict bundle has it: its WebGL programs' code precompiled,
// not generated and compiled with `new Function` when the first WebGL figure is drawn
var Plotly = require('plotly.js/lib/core');
Plotly.register([
    require('plotly.js/lib/bar'), require('plotly.js/lib/heatmap'), require('plotly.js/src/traces/scattergl/strict'),
]);
module.exports = Plotly;
