// Reacts to the live connection's state (Blazor raises "components-reconnect-state-changed" on the element), as the
// .NET 10 template's ReconnectModal does, with three differences: no modal (typing goes on into the tab's buffer), the
// page's own save status is hidden while the connection is gone (html.ep-offline; one state at a time), and after a
// reconnect to the same circuit the text typed meanwhile is sent on (eigenPlanPending.resend).
const banner = document.getElementById("components-reconnect-modal");
banner?.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
document.getElementById("components-resume-button")?.addEventListener("click", resume);

const announcer = document.getElementById("reconnect-announcer");
const spoken = { show: ".reconnect__retrying", failed: ".reconnect__failed", paused: ".reconnect__paused", "resume-failed": ".reconnect__paused" };

async function onStateChanged(event) {
  const state = event.detail.state;
  document.documentElement.classList.toggle("ep-offline", state !== "hide");
  if (announcer && state !== "retrying") {
    announcer.textContent = spoken[state] ? banner.querySelector(`${spoken[state]} .reconnect__text`)?.textContent ?? "" : "";
  }
  if (state === "hide") {
    window.eigenPlanPending?.resend();
  } else if (state === "failed") {
    document.addEventListener("visibilitychange", retryWhenVisible);
  } else if (state === "rejected") {
    // The server is back but no longer knows this circuit (restarted, or the circuit expired): a fresh page opens the
    // plan again and takes back what this tab kept. Wait for the last write to the tab's buffer first.
    await reload();
  }
}

async function reload() {
  try {
    await window.eigenPlanPending?.flush();
  } finally {
    location.reload();
  }
}

async function retry() {
  document.removeEventListener("visibilitychange", retryWhenVisible);
  try {
    // true: reconnected; false: the server answered but the circuit is gone; an exception: the server is unreachable.
    if (!await Blazor.reconnect() && !await Blazor.resumeCircuit()) {
      await reload();
    }
  } catch {
    document.addEventListener("visibilitychange", retryWhenVisible);
  }
}

async function resume() {
  try {
    if (!await Blazor.resumeCircuit()) {
      await reload();
    }
  } catch {
    banner?.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
  }
}

async function retryWhenVisible() {
  if (document.visibilityState === "visible") {
    await retry();
  }
}
