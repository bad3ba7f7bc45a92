/* Event labels on the timeline never collide (dashboard/labels.py builds them). After every draw of a timeline
   (first draw, zoom, pan, range slider, Autoscale, resize, legend clicks), each label, most important first, is
   shown where it overlaps no label shown before it, no marker and no bar, and lies wholly inside the plot; else its
   short form (a deadline's countdown) where that fits; else it is hidden. The figure's own label texts are set to
   match (a hidden label's to ""), so the PNG the modebar draws from the figure shows what the page shows; plotly
   redraws a zoom from the texts it computed when the figure came, so hidden labels come back when there is room.
   The same file runs in the standalone HTML download. */
(function () {
    var META = "event-labels";
    var PAD = 3;  // pixels kept free after a label
    var CELL = 64;  // grid cell of the box index, pixels
    var measure = document.createElement("canvas").getContext("2d");

    function decoded(text) {  // the label as plotly shows it: dashboard/labels.py escapes & < > and nothing else
        return text.indexOf("&") < 0 ? text : text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    }

    function Boxes() { this.cells = new Map(); }
    Boxes.prototype.each = function (box, visit) {  // cells by number (x * 2^16 + y): no string per lookup
        for (var x = Math.floor(box.left / CELL); x <= Math.floor(box.right / CELL); x++) {
            for (var y = Math.floor(box.top / CELL); y <= Math.floor(box.bottom / CELL); y++) {
                if (visit((x + 1024) * 65536 + y + 1024)) { return true; }
            }
        }
        return false;
    };
    Boxes.prototype.add = function (box) {
        var cells = this.cells;
        this.each(box, function (key) { (cells.get(key) || cells.set(key, []).get(key)).push(box); return false; });
    };
    Boxes.prototype.hits = function (box) {
        var cells = this.cells;
        return this.each(box, function (key) {
            return (cells.get(key) || []).some(function (other) {
                return box.left < other.right && other.left < box.right && box.top < other.bottom
                    && other.top < box.bottom;
            });
        });
    };

    /* The marks a WebGL view draws (markers and interval lines of scattergl traces), as boxes in page pixels, from
       the figure's data: a canvas has no element per mark to measure. Only those inside ``area``. */
    function glMarks(gd, area, marks) {
        var full = gd._fullLayout, xa = full.xaxis, ya = full.yaxis;
        (gd._fullData || []).forEach(function (trace) {
            if (trace.type !== "scattergl" || trace.visible !== true) { return; }
            var x = trace.x, y = trace.y, n = trace._length || (x ? x.length : 0);
            var lines = trace.mode === "lines";
            if (!lines && trace.marker && trace.marker.opacity === 0) { return; }  // hover targets, not drawn
            var half = (lines ? trace.line.width : trace.marker.size) / 2 + 1;
            for (var k = 0; k < n; k += lines ? 3 : 1) {
                var x0 = xa.l2p(x[k]), yk = ya.l2p(y[k]);
                var x1 = lines ? xa.l2p(x[k + 1]) : x0;
                if (!(x1 + half > 0 && x0 - half < xa._length) || !(yk + half > 0 && yk - half < ya._length)) {
                    continue;
                }
                marks.add({left: area.left + x0 - half, right: area.left + x1 + half, top: area.top + yk - half,
                           bottom: area.top + yk + half});
            }
        });
    }

    function layout(gd) {
        var data = gd.data || [];
        var index = data.map(function (t) { return t.meta; }).indexOf(META);
        var trace = data[index];
        // the labels' axis overlays the timeline's: plotly draws both subplots in the timeline subplot's "overplot"
        var layer = gd.querySelector(".cartesianlayer .subplot.xy .overplot > .x2y");
        var drag = gd.querySelector(".draglayer .xy .nsewdrag") || gd.querySelector(".nsewdrag");
        if (!trace || !layer || !drag) { return; }
        var labels = trace.customdata || [];
        var nodes = Array.prototype.slice.call(layer.querySelectorAll(".textpoint text"));
        if (nodes.length < labels.length) {
            // plotly computed the texts again from the figure's (after a legend click): give it them all back
            if (!gd.__restoringLabels) {
                gd.__restoringLabels = true;
                window.Plotly.restyle(gd, {text: [labels.map(function (label) { return label[0]; })]}, [index])
                    .then(function () { gd.__restoringLabels = false; });
            }
            return;
        }
        // write: every label in full and shown; then read every box in one layout pass
        nodes.forEach(function (node) {
            var point = node.parentNode.__data__;
            node.__label = point && labels[point.i] ? point.i : -1;
            if (node.__label >= 0) { node.textContent = decoded(labels[node.__label][0]); }
            node.style.display = "";
        });
        var area = drag.getBoundingClientRect();
        var boxes = nodes.map(function (node) { return node.getBoundingClientRect(); });
        var marks = new Boxes();
        gd.querySelectorAll(".cartesianlayer .overplot > .xy .scatterlayer .point, "
                            + ".cartesianlayer .overplot > .xy .barlayer .point path").forEach(function (mark) {
            var r = mark.getBoundingClientRect();
            if (r.width > 0 && r.right > area.left && r.left < area.right) {
                marks.add({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
            }
        });
        glMarks(gd, area, marks);
        var style = nodes.length ? window.getComputedStyle(nodes[0]) : null;
        if (style) { measure.font = style.fontSize + " " + style.fontFamily; }
        var shown = new Boxes();
        function fits(box) {
            return box.left >= area.left && box.right - PAD <= area.right && box.top >= area.top
                && box.bottom <= area.bottom && !shown.hits(box) && !marks.hits(box);
        }
        var order = nodes.map(function (_, k) { return k; }).filter(function (k) { return nodes[k].__label >= 0; });
        order.sort(function (a, b) { return nodes[a].__label - nodes[b].__label; });
        var texts = labels.map(function (label) { return label[0]; });
        order.forEach(function (k) {
            var i = nodes[k].__label, r = boxes[k], short = labels[i][1];
            var box = {left: r.left, right: r.right + PAD, top: r.top, bottom: r.bottom};
            if (r.width > 0 && fits(box)) { shown.add(box); return; }
            if (r.width > 0 && short) {
                var cut = {left: r.left, right: r.left + measure.measureText(decoded(short)).width + PAD,
                           top: r.top, bottom: r.bottom};
                if (fits(cut)) {
                    shown.add(cut);
                    nodes[k].textContent = decoded(short);
                    texts[i] = short;
                    return;
                }
            }
            nodes[k].style.display = "none";
            texts[i] = "";
        });
        trace.text = texts;
        gd.setAttribute("data-labels-laid-out", String(Number(gd.getAttribute("data-labels-laid-out") || 0) + 1));
    }

    function attach(gd) {
        if (gd.__timelineLabels || typeof gd.on !== "function") { return; }
        gd.__timelineLabels = true;
        ["plotly_afterplot", "plotly_relayout", "plotly_restyle"].forEach(function (name) {
            gd.on(name, function () { layout(gd); });
        });
        layout(gd);
    }

    function scan() { document.querySelectorAll(".js-plotly-plot").forEach(attach); }
    new MutationObserver(scan).observe(document.documentElement, {childList: true, subtree: true});
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", scan); } else { scan(); }
})();
