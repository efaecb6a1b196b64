// The review queue by keyboard: j/k move between pending cards, a/e/m/r/s act on the focused
// one, x selects it, u undoes, ? shows the keys. Actions are the card's own buttons and links,
// so everything here is a shortcut for something that works without JavaScript.
(() => {
  "use strict";

  const pendingCards = () => [...document.querySelectorAll("#queue .card:not(.decided)")];
  const currentCard = () => document.activeElement?.closest?.("#queue .card:not(.decided)") ?? null;

  function focusCard(card) {
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  }

  function move(step) {
    const cards = pendingCards();
    const index = cards.indexOf(currentCard());
    const next = index === -1 ? cards[0] : cards[Math.min(Math.max(index + step, 0), cards.length - 1)];
    focusCard(next);
  }

  function nextPendingAfter(element) {
    let next = element.nextElementSibling;
    while (next && next.classList.contains("decided")) next = next.nextElementSibling;
    if (next) return next;
    const cards = pendingCards();
    return cards[cards.length - 1] ?? null;
  }

  const ACTIONS = { a: "accept", e: "edit", m: "merge", r: "reject", s: "skip" };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape") {
        event.target.blur();
        focusCard(event.target.closest(".card"));
      }
      return;
    }
    const card = currentCard();
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      move(event.key === "j" ? 1 : -1);
    } else if (event.key in ACTIONS && card) {
      const control = card.querySelector(`[data-action="${ACTIONS[event.key]}"]`);
      if (control) {
        event.preventDefault();
        control.click();
      }
    } else if (event.key === "x" && card) {
      event.preventDefault();
      card.querySelector('input[name="ids"]')?.click();
    } else if (event.key === "u") {
      event.preventDefault();
      document.querySelector("#undo-form button")?.click();
    } else if (event.key === "?") {
      event.preventDefault();
      const keys = document.getElementById("keys");
      if (keys) keys.open = !keys.open;
    }
  });

  // Which card had focus when a request went out, so focus can follow the queue when it returns.
  let focusedId = null;
  document.addEventListener("htmx:beforeRequest", () => {
    focusedId = currentCard()?.dataset.proposalId ?? focusedId;
  });

  document.addEventListener("htmx:afterSettle", (event) => {
    const target = event.detail.target;
    if (target?.classList?.contains("panel")) {
      // An edit or merge panel opened: start typing in it.
      target.querySelector("input:not([type=hidden]), select")?.focus();
      return;
    }
    if (target?.id === "results") {
      focusCard(pendingCards()[0]);
      return;
    }
    const card = event.detail.elt?.closest?.("#queue .card") ?? document.getElementById(`proposal-${focusedId}`);
    if (!card || !card.isConnected) return;
    if (card.classList.contains("decided")) {
      if (card.dataset.proposalId === focusedId || document.activeElement === document.body) {
        focusCard(nextPendingAfter(card));
      }
    } else {
      focusCard(card);
    }
    focusedId = null;
  });

  document.addEventListener("review:message", (event) => {
    const status = document.querySelector(".counts");
    if (status) status.dataset.message = event.detail.value;
  });

  const start = () => focusCard(pendingCards()[0]);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
