// Small browser helpers for EigenPlan; everything else is server-side Blazor.
window.eigenPlan = {
  copyText: async (text) => {
    try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
  },
  print: () => window.print(),
  getHelperMode: () => localStorage.getItem("eigenplan-helper-mode") === "1",
  setHelperMode: (on) => localStorage.setItem("eigenplan-helper-mode", on ? "1" : "0"),
  focus: (id) => { const el = document.getElementById(id); if (el) { el.focus(); } },
  // Blazor's own events exist only once it has started (below); listeners wait for that.
  onEnhancedLoad: (listener) => { enhancedLoadListeners.push(listener); },
};
const enhancedLoadListeners = [];

// Static pages (start, continue, staff sign-in) are plain forms. Once they load, or a form post updates them in
// place (Blazor's "enhancedload"): show what needs script, mirror the helper-mode setting, focus the error summary.
function enhanceStaticPage() {
  for (const element of document.querySelectorAll("[data-needs-script]")) { element.hidden = false; }
  for (const box of document.querySelectorAll("input[data-helper-mode]")) { box.checked = window.eigenPlan.getHelperMode(); }
  document.querySelector("[data-focus-on-load]")?.focus();
}

window.eigenPlan.onEnhancedLoad(enhanceStaticPage);

document.addEventListener("change", (event) => {
  if (event.target instanceof HTMLInputElement && event.target.matches("[data-helper-mode]")) {
    window.eigenPlan.setHelperMode(event.target.checked);
  }
});
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", enhanceStaticPage);
} else {
  enhanceStaticPage();
}

// Blazor starts here (autostart="false" in App.razor) to set how it reconnects. After a dropped connection or a
// restarted server it tries at once and then every few seconds for about five minutes (the framework's default waits
// 5 and then 30 seconds after ten quick tries, while a restarted server is usually back within seconds). A server that
// no longer knows the circuit makes the page reload (Components/Layout/ReconnectModal.razor.js); the tab's buffer
// (pending-text.js) puts back what was typed meanwhile.
{
  const retryDelays = [0, 250, 500, 1000, 1000, 2000, 2000];
  try {
    window.Blazor?.start({
      circuit: {
        reconnectionOptions: {
          maxRetries: 100,
          retryIntervalMilliseconds: (attempt) => retryDelays[attempt] ?? 3000,
        },
      },
    })?.catch((error) => console.error("Blazor did not start", error));
  } catch (error) {
    console.error("Blazor did not start", error);
  }
  // start() sets up Blazor's event system before it returns.
  for (const listener of enhancedLoadListeners) window.Blazor?.addEventListener?.("enhancedload", listener);
  window.eigenPlan.onEnhancedLoad = (listener) => window.Blazor?.addEventListener?.("enhancedload", listener);
}
