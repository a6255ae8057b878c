// "Lees voor": reads a question, hint, tip or example aloud with the browser's own speech synthesis, in the language
// of the text (its closest lang attribute), one sentence at a time with that sentence highlighted.
//
// Why plain script and not Blazor interop: it works on every page, also before the live connection is up, and costs
// the server nothing. Why the CSS Custom Highlight API: it marks text without changing the DOM, so Blazor's picture of
// the page stays true. Where a browser has no highlight API, the text is read without the mark.
(() => {
  const HighlightName = "read-aloud";
  const Languages = { nl: "nl-NL", en: "en-GB", tr: "tr-TR", pl: "pl-PL", ar: "ar" };
  const Messages = {
    nl: {
      noSpeech: "Voorlezen werkt niet in deze browser. Probeer een andere browser, zoals Chrome, Edge of Safari.",
      noVoice: "Je apparaat heeft geen stem om Nederlands voor te lezen. Je kunt een stem toevoegen bij de instellingen van je telefoon of computer (spraak of voorlezen).",
      stop: "Stop met voorlezen",
    },
    en: {
      noSpeech: "Reading aloud does not work in this browser. Try another browser, such as Chrome, Edge or Safari.",
      noVoice: "Your device has no voice to read English aloud. You can add a voice in the settings of your phone or computer (speech).",
      stop: "Stop reading",
    },
    tr: {
      noSpeech: "Sesli okuma bu tarayıcıda çalışmıyor. Chrome, Edge veya Safari gibi başka bir tarayıcı deneyin.",
      noVoice: "Cihazınızda Türkçe okuyacak bir ses yok. Telefonunuzun veya bilgisayarınızın ayarlarından bir ses ekleyebilirsiniz.",
      stop: "Okumayı durdur",
    },
    pl: {
      noSpeech: "Czytanie na głos nie działa w tej przeglądarce. Spróbuj innej, na przykład Chrome, Edge lub Safari.",
      noVoice: "Twoje urządzenie nie ma głosu do czytania po polsku. Możesz dodać głos w ustawieniach telefonu lub komputera.",
      stop: "Zatrzymaj czytanie",
    },
    ar: {
      noSpeech: "القراءة بصوت عالٍ لا تعمل في هذا المتصفح. جرّب متصفحًا آخر مثل Chrome أو Edge أو Safari.",
      noVoice: "لا يوجد في جهازك صوت يقرأ العربية. يمكنك إضافة صوت من إعدادات الهاتف أو الحاسوب.",
      stop: "أوقف القراءة",
    },
  };

  let current = null; // { button, label, cancelled }

  const languageOf = (element) => (element.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang || "nl").toLowerCase();
  const baseLanguage = (lang) => lang.split("-")[0];
  const messagesFor = (lang) => Messages[baseLanguage(lang)] || Messages.nl;

  // Voices can arrive a moment after the page loads (Chrome fills the list asynchronously).
  function voicesAsync(synth) {
    const now = synth.getVoices();
    if (now.length > 0) { return Promise.resolve(now); }
    return new Promise((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener?.("voiceschanged", done, { once: true });
      setTimeout(done, 1500);
    });
  }

  // The text of the targets as text nodes with their offsets, so a sentence can become a Range without touching the DOM.
  function textOf(targets) {
    const pieces = [];
    let text = "";
    for (const target of targets) {
      const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => node.parentElement?.closest(".visually-hidden, [aria-hidden=true], script, style")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        pieces.push({ node, start: text.length });
        text += node.data;
      }
      text += "\n";
    }
    return { text, pieces };
  }

  function sentencesOf(text) {
    const result = [];
    const pattern = /[^.!?؟\n]+[.!?؟]*/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const trimmed = match[0].trim();
      if (trimmed.length > 0) {
        const start = match.index + match[0].indexOf(trimmed);
        result.push({ text: trimmed, start, end: start + trimmed.length });
      }
    }
    return result;
  }

  function rangeFor(pieces, start, end) {
    const at = (offset, isEnd) => {
      for (let i = pieces.length - 1; i >= 0; i--) {
        const piece = pieces[i];
        if (piece.start <= offset && (offset < piece.start + piece.node.data.length || (isEnd && offset === piece.start + piece.node.data.length))) {
          return { node: piece.node, offset: offset - piece.start };
        }
      }
      return null;
    };
    const from = at(start, false);
    const to = at(end, true);
    if (!from || !to) { return null; }
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  function mark(range) {
    if (!window.CSS?.highlights || typeof Highlight === "undefined") { return; }
    if (range) { CSS.highlights.set(HighlightName, new Highlight(range)); } else { CSS.highlights.delete(HighlightName); }
  }

  function say(button, message) {
    const status = button.parentElement?.querySelector("[data-read-aloud-message]");
    if (status) { status.textContent = message; status.hidden = !message; }
  }

  function stop() {
    if (!current) { return; }
    current.cancelled = true;
    window.speechSynthesis?.cancel();
    const label = current.button.querySelector("[data-read-aloud-label]");
    if (label) { label.textContent = current.label; }
    current.button.setAttribute("aria-pressed", "false");
    mark(null);
    current = null;
  }

  async function read(button) {
    const lang = languageOf(button);
    const messages = messagesFor(lang);
    const synth = window.speechSynthesis;
    say(button, "");
    if (!synth || typeof SpeechSynthesisUtterance === "undefined") {
      say(button, messages.noSpeech);
      return;
    }
    const targets = (button.getAttribute("data-read-aloud") || "").split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean);
    const { text, pieces } = textOf(targets);
    const sentences = sentencesOf(text);
    if (sentences.length === 0) { return; }

    const wanted = Languages[baseLanguage(lang)] || lang;
    const voices = await voicesAsync(synth);
    const voice = voices.find((v) => v.lang?.toLowerCase() === wanted.toLowerCase())
      || voices.find((v) => baseLanguage((v.lang || "").toLowerCase().replace("_", "-")) === baseLanguage(lang));
    if (!voice) {
      say(button, messages.noVoice);
      return;
    }

    const label = button.querySelector("[data-read-aloud-label]");
    const reading = { button, label: label?.textContent ?? "", cancelled: false };
    current = reading;
    if (label) { label.textContent = messages.stop; }
    button.setAttribute("aria-pressed", "true");

    // One utterance per sentence: the mark follows the sentence being read on every engine, also those that do not
    // send word boundaries.
    for (const sentence of sentences) {
      if (reading.cancelled) { return; }
      await new Promise((resolve) => {
        const utterance = new SpeechSynthesisUtterance(sentence.text);
        utterance.lang = wanted;
        try { utterance.voice = voice; } catch { /* a voice object from another realm: the language still picks one */ }
        utterance.onstart = () => { if (!reading.cancelled) { mark(rangeFor(pieces, sentence.start, sentence.end)); } };
        utterance.onend = () => resolve();
        utterance.onerror = () => resolve();
        synth.speak(utterance);
      });
    }
    if (current === reading) { stop(); }
  }

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-read-aloud]") : null;
    if (!button) { return; }
    event.preventDefault();
    const wasThisOne = current?.button === button;
    stop();
    if (!wasThisOne) { read(button); }
  });

  // Leaving the page (also by Blazor's own navigation) stops the voice.
  window.addEventListener("pagehide", stop);
  window.Blazor?.addEventListener?.("enhancedload", stop);
  window.navigation?.addEventListener?.("navigate", stop);
})();
