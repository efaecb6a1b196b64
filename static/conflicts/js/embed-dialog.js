// The Embed dialog: open it as a modal, keep the code and the live preview in step with the options,
// copy the code. Without JavaScript the link shows the same dialog in place with the default code.
(function () {
  "use strict";
  var dialog = document.getElementById("embed-dialog");
  if (!dialog) return;
  var form = dialog.querySelector(".embed-options");
  var code = dialog.querySelector("[data-embed-code]");
  var iframeCode = dialog.querySelector("[data-embed-iframe]");
  var preview = dialog.querySelector("[data-embed-preview]");
  var copy = dialog.querySelector("[data-embed-copy]");
  var status = dialog.querySelector("[data-embed-status]");
  var origin = dialog.dataset.origin;
  var timer = null;
  document.documentElement.classList.add("js-embed");
  copy.hidden = false;

  function escapeAttribute(value) {
    return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function options() {
    var data = new FormData(form);
    var chosen = { kind: data.getAll("kind").join(","), from: data.get("from"), to: data.get("to"),
                   limit: data.get("limit"), theme: data.get("theme") };
    if (chosen.limit === "20") chosen.limit = "";
    if (chosen.theme === "light") chosen.theme = "";
    return chosen;
  }

  function query(chosen) {
    var params = new URLSearchParams();
    Object.keys(chosen).forEach(function (name) {
      if (!chosen[name]) return;
      (name === "kind" ? chosen[name].split(",") : [chosen[name]]).forEach(function (value) {
        params.append(name, value);
      });
    });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function update() {
    var chosen = options();
    var attributes = ' data-conflict="' + escapeAttribute(dialog.dataset.slug) + '"';
    Object.keys(chosen).forEach(function (name) {
      if (chosen[name]) attributes += " data-" + name + '="' + escapeAttribute(chosen[name]) + '"';
    });
    var widget = dialog.dataset.embedPath + query(chosen);
    code.value = '<script src="' + origin + dialog.dataset.loaderPath + '"' + attributes + " async></" + "script>";
    iframeCode.value = '<iframe src="' + escapeAttribute(origin + widget) + '" width="100%" height="600" title="' +
      escapeAttribute(dialog.dataset.title) + '" style="border:0"></iframe>';
    clearTimeout(timer);
    timer = setTimeout(function () { preview.src = widget; }, 250);
    status.textContent = "";
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);

  document.querySelectorAll("[data-embed-open]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      dialog.showModal();
    });
  });

  copy.addEventListener("click", function () {
    var done = function () { status.textContent = "Copied."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.value).then(done, function () { select(); });
    } else {
      select();
    }
    function select() {
      code.focus();
      code.select();
      status.textContent = document.execCommand && document.execCommand("copy") ? "Copied." : "Press Ctrl+C to copy.";
    }
  });
})();
