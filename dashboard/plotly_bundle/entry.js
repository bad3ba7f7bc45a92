'use strict';
// plotly.js with the traces the timeline draws: scatter (always in core), bar, and scattergl for large views
var Plotly = require('plotly.js/lib/core');
Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/scattergl')]);
module.exports = Plotly;
