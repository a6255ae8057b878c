// Page height, controls and words per page on a phone (390×844), as the resident sees it once the page is ready.
// Usage: node page-sizes.mjs BASE_URL HEADERS_JSON name=/path ...   (run.sh calls it; Chromium from CHROME_PATH)
// puppeteer-core comes with Lighthouse (no browser download); it drives Debian's /usr/bin/chromium.
import fs from "node:fs";
import puppeteer from "puppeteer-core";

const [base, headersFile, ...pages] = process.argv.slice(2);
const headers = JSON.parse(fs.readFileSync(headersFile, "utf8"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  console.log("| page | height | screens | controls | words |\n|---|---:|---:|---:|---:|");
  for (const entry of pages) {
    const [name, path] = entry.split("=");
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    await page.setExtraHTTPHeaders(headers);
    await page.goto(base + path, { waitUntil: "networkidle0" });
    await page.waitForSelector("#app-state[data-ready=true]", { timeout: 30000 }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    const m = await page.evaluate(() => {
      const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden"; };
      const controls = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")].filter(visible);
      const words = document.body.innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      return { height: document.documentElement.scrollHeight, controls: controls.length, words };
    });
    console.log(`| ${name} | ${m.height.toLocaleString("en")} px | ${(m.height / 844).toFixed(1)} | ${m.controls} | ${m.words} |`);
    await page.close();
  }
} finally {
  await browser.close();
}
