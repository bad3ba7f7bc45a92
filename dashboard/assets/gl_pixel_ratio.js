/* Plotly draws WebGL traces (views of 2,000 events or more) on canvases plotGlPixelRatio times the figure's size,
   2 by default: on a 1x screen that is four times the pixels shown, each drawn in software where the GPU is not
   used, and the 100k view took about a second longer to appear. Draw at the screen's own density (1 on 1x screens,
   2 as before on any denser one). Assets run in name order, so plotly-timeline.min.js runs after this file: set the
   ratio as soon as its script has run. */
(function () {
    var ratio = Math.min(2, Math.max(1, Math.ceil(window.devicePixelRatio || 1)));
    function apply() {
        if (!window.Plotly || !window.Plotly.setPlotConfig) { return false; }
        window.Plotly.setPlotConfig({plotGlPixelRatio: ratio});
        return true;
    }
    if (apply()) { return; }
    document.addEventListener("load", function onLoad(event) {  // capture: runs before the loader's own onload
        if (event.target.tagName === "SCRIPT" && apply()) { document.removeEventListener("load", onLoad, true); }
    }, true);
})();
