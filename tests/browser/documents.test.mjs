// Documents, drafts and procedures in a real browser at phone and desktop widths, with
// axe-core on each page (issue 6): /van-ban, one document with its inline PDF view, /du-thao,
// /thu-tuc-hanh-chinh, and the clerk's /admin/van-ban form whose number is checked as
// it is typed (admin-documents.js under the real CSP).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sqlValue } from '../integration/lib.mjs';
import { BASE, launchBrowser, newContext, runAxe, visit } from './lib.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const docPath = () => {
  const [id, slug] = [sqlValue("SELECT id FROM documents WHERE number_symbol = '09/2024/TT-BGDĐT' AND site_id = 1"),
    sqlValue("SELECT slug FROM documents WHERE number_symbol = '09/2024/TT-BGDĐT' AND site_id = 1")];
  return `/van-ban/${id}-${slug}`;
};
const draftPath = () => {
  const id = sqlValue("SELECT id FROM document_drafts WHERE closes_at > UTC_TIMESTAMP() AND site_id = 1 ORDER BY id LIMIT 1");
  return `/du-thao/${id}-${sqlValue(`SELECT slug FROM document_drafts WHERE id = ${id}`)}`;
};

for (const width of [390, 1280]) {
  test(`public document pages at ${width} px are axe-clean and fit the screen`, { timeout: 120000 }, async () => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      for (const p of ['/van-ban', '/van-ban?loai=ke-hoach&nam=2025', docPath(), '/du-thao', draftPath(),
        '/thu-tuc-hanh-chinh', `/thu-tuc-hanh-chinh/${sqlValue("SELECT CONCAT(id, '-', slug) FROM procedures ORDER BY id LIMIT 1")}`]) {
        const v = await visit(page, p, { shot: `van-ban-${p.replace(/[^a-z0-9]+/g, '-').slice(0, 40)}` });
        v.detach();
        // Chromium's own PDF viewer (in the document's iframe) loads its parts from
        // chrome:// and chrome-extension://, which the test context cuts: not the site's.
        const own = (x) => /(chrome|chrome-extension):\/\//.test(x);
        assert.deepEqual(v.problems.filter((x) => !own(x)), [], `${p} at ${width}`);
        assert.deepEqual(v.external.filter((x) => !own(x)), [], `${p} reaches outside`);
        const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`).slice(0, 5));
        assert.deepEqual(wide, [], `${p} at ${width}: nothing sideways`);
      }
    } finally {
      await context.close();
    }
  });
}

test('the PDF shows inline in the document page under the real CSP', { timeout: 60000 }, async () => {
  const context = await newContext(browser, 1280, { bypassCSP: false });
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  try {
    await page.goto(BASE + docPath(), { waitUntil: 'load' });
    assert.equal(await page.locator('iframe').count(), 0, 'no viewer until asked for');
    await page.getByRole('link', { name: 'Xem trực tiếp trên trang' }).click();
    await page.waitForLoadState('load');
    const frame = page.locator('iframe.pdf-frame');
    await frame.scrollIntoViewIfNeeded();
    const src = await frame.getAttribute('src');
    assert.match(src, /^\/van-ban\/xem\/\d+$/);
    const res = await page.request.get(BASE + src);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    await page.waitForTimeout(500);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

for (const width of [390, 1280]) {
  test(`the clerk's /admin/van-ban at ${width} px: axe-clean, the number checked as typed`, { timeout: 90000 }, async () => {
    const context = await newContext(browser, width, { bypassCSP: false });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await page.goto(`${BASE}/admin/dang-nhap`);
      await page.getByLabel('Tên đăng nhập').fill('vanthu');
      await page.getByLabel('Mật khẩu').fill('eduportal-demo');
      const loaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await loaded;
      await page.goto(`${BASE}/admin/van-ban`, { waitUntil: 'load' });
      assert.equal(await page.locator('h1').textContent(), 'Văn bản');
      await page.goto(`${BASE}/admin/van-ban/moi`, { waitUntil: 'load' });
      await page.selectOption('#loai', 'quyet-dinh');
      await page.selectOption('#co_quan', '6');
      await page.fill('#ngay_ban_hanh', '2026-11-20');
      await page.fill('#so_ky_hieu', '12/CV-PGDĐT');
      await page.locator('#so_ky_hieu-kiem-tra .field-error').waitFor();
      assert.match(await page.textContent('#so_ky_hieu-kiem-tra'), /«CV»/);
      assert.equal(await page.getAttribute('#so_ky_hieu', 'aria-invalid'), 'true');
      await page.fill('#so_ky_hieu', '77/QĐ-PGDĐT');
      await page.locator('#so_ky_hieu-kiem-tra .number-ok').waitFor();
      assert.match(await page.textContent('#so_ky_hieu-kiem-tra'), /Số 77, năm 2026/);
      assert.deepEqual(errors, []);
      // axe on the form and the list; bypassing the CSP only for axe's own script.
      const axeContext = await newContext(browser, width);
      await axeContext.addCookies(await context.cookies());
      const axePage = await axeContext.newPage();
      for (const p of ['/admin/van-ban', '/admin/van-ban/moi', '/admin/du-thao', '/admin/thu-tuc']) {
        const v = await visit(axePage, p);
        v.detach();
        assert.deepEqual(v.problems, [], `${p} at ${width}`);
      }
      const axe = await runAxe(axePage);
      assert.deepEqual(axe.serious, []);
      await axeContext.close();
    } finally {
      await context.close();
    }
  });
}
