// Bundles entry.js as plotly.js's own build does (its esbuild-config.js: plugins, aliases, defines), minified,
// into the file named on the command line, with two patches to plotly.js's src/lib/prepare_regl.js (FOCUS_LAYER and
// NO_MSAA below); a banner says what it is.
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
    find: "        if(d.pick && !fullLayout._has('parcoords')) return;\n",
    replace: "        if(d.pick && !fullLayout._has('parcoords')) return;\n" +
             "        if(!d.context && !d.pick && !needsFocusLayer(gd)) return;\n",
    helper: `
function needsFocusLayer(gd) {
    var fullLayout = gd._fullLayout;
    return fullLayout._has('parcoords') || fullLayout.dragmode === 'select' || fullLayout.dragmode === 'lasso' ||
        fullLayout.clickmode.indexOf('select') > -1 ||
        gd._fullData.some(function(trace) { return trace.selectedpoints; });
}
`,
};

// WebGL contexts without multisampling (antialias: false). The timeline's markers antialias their own rims in their
// fragment shaders and its lines are horizontal, so multisampling changed little on screen: the top and bottom rows
// of a 9 px interval line are now solid or blank instead of blended (a 5,000-event view: 9,349 of 5 million pixels
// differ by more than 96 of 255 in a channel; the 100k view, where markers cover most lines: 255), invisible at 1x.
// Software GL (SwiftShader) made, filled and resolved four samples a pixel: ~110 ms more to create the context and
// ~130 ms more to draw the 100k view.
const NO_MSAA = {
    find: '                    antialias: !d.pick,\n',
    replace: '                    antialias: false,\n',
    helper: '',
};

const PREPARE_REGL = /plotly\.js[\\/]src[\\/]lib[\\/]prepare_regl\.js$/;

const patches = {
    name: 'patches',
    setup(build) {
        build.onLoad({filter: PREPARE_REGL}, (args) => {
            let source = fs.readFileSync(args.path, 'utf8');
            for (const [name, patch] of Object.entries({FOCUS_LAYER, NO_MSAA})) {
                if (source.split(patch.find).length !== 2) {
                    throw new Error(`${args.path} changed: the ${name} patch no longer applies`);
                }
                source = source.replace(patch.find, patch.replace) + patch.helper;
            }
            return {contents: source, loader: 'js'};
        });
    },
};

esbuild.build({
    entryPoints: ['./entry.js'], outfile: process.argv[2], format: 'iife', globalName: 'Plotly', bundle: true,
    minify: true, sourcemap: false, legalComments: 'none', target: 'es2016', logLevel: 'info',
    banner: {js: `/* plotly.js v${version} (MIT licence, Copyright 2012-2026 Plotly, Inc.), traces scatter, bar, heatmap and ` +
                  'scattergl only, focus-layer and no-multisampling patches: built by dashboard/plotly_bundle ' +
                  '(npm ci && npm run build) */'},
    plugins: [patches, InlineCSSPlugin(), glsl({minify: true}), environmentPlugin({NODE_DEBUG: false})],
    alias: {regl: '@plotly/regl', stream: 'stream-browserify'},
    define: {global: 'window', 'define.amd': 'false'},
}).catch(() => process.exit(1));
