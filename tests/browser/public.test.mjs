// The public pages in a real browser (Debian's headless Chromium), for the office and one
// school, on a phone (390 px) and a desktop (1280 px): no console or page errors, no failed
// request, no request leaving the test host, no serious or critical WCAG 2.1 A/AA violation
// (axe-core), the skip link, the home access key, html lang, alt on every image, no
// horizontal scrolling on the phone, text at 200 % still fitting on the desktop; and, in a
// context that keeps the site's Content-Security-Policy, no CSP violation on any page.
// Screenshots land in var/screenshots/<width>/<site>-<page>.png.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sqlValue } from '../integration/lib.mjs';
import { BASE, launchBrowser, newContext, visit } from './lib.mjs';
import { publicPages } from './pages.mjs';

const { pages, skipped } = await publicPages();
for (const s of skipped) console.log(`optional page not visited: ${s}`);

// One browser; per width one context and one page, which every test of that width reuses.
let browser;
const tabs = {};
before(async () => {
  browser = await launchBrowser();
  for (const width of [390, 1280]) {
    tabs[width] = await (await newContext(browser, width)).newPage();
    await tabs[width].goto(`${BASE}/static/css/portal.css`);  // into a site renderer first
  }
});
after(async () => { await browser?.close(); });

// Facts about the loaded page that every width checks (runs in the page).
function pageFacts() {
  const main = document.querySelector('main');
  return {
    lang: document.documentElement.getAttribute('lang'),
    imagesWithoutAlt: [...document.querySelectorAll('img:not([alt])')].map((i) => i.outerHTML.slice(0, 120)),
    homeKey: [...document.querySelectorAll('[accesskey="1"]')].map((a) => a.getAttribute('href')),
    mainId: main ? main.id : null,
    mains: document.querySelectorAll('main').length,
  };
}

// The focused element, described (runs in the page).
function focusedElement() {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body' };
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute('href'),
    text: (el.textContent || '').trim().slice(0, 80),
    isMain: el === document.querySelector('main'),
    visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < window.innerHeight && r.left < window.innerWidth,
  };
}

// The innermost elements (at most 5) of `scope` that stick out to the right of `limit` px
// and are not inside a box that scrolls or clips them (runs in the page).
function overflowing({ limit, scope }) {
  const root = document.querySelector(scope);
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const sticksOut = (el) => el.getBoundingClientRect().right > limit + 1 && !clipped(el);
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    if (el.classList.length) s += `.${[...el.classList].join('.')}`;
    return `${s} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
  };
  return [...root.querySelectorAll('*')]
    .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
    .slice(0, 5).map(describe);
}

async function checkPage(t, p, width) {
  const page = tabs[width];
  let r;
  try {
    r = await visit(page, p.url, { expectedStatus: p.status, shot: p.name });
    for (const m of r.moderate) t.diagnostic(m);
    const problems = [];

    const facts = await page.evaluate(pageFacts);
    if (facts.lang !== 'vi') problems.push(`html lang is ${JSON.stringify(facts.lang)}, not "vi"`);
    if (facts.imagesWithoutAlt.length) problems.push(`images without alt: ${facts.imagesWithoutAlt.join(' | ')}`);
    const home = `${p.site.prefix}/`;
    if (!facts.homeKey.includes(home)) {
      problems.push(`no accesskey="1" link to the home page ${home} (found: ${JSON.stringify(facts.homeKey)})`);
    }
    if (facts.mains !== 1) problems.push(`${facts.mains} <main> elements, expected 1`);

    // The skip link: the first Tab stop, visible when focused, and it moves focus to main.
    await page.keyboard.press('Tab');
    const first = await page.evaluate(focusedElement);
    if (first.tag !== 'a' || !facts.mainId || first.href !== `#${facts.mainId}`) {
      problems.push(`the first focusable element is <${first.tag}> ${JSON.stringify(first.href ?? '')} `
        + `"${first.text ?? ''}", not a skip link to #${facts.mainId}`);
    } else {
      if (!first.visible) problems.push('the skip link is not visible when focused');
      await page.keyboard.press('Enter');
      let target = await page.evaluate(focusedElement);
      for (let i = 0; i < 10 && !target.isMain; i++) {  // a loaded machine may lag a little
        await page.waitForTimeout(50);
        target = await page.evaluate(focusedElement);
      }
      if (!target.isMain) problems.push(`the skip link moved focus to <${target.tag}>, not to main`);
    }

    if (width === 390) {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 391) {
        problems.push(`the page scrolls sideways at 390 px (scrollWidth ${scrollWidth}): `
          + (await page.evaluate(overflowing, { limit: 390, scope: 'body' })).join(', '));
      }
    } else {
      // Text at 200 %: the root font size, which every rem in portal.css follows.
      const m = await page.evaluate(() => {
        const main = document.querySelector('main');
        if (!main) return { noMain: location.href };
        const before = parseFloat(getComputedStyle(main).fontSize);
        document.documentElement.style.fontSize = '200%';
        return {
          before, fontSize: parseFloat(getComputedStyle(main).fontSize),
          scrollWidth: main.scrollWidth, clientWidth: main.clientWidth,
          right: main.getBoundingClientRect().right,
          docWidth: document.documentElement.scrollWidth,
        };
      });
      if (m.noMain) {
        problems.push(`no <main> in ${m.noMain} to check text at 200 %`);
      } else {
        if (m.fontSize < m.before * 1.9) t.diagnostic(`text in main did not grow at 200 % (${m.before} → ${m.fontSize} px)`);
        if (m.scrollWidth > m.clientWidth + 1) {
          problems.push(`main overflows sideways with text at 200 % (scrollWidth ${m.scrollWidth} > ${m.clientWidth}): `
            + (await page.evaluate(overflowing, { limit: m.right, scope: 'main' })).join(', '));
        }
        if (m.docWidth > 1281) t.diagnostic(`with text at 200 % the document is ${m.docWidth} px wide`);
      }
    }

    // Last, so that late events (a failed image, a console error) are in.
    problems.unshift(...r.problems);
    if (r.external.length) {
      problems.push(`requests leaving ${new URL(BASE).hostname}: ${[...new Set(r.external)].join(', ')}`);
    }
    if (problems.length) assert.fail(`${p.url} at ${width} px:\n  - ${problems.join('\n  - ')}`);
  } finally {
    r?.detach();
  }
}

// One suite per page, its two widths at once (one context each): the browser, the stack
// and the tests share two cores, and a failure still names the page and the width.
for (const p of pages) {
  describe(`${p.url} (${p.name})`, { concurrency: 2 }, () => {
    for (const width of [390, 1280]) {
      test(`${p.url} at ${width} px`, (t) => checkPage(t, p, width));
    }
  });
}

test('no page breaks the Content-Security-Policy (a context that keeps it)', async () => {
  const context = await newContext(browser, 1280, { bypassCSP: false });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(
      `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const problems = [];
  const check = async (page, p) => {
    const logged = [];
    const onConsole = (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) logged.push(msg.text().slice(0, 200));
    };
    page.on('console', onConsole);
    try {
      const r = await visit(page, p.url, { expectedStatus: p.status, axe: false });
      r.detach();
      const events = await page.evaluate(() => window.cspViolations || []);
      for (const v of events.length ? events : logged) problems.push(`${p.url}: ${v}`);
    } finally {
      page.off('console', onConsole);
    }
  };
  try {
    const queue = [...pages];
    const lane = async () => {
      const page = await context.newPage();
      for (let p; (p = queue.shift());) await check(page, p);
    };
    await Promise.all([lane(), lane()]);
  } finally {
    await context.close();
  }
  problems.sort();
  assert.deepEqual(problems, []);
});

// Link checkers and monitors send HEAD. nginx answers HEAD from the same micro-cache as
// GET, so a HEAD must not leave a bodiless page there for the next visitor.
test('a HEAD request does not leave an empty page in the cache for the next visitor', async () => {
  const slug = sqlValue(`SELECT slug FROM pages WHERE site_id = (SELECT id FROM sites WHERE parent_id IS NULL)
      AND slug NOT IN ('lich-su', 'ban-lanh-dao') ORDER BY id LIMIT 1`);
  const url = `/gioi-thieu/${slug}`;  // a page no other test has just fetched
  const head = await fetch(BASE + url, { method: 'HEAD' });
  assert.equal(head.status, 200);
  const context = await newContext(browser, 1280);
  try {
    const page = await context.newPage();
    const r = await visit(page, url, { axe: false });
    const main = await page.evaluate(() => !!document.querySelector('main'));
    r.detach();
    assert.deepEqual(r.problems, [], `${url} right after a HEAD`);
    assert.ok(main, `${url} right after a HEAD has no <main>`);
  } finally {
    await context.close();
  }
});
