/* dcc.Upload keeps a file input in its drop zone, see-through (opacity ~0) yet still a Tab stop: after "Choose
   article files…" (which opens the same picker from the mouse, Enter or Space) the keyboard landed on a control
   nobody can see, named only by the browser. Take it out of the Tab order and out of the accessibility tree; the
   zone still takes dropped files. Re-applied whenever Dash re-renders. */
(function () {
    function untab() {
        document.querySelectorAll(".upload-zone input[type=file]").forEach(function (input) {
            if (input.tabIndex === -1) { return; }
            input.tabIndex = -1;
            input.setAttribute("aria-hidden", "true");
        });
    }
    new MutationObserver(untab).observe(document.documentElement, {childList: true, subtree: true});
    document.addEventListener("DOMContentLoaded", untab);
})();
