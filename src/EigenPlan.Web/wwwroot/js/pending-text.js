// The tab's buffer of typed-but-unconfirmed text. Every keystroke in a field marked data-pending-key="PLAN:FIELD" is
// kept here at once — in memory, and encrypted in sessionStorage — without going through the live connection, so it
// survives a dropped connection, a server crash (SIGKILL) or a deploy. The server says which exact text it stored (by
// hash) after every durable save, and the entry is dropped. A new circuit gets what is left (attach) and puts it back
// through the normal edit path. Plain sessionStorage would leave readable text behind on a shared computer (Chromium
// writes it to disk for "reopen closed tab"), so entries are sealed with AES-GCM under a key the server derives from
// the device's secret and hands over per circuit; it is never stored. Closing or deleting the plan clears the buffer,
// and so does a tab that comes back long after it was left (closed and reopened).
(() => {
  "use strict";
  const prefix = "eigenplan-pending:";
  const maxTrail = 400;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  let planId = null;          // the plan whose fields are in `fields`
  let cryptoKey = null;       // from the circuit; only in memory
  let attached = false;
  const fields = new Map();   // field key -> { text, trail: [hash of each text on the way, oldest first] }
  const writing = new Map();  // field key -> the running write
  const dirty = new Set();
  const confirmedAt = new Map(); // field key -> performance.now() of the last confirmation (for the benchmarks)
  const focusedText = new Map(); // field key -> hash of the text when the field got focus (a base if beforeinput is missed)
  let applying = false;       // true while apply() reports the box's new text to the circuit

  // Exactly what the server's PlanText.Clean keeps, so hashes compare equal: no control characters except line
  // breaks and tabs, no lone surrogate halves.
  function clean(text) {
    return text
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
  }

  // One edit of a text as one splice: from[start..end] became `inserted` (longest common start and end kept).
  function splice(from, to) {
    const max = Math.min(from.length, to.length);
    let prefix = 0;
    while (prefix < max && from[prefix] === to[prefix]) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && from[from.length - 1 - suffix] === to[to.length - 1 - suffix]) suffix++;
    return { start: prefix, end: from.length - suffix, inserted: to.slice(prefix, to.length - suffix) };
  }

  // Exactly the server's TextRebase.Apply: both edits of `base` in one text, or null when they change the same part.
  // On a tie theirs (the server's) goes first.
  function rebase(base, ours, theirs) {
    if (ours === theirs || theirs === base) return ours;
    if (ours === base) return theirs;
    const mine = splice(base, ours);
    const other = splice(base, theirs);
    if (other.end <= mine.start) {
      return base.slice(0, other.start) + other.inserted + base.slice(other.end, mine.start) + mine.inserted + base.slice(mine.end);
    }
    if (mine.end <= other.start) {
      return base.slice(0, mine.start) + mine.inserted + base.slice(mine.end, other.start) + other.inserted + base.slice(other.end);
    }
    return null;
  }

  // cyrb53, the same as the server's TextHash.
  function hash(text) {
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }

  function toBase64(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  function fromBase64(text) {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  }

  function storageKey(field) {
    return prefix + planId + ":" + field;
  }

  function storedKeys(start) {
    const keys = [];
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key && key.startsWith(start)) keys.push(key);
    }
    return keys;
  }

  async function seal(aad, entry) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: encoder.encode(aad) }, cryptoKey, encoder.encode(JSON.stringify(entry)));
    return JSON.stringify({ v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(sealed)) });
  }

  async function unseal(aad, stored) {
    const box = JSON.parse(stored);
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(box.iv), additionalData: encoder.encode(aad) }, cryptoKey, fromBase64(box.data));
    const entry = JSON.parse(decoder.decode(plain));
    if (typeof entry.text !== "string" || !Array.isArray(entry.trail)) throw new Error("not an entry");
    return entry;
  }

  // Writes the field's latest state (or removes it), one write per field at a time; a change during a write is
  // written right after it.
  function persist(field) {
    if (!cryptoKey) return; // kept in memory until the circuit hands over the key
    dirty.add(field);
    if (writing.has(field)) return;
    const run = (async () => {
      while (dirty.has(field)) {
        dirty.delete(field);
        const key = storageKey(field);
        const entry = fields.get(field);
        try {
          if (entry) {
            sessionStorage.setItem(key, await seal(key, entry));
          } else {
            sessionStorage.removeItem(key);
          }
        } catch {
          // Storage full or blocked: the entry stays in memory for this page.
        }
      }
    })().finally(() => writing.delete(field));
    writing.set(field, run);
  }

  function fieldOf(target) {
    if (!(target instanceof HTMLTextAreaElement) || !target.dataset.pendingKey) return null;
    const key = target.dataset.pendingKey;
    const split = key.indexOf(":");
    return split > 0 ? { plan: key.slice(0, split), field: key.slice(split + 1) } : null;
  }

  function use(plan) {
    if (planId === plan) return;
    planId = plan;
    cryptoKey = null;
    attached = false;
    fields.clear();
  }

  document.addEventListener("focusin", (event) => {
    const where = fieldOf(event.target);
    if (where && !fields.has(where.field)) focusedText.set(where.field, hash(clean(event.target.value)));
  }, true);

  document.addEventListener("beforeinput", (event) => {
    const where = fieldOf(event.target);
    if (!where) return;
    use(where.plan);
    // After a crash the tab holds text the page does not show yet: typing on top of the old text would split it in
    // two. Wait the moment until the live connection has put it back.
    if (!attached && !fields.has(where.field) && sessionStorage.getItem(storageKey(where.field)) !== null) {
      event.preventDefault();
      return;
    }
    if (!fields.has(where.field)) {
      const text = clean(event.target.value);
      fields.set(where.field, { text, trail: [hash(text)] });
    }
  }, true);

  document.addEventListener("input", (event) => {
    const where = fieldOf(event.target);
    if (!where) return;
    use(where.plan);
    // The server's own text put in a box nobody typed in since the last confirmation: the server has it already.
    if (applying && !fields.has(where.field)) return;
    const text = clean(event.target.value);
    const h = hash(text);
    let entry = fields.get(where.field);
    if (!entry) {
      // No beforeinput (an old browser, autofill): the text at focus is the best known starting point.
      entry = { text, trail: focusedText.has(where.field) ? [focusedText.get(where.field)] : [] };
      fields.set(where.field, entry);
    }
    entry.text = text;
    if (entry.trail[entry.trail.length - 1] !== h) {
      entry.trail.push(h);
      if (entry.trail.length > maxTrail) entry.trail.splice(0, entry.trail.length - maxTrail);
    }
    persist(where.field);
  }, true);

  function drop(field) {
    fields.delete(field);
    confirmedAt.set(field, performance.now());
    persist(field);
  }

  function clear() {
    for (const key of storedKeys(prefix)) sessionStorage.removeItem(key);
    fields.clear();
    dirty.clear();
    cryptoKey = null;
    attached = false;
    planId = null;
  }

  window.eigenPlanPending = {
    /** Called by the circuit: takes the key, reads what this tab kept for the plan, returns it to be put back. */
    attach: async (plan, keyBase64) => {
      use(plan);
      cryptoKey = await crypto.subtle.importKey("raw", fromBase64(keyBase64), "AES-GCM", false, ["encrypt", "decrypt"]);
      const start = prefix + plan + ":";
      for (const key of storedKeys(start)) {
        const field = key.slice(start.length);
        if (fields.has(field)) continue;
        try {
          fields.set(field, await unseal(key, sessionStorage.getItem(key)));
        } catch {
          // Sealed under another key (this device got a new code) or damaged: nobody can read it, so it goes.
          sessionStorage.removeItem(key);
        }
      }
      attached = true;
      for (const field of fields.keys()) persist(field);
      return [...fields].map(([key, entry]) => ({ key, text: entry.text, trail: entry.trail }));
    },

    /** Called by the circuit after a durable save: [{ key, hash }] of each text stored. */
    confirm: (plan, saved) => {
      if (plan !== planId) return;
      for (const { key, hash: stored } of saved) {
        const entry = fields.get(key);
        if (!entry) continue;
        if (hash(entry.text) === stored) {
          drop(key);
        } else {
          // An earlier text of this field is stored: the trail starts again from there.
          const at = entry.trail.lastIndexOf(stored);
          if (at > 0) {
            entry.trail = entry.trail.slice(at);
            persist(key);
          }
        }
      }
    },

    /** Called by the circuit: fields whose text the plan already has. */
    settle: (plan, keys) => {
      if (plan !== planId) return;
      for (const key of keys) drop(key);
    },

    /**
     * Called by the circuit when the server changed a box's text (another device's text merged in, text put back):
     * `from` is what the box showed as far as the server knows, `to` the server's text. Keystrokes still on their way
     * stay: the server's change goes in on top of them (the same rule as the server's), or, when both changed the same
     * words, both texts are kept with `marker` between them. The caret stays where it was in the text. The result is
     * reported like a keystroke, so the server knows what the box shows.
     */
    apply: (element, from, to, marker) => {
      if (!(element instanceof HTMLTextAreaElement)) return;
      const now = clean(element.value);
      const next = now === from ? to : (rebase(from, now, to) ?? `${to.trimEnd()}\n\n${marker}\n\n${now.trimStart()}`);
      if (next !== element.value) {
        const focused = document.activeElement === element;
        const [start, end] = [element.selectionStart, element.selectionEnd];
        const change = splice(element.value, next);
        const moved = (at) => at <= change.start ? at
          : at >= change.end ? at + change.inserted.length - (change.end - change.start)
          : change.start + change.inserted.length;
        element.value = next;
        if (focused) element.setSelectionRange(moved(start), moved(end));
      }
      applying = true;
      try {
        element.dispatchEvent(new Event("input", { bubbles: true }));
      } finally {
        applying = false;
      }
    },

    /** After a reconnect to the same circuit: sends what was typed while the connection was gone. */
    resend: () => {
      for (const field of fields.keys()) {
        const element = document.querySelector(`textarea[data-pending-key="${CSS.escape(planId + ":" + field)}"]`);
        element?.dispatchEvent(new Event("input", { bubbles: true }));
      }
    },

    /** Waits until every entry is written (before the page reloads itself). */
    flush: async () => {
      await Promise.all([...writing.values()]);
    },

    clear,

    /** For tests and benchmarks: how many fields wait for the server, and when a field was last confirmed. */
    isAttached: () => attached,
    pendingCount: () => fields.size,
    confirmedAt: (field) => confirmedAt.get(field) ?? null,
  };

  // Leaving the page (closing the tab, a reload, going elsewhere) writes when it happened. Everything confirmed is gone
  // already; what is left is text the server never confirmed, sealed. A reload comes back at once and takes it back.
  // A tab that comes back after a longer time was closed and reopened ("reopen closed tab" restores sessionStorage) or
  // left for long: then nothing of the plan is kept, not even sealed.
  const leftAtKey = "eigenplan-pending-left-at";
  const keepAfterLeaving = 10 * 60 * 1000;
  window.addEventListener("pagehide", () => {
    try {
      if (fields.size > 0 || storedKeys(prefix).length > 0) sessionStorage.setItem(leftAtKey, String(Date.now()));
    } catch {
      // Storage blocked: nothing was kept either.
    }
  });
  try {
    const leftAt = Number(sessionStorage.getItem(leftAtKey));
    sessionStorage.removeItem(leftAtKey);
    if (leftAt > 0 && !(Date.now() - leftAt < keepAfterLeaving)) clear();
  } catch {
    // Storage blocked: there is no buffer to clear.
  }

  // "Sluit mijn plan op dit apparaat" and closing this device: nothing of the plan stays in the tab. The page after
  // deleting the plan carries data-clears-pending too.
  document.addEventListener("submit", (event) => {
    if (event.target instanceof HTMLFormElement && event.target.hasAttribute("data-clears-pending")) clear();
  }, true);
  function clearIfAsked() {
    if (document.querySelector("[data-clears-pending]:not(form)")) clear();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", clearIfAsked);
  } else {
    clearIfAsked();
  }
  window.eigenPlan?.onEnhancedLoad(clearIfAsked);
})();
