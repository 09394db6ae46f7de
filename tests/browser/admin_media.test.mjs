// The media library in a real browser (Debian's headless Chromium): an upload through the
// form, axe-core on the library, an item and the picker at 390 and 1280 px, the article
// editor's picker (admin-picker.js) under the real CSP choosing a cover, building and
// ordering a gallery and inserting a picture into the text, and the picker without
// JavaScript. Screenshots land in var/screenshots/admin_media/<width>/<name>.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { STACK, sql, sqlValue } from '../integration/lib.mjs';
import { BASE, ROOT, launchBrowser, newContext, runAxe, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const SHOTS = path.join(ROOT, 'var/screenshots/admin_media');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'media-browser-'));
const TAG = randomBytes(3).toString('hex');
const made = [];  // media ids, removed at the end
const articles = [];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  if (articles.length) {
    sql(`DELETE FROM article_photos WHERE article_id IN (${articles.join(',')})`);
    sql(`UPDATE articles SET cover_media_id = NULL, body = '<p>Đã xóa ảnh kiểm thử.</p>' WHERE id IN (${articles.join(',')})`);
  }
  if (made.length) {
    const paths = sql(`SELECT path FROM media WHERE id IN (${made.join(',')})`).map((r) => r[0]);
    sql(`DELETE FROM media WHERE id IN (${made.join(',')})`);
    for (const p of paths) {
      const stem = p.replace(/\.[a-z]+$/, '');
      for (const f of [p, `${stem}-320.jpg`, `${stem}-640.jpg`, `${stem}-1024.jpg`]) fs.rmSync(path.join(STACK, 'data/uploads', f), { force: true });
    }
  }
  fs.rmSync(TMP, { recursive: true, force: true });
});

function picture(name, width, height) {
  const file = path.join(TMP, name);
  execFileSync('vips', ['gaussnoise', file, String(width), String(height)]);
  return file;
}

async function shot(page, width, name) {
  const dir = path.join(SHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled', scale: 'css' });
}

async function submit(page, locator) {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

async function signIn(page, username) {
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
}

// Problems a page shows in the console (a CSP violation is one).
function watch(page) {
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text().slice(0, 300)}`); });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  return problems;
}

// Three pictures uploaded through the library's form by the contributor, two with alt.
async function uploadThree(page) {
  await submit(page, page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Thư viện media' }));
  await page.getByRole('heading', { level: 1, name: 'Thư viện media' }).waitFor();
  await page.getByLabel('Tệp (chọn được nhiều tệp)').setInputFiles([
    picture(`san-truong-${TAG}.jpg`, 1100, 700), picture(`lop-hoc-${TAG}.png`, 800, 600)]);
  await page.getByLabel('Mô tả ảnh (alt, cho người không xem được ảnh)').fill(`Ảnh kiểm thử ${TAG}`);
  await submit(page, page.getByRole('button', { name: 'Tải lên' }));
  await page.getByText('Đã tải lên 2 tệp.').waitFor();
  await page.getByLabel('Tệp (chọn được nhiều tệp)').setInputFiles([picture(`chua-mo-ta-${TAG}.jpg`, 640, 480)]);
  await submit(page, page.getByRole('button', { name: 'Tải lên' }));
  await page.getByText('Ảnh chưa có mô tả (alt)').waitFor();
  for (const r of sql(`SELECT id FROM media WHERE original_name LIKE '%${TAG}%' ORDER BY id`)) made.push(Number(r[0]));
  assert.equal(made.length, 3);
}

test('the article editor picks a cover, a gallery and a picture in the text from the library', { timeout: 150000 }, async () => {
  const context = await newContext(browser, 1280, { bypassCSP: false });
  const page = await context.newPage();
  const problems = watch(page);
  await signIn(page, 'congtacvien');
  await uploadThree(page);

  await submit(page, page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Viết bài mới' }));
  const title = `Bài có ảnh từ thư viện ${TAG}`;
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt').fill('Bài viết thử bộ chọn ảnh.');
  await page.getByRole('textbox', { name: 'Nội dung', exact: true }).click();
  await page.keyboard.type('Ảnh trong nội dung: ');

  // The picture in the text, where the cursor is.
  await page.getByRole('button', { name: 'Chèn ảnh từ thư viện vào nội dung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
  await dialog.getByLabel('Tên ảnh').fill(TAG);
  await dialog.getByRole('button', { name: 'Tìm' }).click();
  await dialog.getByRole('button', { name: `san-truong-${TAG}` }).waitFor();
  // A picture without alt is listed but cannot be chosen.
  assert.equal(await dialog.getByRole('button', { name: `chua-mo-ta-${TAG}` }).count(), 0);
  await dialog.getByText('Chưa có mô tả').waitFor();
  await shot(page, 1280, 'bo-chon-anh');
  await dialog.getByRole('button', { name: `san-truong-${TAG}` }).click();
  assert.equal(await dialog.isVisible(), false);
  const img = page.locator('.rte-area img');
  await img.waitFor();
  assert.equal(await img.getAttribute('alt'), `Ảnh kiểm thử ${TAG}`);
  assert.match(await img.getAttribute('src'), /^\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}-1024\.jpg$/);

  // The cover.
  await page.getByRole('button', { name: 'Chọn ảnh đại diện' }).click();
  await dialog.getByLabel('Tên ảnh').fill(`lop-hoc-${TAG}`);
  await dialog.getByRole('button', { name: 'Tìm' }).click();
  await dialog.getByRole('button', { name: `lop-hoc-${TAG}` }).click();
  await page.locator('[data-cover-preview]').getByText(`lop-hoc-${TAG}`).waitFor();

  // The gallery: two photos, then the second moved up, then the first removed.
  const add = page.getByRole('button', { name: 'Thêm ảnh từ thư viện' });
  for (const name of [`san-truong-${TAG}`, `lop-hoc-${TAG}`]) {
    await add.click();
    await dialog.getByLabel('Tên ảnh').fill(name);
    await dialog.getByRole('button', { name: 'Tìm' }).click();
    await dialog.getByRole('button', { name }).click();
  }
  const [sanId, lopId] = made;
  assert.equal(await page.locator('input[name="anh_album"]').inputValue(), `${sanId},${lopId}`);
  await page.getByRole('button', { name: `Đưa lên: lop-hoc-${TAG}` }).click();
  assert.equal(await page.locator('input[name="anh_album"]').inputValue(), `${lopId},${sanId}`);
  await shot(page, 1280, 'bai-viet-co-anh');
  await page.getByRole('button', { name: `Bỏ khỏi bài: lop-hoc-${TAG}` }).click();
  assert.equal(await page.locator('input[name="anh_album"]').inputValue(), `${sanId}`);

  await submit(page, page.getByRole('button', { name: 'Lưu nháp', exact: true }));
  await page.getByText('Đã lưu.').waitFor();
  const id = Number(new URL(page.url()).pathname.match(/bai-viet\/(\d+)/)[1]);
  articles.push(id);
  assert.equal(sqlValue(`SELECT cover_media_id FROM articles WHERE id = ${id}`), String(lopId));
  assert.deepEqual(sql(`SELECT media_id FROM article_photos WHERE article_id = ${id} ORDER BY sort_order`), [[String(sanId)]]);
  assert.match(sqlValue(`SELECT body FROM articles WHERE id = ${id}`), new RegExp(`<img src="/uploads/[0-9/]+[0-9a-f]{32}-1024\\.jpg" alt="Ảnh kiểm thử ${TAG}"`));
  // After the save the editor shows them again, with the gallery's buttons.
  await page.getByRole('button', { name: `Bỏ khỏi bài: san-truong-${TAG}` }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the picker without JavaScript returns the choice to the editor', { timeout: 60000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, 'congtacvien');
  await page.goto(`${BASE}/admin/bai-viet/moi`);
  await submit(page, page.getByRole('link', { name: 'Chọn ảnh đại diện' }));
  await page.getByRole('heading', { level: 1, name: 'Chọn ảnh từ thư viện' }).waitFor();
  await page.getByLabel('Tên ảnh').fill(`lop-hoc-${TAG}`);
  await submit(page, page.getByRole('button', { name: 'Tìm' }));
  await submit(page, page.getByRole('link', { name: new RegExp(`^Chọn ảnh này\\s*:\\s*lop-hoc-${TAG}$`) }));
  assert.equal(new URL(page.url()).pathname, '/admin/bai-viet/moi');
  assert.equal(await page.getByLabel('Mã ảnh đại diện').inputValue(), String(made[1]));
  await page.locator('[data-cover-preview]').getByText(`lop-hoc-${TAG}`).waitFor();
  await context.close();
});

test('axe on the media pages at 390 and 1280 px, no console errors', { timeout: 240000 }, async (t) => {
  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      await signIn(page, 'congtacvien');
      for (const [url, name] of [
        ['/admin/thu-vien-anh', 'thu-vien-anh'],
        [`/admin/thu-vien-anh?q=${TAG}&loai=anh`, 'thu-vien-anh-loc'],
        [`/admin/thu-vien-anh/${made[0]}`, 'muc-anh'],
        [`/admin/thu-vien-anh/${made[2]}`, 'muc-anh-chua-mo-ta'],
        [`/admin/thu-vien-anh/chon?muc-dich=anh-dai-dien&ve=/admin/bai-viet/moi&q=${TAG}`, 'chon-anh'],
      ]) {
        const r = await visit(page, url);
        try {
          for (const m of r.moderate) t.diagnostic(`${url} at ${width} px: ${m}`);
          await shot(page, width, name);
        } finally {
          r.detach();
        }
        problems.push(...r.problems.map((p) => `${url} at ${width} px: ${p}`));
        if (r.external.length) problems.push(`${url} at ${width} px: requests leaving the host: ${r.external.join(', ')}`);
      }
      // The editor with the picker's dialog open (admin-picker.js): axe again.
      const r = await visit(page, '/admin/bai-viet/moi');
      try {
        await page.getByRole('button', { name: 'Chọn ảnh đại diện' }).click();
        const dialog = page.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
        await dialog.getByLabel('Tên ảnh').fill(TAG);
        await dialog.getByRole('button', { name: 'Tìm' }).click();
        await dialog.getByText(`lop-hoc-${TAG}`).waitFor();
        const again = await runAxe(page);
        r.problems.push(...again.serious.map((s) => `with the picker open: ${s}`));
        await shot(page, width, 'bo-chon-anh');
      } finally {
        r.detach();
      }
      problems.push(...r.problems.map((p) => `/admin/bai-viet/moi at ${width} px: ${p}`));
    } finally {
      await context.close();
    }
  }));
  problems.sort();
  assert.deepEqual(problems, []);
});
