// Small browser helpers for EigenPlan; everything else is server-side Blazor.
window.eigenPlan = {
  copyText: async (text) => {
    try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
  },
  print: () => window.print(),
  getHelperMode: () => localStorage.getItem("eigenplan-helper-mode") === "1",
  setHelperMode: (on) => localStorage.setItem("eigenplan-helper-mode", on ? "1" : "0"),
  focus: (id) => { const el = document.getElementById(id); if (el) { el.focus(); } },
};
