// Document distribution in a real browser (Debian's headless Chromium) under the site's
// real Content-Security-Policy: the office's clerk sends a dispatch to two schools, one
// school's focal point reads it and replies with a file, the office sees one replied and
// one unread. Then axe-core on every new staff page (dispatches, inbox, overdue list,
// news sent up, internal portal, library) at 390 and 1280 px, and the public library.
// Screenshots land in var/screenshots/distribution/<width>/<name>.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql, sqlValue } from '../integration/lib.mjs';
import { BASE, ROOT, launchBrowser, newContext, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const SHOTS = path.join(ROOT, 'var/screenshots/distribution');
const REPORT = path.join(ROOT, 'db/demo/private/cong-van/demo/bao-cao-truong.pdf');
const stamp = () => `${Date.now() % 100000000}`;
const made = [];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  for (const id of made) {
    sql(`DELETE FROM dispatch_files WHERE dispatch_id = ${id}`);
    sql(`DELETE FROM dispatch_reads WHERE dispatch_id = ${id}`);
    sql(`DELETE FROM dispatch_replies WHERE dispatch_id = ${id}`);
    sql(`DELETE FROM dispatch_recipients WHERE dispatch_id = ${id}`);
    sql(`DELETE FROM dispatches WHERE id = ${id}`);
  }
});

async function submit(page, locator) {
  const loaded = page.waitForEvent('load');
  await locator.click();
  await loaded;
}

async function shot(page, width, name) {
  const dir = path.join(SHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled', scale: 'css' });
}

// A person's own browser context under the real CSP; console errors fail the journey.
async function person(username, { width = 1280, bypassCSP = false } = {}) {
  const context = await newContext(browser, width, { bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`${username} console: ${msg.text().slice(0, 200)}`); });
  page.on('pageerror', (err) => problems.push(`${username} page error: ${err.message}`));
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
  assert.match(new URL(page.url()).pathname, /^(\/don-vi\/[a-z0-9-]+)?\/admin$/, `${username} is signed in`);
  return { context, page, problems };
}

test('the clerk sends to two schools; one reads and replies with a file; the office sees it', { timeout: 90000 }, async () => {
  const subject = `Báo cáo sĩ số học sinh cuối tháng ${stamp()}`;
  const clerk = await person('vanthu');
  let page = clerk.page;
  await submit(page, page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Công văn đi' }));
  await submit(page, page.getByRole('link', { name: 'Soạn công văn mới' }));
  await page.getByLabel('Số, ký hiệu').fill('401/PGDĐT-VP');
  await page.getByLabel('Trích yếu').fill(subject);
  // The rich-text editor replaces the textarea; type into it.
  await page.getByRole('textbox', { name: 'Nội dung', exact: true }).click();
  await page.keyboard.type('Đề nghị các trường báo cáo sĩ số học sinh cuối tháng theo biểu mẫu.');
  await page.getByLabel('Khẩn', { exact: true }).check();
  await page.getByLabel('Hạn trả lời').fill(new Date(Date.now() + 3 * 86400000 + 7 * 3600000).toISOString().slice(0, 16));
  await page.getByLabel('Trường Tiểu học Kim Đồng').check();
  await page.getByLabel('Trường THCS Lê Quý Đôn').check();
  await shot(page, 1280, 'soan-cong-van');
  await submit(page, page.getByRole('button', { name: 'Gửi công văn' }));
  const id = Number(new URL(page.url()).pathname.match(/\/admin\/cong-van\/(\d+)$/)[1]);
  made.push(id);
  await page.getByText('Đã gửi công văn.').waitFor();
  assert.equal(sqlValue(`SELECT COUNT(*) FROM dispatch_recipients WHERE dispatch_id = ${id}`), '2');

  // The focal point of TH Kim Đồng: the unread badge, the inbox, the dispatch, a reply with a file.
  const school = await person('daumoi-th-kim-dong');
  page = school.page;
  // Signed in on the main host, the focal point lands on the school's own dashboard.
  assert.equal(new URL(page.url()).pathname, '/don-vi/th-kim-dong/admin');
  await page.getByRole('heading', { name: 'Công văn đến' }).waitFor();
  const inboxLink = page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: /Công văn đến/ });
  assert.match(await inboxLink.textContent(), /Công văn đến \d+/);
  await submit(page, inboxLink);
  await submit(page, page.getByRole('link', { name: new RegExp(subject) }));
  await page.getByRole('heading', { name: subject }).waitFor();
  await page.getByLabel('Nội dung trả lời').fill('Trường đã tổng hợp sĩ số, gửi kèm báo cáo.');
  await page.getByLabel('Tệp báo cáo (PDF, Word, Excel)').setInputFiles(REPORT);
  await submit(page, page.getByRole('button', { name: 'Gửi trả lời' }));
  await page.getByText('Đã gửi trả lời.').waitFor();
  await shot(page, 1280, 'cong-van-den-da-tra-loi');

  // The office: one replied, one not opened, with the reply's file to download.
  page = clerk.page;
  await page.goto(`${BASE}/admin/cong-van/${id}`);
  const table = page.getByRole('table');
  const kimDong = table.getByRole('row', { name: /Trường Tiểu học Kim Đồng/ });
  const leQuyDon = table.getByRole('row', { name: /Trường THCS Lê Quý Đôn/ });
  assert.match(await kimDong.textContent(), /Đã trả lời/);
  assert.match(await leQuyDon.textContent(), /Chưa xem/);
  const counts = await page.locator('.receipt-counts').textContent();
  assert.match(counts, /1\s*Chưa xem/);
  assert.match(counts, /1\s*Đã trả lời/);
  // The reply's file, with the office's session (PDFs open inline in the browser).
  const href = await page.getByRole('link', { name: /\.pdf/ }).last().getAttribute('href');
  const file = await page.request.get(BASE + href);
  assert.equal(file.status(), 200);
  assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');
  await shot(page, 1280, 'theo-doi-cong-van');

  for (const p of [clerk, school]) {
    await p.context.close();
    assert.deepEqual(p.problems, []);
  }
});

test('axe on every new staff page and the public library, at 390 and 1280 px', { timeout: 120000 }, async (t) => {
  const dispatch = sqlValue("SELECT MIN(d.id) FROM dispatches d JOIN dispatch_recipients r ON r.dispatch_id = d.id WHERE r.site_id = 5 AND d.kind = 'moi' AND d.reply_deadline IS NOT NULL");
  const post = sqlValue("SELECT id FROM internal_posts WHERE site_id = 1 AND status = 'published' LIMIT 1");
  const resource = sql("SELECT id, slug FROM resources WHERE site_id = 1 AND status = 'approved' AND visibility = 'cong-khai' LIMIT 1")[0];
  const pending = sqlValue("SELECT id FROM resources WHERE site_id = 1 AND status = 'pending' LIMIT 1") || resource[0];
  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const check = async (page, url, name) => {
      const r = await visit(page, url, {});
      try {
        for (const m of r.moderate) t.diagnostic(`${url} at ${width} px: ${m}`);
        await shot(page, width, name);
      } finally {
        r.detach();
      }
      problems.push(...r.problems.map((p) => `${url} at ${width} px: ${p}`));
    };
    const office = await person('truongban', { width, bypassCSP: true });
    try {
      await check(office.page, '/admin', 'bang-dieu-khien-phong');
      await check(office.page, '/admin/cong-van', 'cong-van-di');
      await check(office.page, '/admin/cong-van/moi', 'soan-cong-van');
      await check(office.page, `/admin/cong-van/${dispatch}`, 'theo-doi');
      await check(office.page, '/admin/cong-van/qua-han', 'qua-han');
      await check(office.page, '/admin/tin-gui-len', 'tin-gui-len-phong');
      await check(office.page, '/admin/noi-bo', 'noi-bo');
      await check(office.page, `/admin/noi-bo/${post}`, 'noi-bo-tin');
      await check(office.page, '/admin/noi-bo/moi', 'noi-bo-moi');
      await check(office.page, '/admin/thu-vien', 'thu-vien-admin');
      await check(office.page, '/admin/thu-vien/moi', 'thu-vien-gui');
      await check(office.page, `/admin/thu-vien/${pending}`, 'thu-vien-duyet');
      await check(office.page, '/thu-vien', 'thu-vien');
      await check(office.page, `/thu-vien/${resource[0]}-${resource[1]}`, 'thu-vien-tai-lieu');
    } finally {
      await office.context.close();
    }
    const school = await person('daumoi-th-kim-dong', { width, bypassCSP: true });
    try {
      await check(school.page, '/don-vi/th-kim-dong/admin', 'bang-dieu-khien-truong');
      await check(school.page, '/don-vi/th-kim-dong/admin/cong-van-den', 'cong-van-den');
      await check(school.page, `/don-vi/th-kim-dong/admin/cong-van-den/${dispatch}`, 'cong-van-den-xem');
      await check(school.page, '/don-vi/th-kim-dong/admin/tin-gui-len', 'tin-gui-len-truong');
    } finally {
      await school.context.close();
    }
  }));
  problems.sort();
  assert.deepEqual(problems, []);
});
