/* Conflict timeline embed loader, served at /embed.js:
 *   <script src="https://HOST/embed.js" data-conflict="SLUG" async></script>
 * Optional: data-kind="escalation,ceasefire" data-from="2020-10" data-to="2020-11-10" data-limit="20"
 * data-theme="dark" data-actor="Armenia" data-event="ID" (one event instead of the timeline).
 * Inserts the widget's iframe after the script and keeps its height equal to the widget's content,
 * trusting only height messages from that iframe's window and from the widget's origin. */
(function () {
  "use strict";
  var KEY = "conflict-timeline";
  var OPTIONS = ["kind", "from", "to", "limit", "theme", "actor"];

  function embed(script) {
    var slug = script.getAttribute("data-conflict");
    if (!slug || script.getAttribute("data-embedded")) return;
    script.setAttribute("data-embedded", "true");
    var origin = new URL(script.src, document.baseURI).origin;
    var path = "/embed/" + encodeURIComponent(slug) + "/";
    var event = script.getAttribute("data-event");
    if (event) path += "events/" + encodeURIComponent(event) + "/";
    var src = new URL(path, origin);
    OPTIONS.forEach(function (name) {
      var value = script.getAttribute("data-" + name);
      if (!value) return;
      (name === "kind" ? value.split(/[\s,]+/) : [value]).forEach(function (part) {
        if (part) src.searchParams.append(name, part);
      });
    });

    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = script.getAttribute("data-title") || "Conflict timeline";
    frame.loading = "lazy";
    frame.style.cssText = "display:block;width:100%;border:0;height:" + (event ? 320 : 480) + "px";
    if (script.parentNode === document.head) document.body.appendChild(frame);
    else script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (message) {
      if (message.source !== frame.contentWindow || message.origin !== origin) return;
      var data = message.data;
      if (!data || data[KEY] !== "height") return;
      var height = Number(data.height);
      if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + "px";
    });
  }

  var current = document.currentScript;
  if (current) embed(current);
  else Array.prototype.forEach.call(document.querySelectorAll("script[data-conflict]"), embed);
})();
