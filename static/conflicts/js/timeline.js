// htmx snapshots the page for the back button just before it swaps in a new list, when the
// filter controls may already show the new choice. Set their attributes to what the snapshot's
// own address says, so that the restored form matches the restored list.
document.addEventListener("htmx:beforeHistorySave", (event) => {
  const params = new URL(event.detail.path, window.location.href).searchParams;
  for (const form of document.querySelectorAll("form.filters")) {
    for (const field of form.elements) {
      if (!field.name) continue;
      const values = params.getAll(field.name);
      if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", values.includes(field.value));
      } else if (field.tagName === "SELECT") {
        for (const option of field.options) option.toggleAttribute("selected", values.includes(option.value));
      } else if (field.type === "search" || /^\d{4}-\d{2}-\d{2}$/.test(values[0] || "") || !values.length) {
        field.setAttribute("value", values[0] || "");
      }
    }
  }
});

// Busy state for assistive technology while the list is being replaced.
document.addEventListener("htmx:beforeRequest", () => {
  document.getElementById("events")?.setAttribute("aria-busy", "true");
});
document.addEventListener("htmx:afterSettle", () => {
  document.getElementById("events")?.setAttribute("aria-busy", "false");
});
