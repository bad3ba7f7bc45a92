// Bundles entry.js as plotly.js's own build does (its esbuild-config.js: plugins, aliases, defines), minified,
// into the file named on the command line; a banner names the version, its licence and how it was made.
const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const { glsl } = require('esbuild-plugin-glsl');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');
const { version } = require('plotly.js/package.json');

esbuild.build({
    entryPoints: ['./entry.js'], outfile: process.argv[2], format: 'iife', globalName: 'Plotly', bundle: true,
    minify: true, sourcemap: false, legalComments: 'none', target: 'es2016', logLevel: 'info',
    banner: {js: `/* plotly.js v${version} (MIT licence, Copyright 2012-2026 Plotly, Inc.), traces scatter, bar and ` +
                  'scattergl only: built by dashboard/plotly_bundle (npm ci && npm run build) */'},
    plugins: [InlineCSSPlugin(), glsl({minify: true}), environmentPlugin({NODE_DEBUG: false})],
    alias: {regl: '@plotly/regl', stream: 'stream-browserify'},
    define: {global: 'window', 'define.amd': 'false'},
}).catch(() => process.exit(1));
