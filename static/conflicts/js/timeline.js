// Before htmx snapshots the page for the back button, write each filter control's current state
// into its attributes: a snapshot keeps attributes, not what the reader has since picked or typed.
document.addEventListener("htmx:beforeHistorySave", () => {
  for (const form of document.querySelectorAll("form.filters")) {
    for (const field of form.elements) {
      if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", field.checked);
      } else if (field.tagName === "SELECT") {
        for (const option of field.options) option.toggleAttribute("selected", option.selected);
      } else if ("value" in field && field.name) {
        field.setAttribute("value", field.value);
      }
    }
  }
});

// Busy state for assistive technology while the list is being replaced.
document.addEventListener("htmx:beforeRequest", (event) => {
  document.getElementById("events")?.setAttribute("aria-busy", "true");
});
document.addEventListener("htmx:afterSettle", () => {
  document.getElementById("events")?.setAttribute("aria-busy", "false");
});
