// Helpers for the browser tests: Debian's Chromium driven by playwright-core (never a
// browser download), one visit of a page that records what went wrong in it (console
// errors, page errors, failed requests, requests leaving the test host), axe-core's
// WCAG 2.1 A/AA audit and a full-page screenshot under var/screenshots/<width>/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, ROOT } from '../integration/lib.mjs';

export { BASE, ROOT };
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'var/screenshots');
const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BASE_HOST = new URL(BASE).hostname;  // 127.0.0.1

// The widths every page is seen at: a phone and a desktop.
export const WIDTHS = {
  390: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  1280: { viewport: { width: 1280, height: 800 }, isMobile: false, deviceScaleFactor: 1 },
};

// Chromium without anything that talks to the network on its own. playwright's launch()
// gives it a fresh temporary --user-data-dir (removed on close); it refuses that switch in
// `args`, which is why it is not listed here.
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    timeout: 30000,
  });
}

// A context for one width. bypassCSP lets axe-core be injected as a script tag (the site's
// CSP allows no inline script); the CSP itself is checked in a context without it.
export async function newContext(browser, width, { bypassCSP = true } = {}) {
  const context = await browser.newContext({
    ...WIDTHS[width], bypassCSP, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
  // Nothing may leave the test host: such requests are recorded by visit() and cut here so
  // a test run never reaches the Internet.
  await context.route((url) => !isLocal(url), (route) => route.abort('blockedbyclient'));
  context.setDefaultTimeout(15000);
  return context;
}

function isLocal(url) {
  const u = url instanceof URL ? url : new URL(url);
  if (['data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  return u.hostname === BASE_HOST;
}

// Opens BASE+urlPath in `page` and collects what went wrong in it. Returns
// { status, problems, external, moderate, detach }: `problems` (strings) are failures,
// `external` the URLs of requests that tried to leave the test host, `moderate` axe
// findings to report only. The arrays keep filling until detach() (call it before the page
// visits the next URL; pages are reused, a new tab costs more than a navigation), so read
// them last. expectedStatus is the main document's status (404 for the not-found page,
// whose own 404 is then neither a failed request nor a console error). With `shot`, also
// saves a full-page screenshot var/screenshots/<width>/<shot>.png.
export async function visit(page, urlPath, { expectedStatus = 200, axe = true, shot } = {}) {
  const url = BASE + urlPath;
  const record = { status: 0, problems: [], external: [], moderate: [] };
  const { problems } = record;
  const mine = new Set();  // requests made while this visit listens
  const listeners = {
    console: (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      // Chromium logs the main document's own error status; it is checked as `status`.
      if (/^Failed to load resource: the server responded with a status of \d+/.test(msg.text())
          && sameDocument(loc.url, url)) return;
      problems.push(`console error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    },
    pageerror: (err) => problems.push(`page error: ${err.message}`),
    request: (req) => {
      mine.add(req);
      if (!isLocal(req.url())) record.external.push(req.url());
    },
    requestfailed: (req) => {
      // Not those of the page's previous document, nor those reported as external, nor
      // those the browser cancelled itself (ERR_ABORTED: Chromium restarts the favicon
      // fetch on the skip link's same-document navigation). A 404 is a `response`.
      if (!mine.has(req) || !isLocal(req.url())) return;
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`);
    },
    response: (res) => {
      if (res.status() < 400 || !mine.has(res.request())) return;
      if (res.request().isNavigationRequest() && res.frame() === page.mainFrame()
          && sameDocument(res.url(), url)) return;  // checked as `status`
      problems.push(`response ${res.status()}: ${res.request().method()} ${res.url()}`);
    },
  };
  for (const [event, fn] of Object.entries(listeners)) page.on(event, fn);
  record.detach = () => { for (const [event, fn] of Object.entries(listeners)) page.off(event, fn); };

  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    record.status = response ? response.status() : 0;
    if (record.status !== expectedStatus) problems.push(`status ${record.status}, expected ${expectedStatus}`);
    const body = response ? await response.body().catch(() => null) : null;
    if (body && body.length === 0) {
      const h = response.headers();
      problems.push(`the page came back empty (Content-Length ${h['content-length']}, X-Cache ${h['x-cache']})`);
    }
    await settle(page, url);
    await loadAllImages(page);

    if (axe) {
      const result = await runAxe(page);
      problems.push(...result.serious);
      record.moderate = result.moderate;
    }
    if (shot) await screenshot(page, page.viewportSize().width, shot);
  } catch (err) {
    record.detach();
    throw err;
  }
  return record;
}

// Waits until script evaluation reaches the new document. On a loaded machine the first
// navigation of a new tab (which moves it from about:blank to a site renderer) can still
// answer from the old blank document for a moment.
async function settle(page, url) {
  let seen;
  for (let i = 0; i < 40; i++) {
    seen = await page.evaluate(() => document.URL).catch(() => '');
    if (sameDocument(seen, url)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the tab still shows ${JSON.stringify(seen)}, not ${url}`);
}

// Loads the lazy images too (so a broken one is a failed request, and the screenshot
// shows them) and waits until every image has loaded or failed.
async function loadAllImages(page) {
  await page.evaluate(() => Promise.all([...document.images].map((img) => {
    if (img.loading === 'lazy') img.loading = 'eager';
    if (img.complete) return null;
    return new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
      setTimeout(resolve, 5000);
    });
  })));
}

function sameDocument(a, b) {
  if (!a) return false;
  const strip = (u) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

// axe-core over the whole document with the WCAG 2.0/2.1 A and AA rules. Serious and
// critical violations are failures; the others are only reported.
export async function runAxe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  const describe = (v) => `axe ${v.impact} ${v.id} (${v.help}): `
    + v.nodes.slice(0, 5).map((n) => `${n.target} ${n.html}${n.summary ? ` — ${n.summary.replace(/\s+/g, ' ')}` : ''}`).join(' | ')
    + (v.nodes.length > 5 ? ` | … ${v.nodes.length - 5} more` : '');
  return {
    serious: results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe),
    moderate: results.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map(describe),
  };
}

// Saves a full-page screenshot to var/screenshots/<width>/<name>.png; returns the path.
// In CSS pixels: the phone renders at 2x, but a 2x PNG of a 11,000 px home page costs
// seconds to encode for little more to see.
export async function screenshot(page, width, name) {
  const dir = path.join(SCREENSHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', scale: 'css' });
  return file;
}
