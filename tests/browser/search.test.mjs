// The search page (issue 6 item 4) at a phone's and a desktop's width, axe-clean: results
// with facets, a filtered page, "Có phải bạn muốn tìm", no results; and the same journey
// without JavaScript (the form, a facet link, the next page).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newContext, visit } from './lib.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAGES = [
  ['/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c&pham-vi=tat-ca', 'tim-kiem'],
  ['/tim-kiem?q=giao%20duc&loai=van-ban&sap-xep=ngay', 'tim-kiem-van-ban'],
  ['/tim-kiem?q=tuy%E1%BB%83n%20sinhh', 'tim-kiem-goi-y'],
  ['/tim-kiem?q=xyzkhongcotu', 'tim-kiem-trong'],
];

for (const width of [390, 1280]) {
  test(`the search pages at ${width} px are axe-clean and fit the width`, { timeout: 90000 }, async () => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      for (const [url, shot] of PAGES) {
        const v = await visit(page, url, { shot });
        v.detach();
        assert.deepEqual(v.problems, [], url);
        assert.deepEqual(v.external, [], url);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${url}: no sideways scroll`);
      }
    } finally {
      await context.close();
    }
  });
}

test('without JavaScript: type, filter by a facet, go to the next page', { timeout: 60000 }, async () => {
  const context = await newContext(browser, 390);
  await context.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await noJs.newPage();
  try {
    await page.goto(`${process.env.EDUPORTAL_URL}/tim-kiem`);
    await page.fill('#tim-kiem-q', 'giao duc');
    await page.check('input[name="pham-vi"]');
    await page.click('.search-page-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.ok((await page.locator('.search-result').count()) > 0, 'results');
    await page.click('.search-facet a[href*="loai=van-ban"]');
    await page.waitForLoadState('load');
    assert.match(page.url(), /loai=van-ban/);
    const kinds = await page.locator('.search-result-meta').allTextContents();
    assert.ok(kinds.length > 0);
    assert.ok(kinds.every((k) => !/^Bài viết/.test(k)), 'only documents');
    // The filter rides along with a new query.
    await page.fill('#tim-kiem-q', 'quyet dinh');
    await page.click('.search-page-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(page.url(), /loai=van-ban/);
    if (await page.locator('a[rel=next]').count()) {
      await page.click('a[rel=next]');
      await page.waitForLoadState('load');
      assert.match(page.url(), /trang=2/);
      assert.ok((await page.locator('.search-result').count()) > 0);
    }
  } finally {
    await noJs.close();
  }
});
