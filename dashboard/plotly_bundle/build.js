// Bundles entry.js as plotly.js's own build does (its esbuild-config.js: plugins, aliases, defines), minified,
// into the file named on the command line, with one patch (FOCUS_LAYER below); a banner says what it is.
const fs = require('fs');
const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const { glsl } = require('esbuild-plugin-glsl');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');
const { version } = require('plotly.js/package.json');

// A WebGL figure gets a second WebGL context, on the "focus" canvas, which draws only selected points (box or lasso
// select, clickmode "select", selectedpoints) and parcoords. Creating it and compositing its full-size canvas cost
// ~170 ms of a 100k-event first render in software GL; make it only when the figure needs it. Switching dragmode to
// select or lasso replots WebGL traces (plot_api relayout), which makes it then.
const FOCUS_LAYER = {
    file: /plotly\.js[\\/]src[\\/]lib[\\/]prepare_regl\.js$/,
    find: "        if(d.pick && !fullLayout._has('parcoords')) return;\n",
    add: "        if(!d.context && !d.pick && !needsFocusLayer(gd)) return;\n",
    helper: `
function needsFocusLayer(gd) {
    var fullLayout = gd._fullLayout;
    return fullLayout._has('parcoords') || fullLayout.dragmode === 'select' || fullLayout.dragmode === 'lasso' ||
        fullLayout.clickmode.indexOf('select') > -1 ||
        gd._fullData.some(function(trace) { return trace.selectedpoints; });
}
`,
};

const patches = {
    name: 'patches',
    setup(build) {
        build.onLoad({filter: FOCUS_LAYER.file}, (args) => {
            const source = fs.readFileSync(args.path, 'utf8');
            if (!source.includes(FOCUS_LAYER.find)) {
                throw new Error(`${args.path} changed: the focus-layer patch no longer applies`);
            }
            return {contents: source.replace(FOCUS_LAYER.find, FOCUS_LAYER.find + FOCUS_LAYER.add) + FOCUS_LAYER.helper,
                    loader: 'js'};
        });
    },
};

esbuild.build({
    entryPoints: ['./entry.js'], outfile: process.argv[2], format: 'iife', globalName: 'Plotly', bundle: true,
    minify: true, sourcemap: false, legalComments: 'none', target: 'es2016', logLevel: 'info',
    banner: {js: `/* plotly.js v${version} (MIT licence, Copyright 2012-2026 Plotly, Inc.), traces scatter, bar and ` +
                  'scattergl only, focus-layer patch: built by dashboard/plotly_bundle (npm ci && npm run build) */'},
    plugins: [patches, InlineCSSPlugin(), glsl({minify: true}), environmentPlugin({NODE_DEBUG: false})],
    alias: {regl: '@plotly/regl', stream: 'stream-browserify'},
    define: {global: 'window', 'define.amd': 'false'},
}).catch(() => process.exit(1));
