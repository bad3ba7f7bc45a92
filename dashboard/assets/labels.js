/* Controls that name themselves with aria-labelledby or aria-label (dcc.Dropdown's button, the date pickers'
   inputs) hide the visible <label for=...> from screen readers. Put the label first in their aria-labelledby,
   keeping what they said ("Actor, All actors"); re-applied whenever Dash re-renders. */
(function () {
    function nameByLabels() {
        document.querySelectorAll("label[for][id]").forEach(function (label) {
            var control = document.getElementById(label.htmlFor);
            if (!control) { return; }
            var own = control.getAttribute("aria-labelledby");
            if (own === null && !control.hasAttribute("aria-label")) { return; }  // the <label> already names it
            var ids = own === null ? [control.id] : own.split(/\s+/).filter(Boolean);
            if (ids[0] === label.id) { return; }
            control.setAttribute("aria-labelledby", [label.id].concat(ids).join(" "));
        });
    }
    new MutationObserver(nameByLabels).observe(document.documentElement,
        {childList: true, subtree: true, attributes: true, attributeFilter: ["aria-labelledby", "aria-label"]});
    document.addEventListener("DOMContentLoaded", nameByLabels);
})();
