// The staff area in a real browser (Debian's headless Chromium), as the demo staff use it:
// the approval chain through the forms and the rich-text editor (contributor → secretary →
// delegated board member → public site), a return with a reason, delegation by category,
// sign-in throttling, a paste from Word, and axe-core on every page visited at 390 and
// 1280 px. The journeys run under the site's real Content-Security-Policy and fail on any
// console error (a CSP violation is one); only the axe contexts bypass the CSP, to inject
// axe. Each journey makes its own articles (unique titles). Screenshots land in
// var/screenshots/admin/<width>/<name>.png.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { STACK, sql, sqlValue } from '../integration/lib.mjs';
import { BASE, ROOT, launchBrowser, newContext, runAxe, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const SHOTS = path.join(ROOT, 'var/screenshots/admin');
const FIXTURES = path.join(ROOT, 'tests/unit/fixtures/sanitize');
const WORD_PASTE = fs.readFileSync(path.join(FIXTURES, 'word-paste.html'), 'utf8');
const LIBREOFFICE_PASTE = fs.readFileSync(path.join(FIXTURES, 'libreoffice-paste.html'), 'utf8');
const stamp = () => `${Date.now() % 100000000}`;

let browser;
const people = new Map();  // username → signed-in Person, shared by the journeys
before(async () => { browser = await launchBrowser(); });
after(async () => {
  for (const p of people.values()) await p.context.close();
  await browser?.close();
});

// One member of staff with their own browser context under the real CSP. Console errors,
// page errors and CSP violations pile up in `problems`; each journey ends by checking them.
class Person {
  constructor(username) { this.username = username; this.problems = []; this.allowedStatus = new Set(); }

  async open() {
    this.context = await newContext(browser, 1280, { bypassCSP: false });
    this.page = await this.context.newPage();
    this.page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const m = msg.text().match(/^Failed to load resource: the server responded with a status of (\d+)/);
      if (m && this.allowedStatus.has(Number(m[1]))) return;  // a form answered 422 on purpose
      this.problems.push(`console error on ${this.page.url()}: ${msg.text().slice(0, 300)}`);
    });
    this.page.on('pageerror', (err) => this.problems.push(`page error on ${this.page.url()}: ${err.message}`));
    return this;
  }

  // Through the sign-in form, as a person does.
  async signIn(password = PASSWORD) {
    const { page } = this;
    await page.goto(`${BASE}/admin/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(this.username);
    await page.getByLabel('Mật khẩu').fill(password);
    await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
    return page;
  }

  assertClean() {
    const problems = this.problems.splice(0);
    assert.deepEqual(problems, [], `${this.username}: problems in the browser`);
  }
}

async function staff(username) {
  if (!people.has(username)) {
    const p = await new Person(username).open();
    await p.signIn();
    assert.equal(new URL(p.page.url()).pathname, '/admin', `${username} is signed in`);
    people.set(username, p);
  }
  return people.get(username);
}

// Clicks a button or link that loads a new page, and waits until that page has loaded.
async function submit(page, locator) {
  const loaded = page.waitForEvent('load');
  await locator.click();
  await loaded;
}

function menu(page) {
  return page.getByRole('navigation', { name: 'Menu quản trị' });
}

function editorOf(page) {
  return page.getByRole('textbox', { name: 'Nội dung', exact: true });
}

// From the menu: "Viết bài mới", title, category, summary and a body typed into the editor.
async function startArticle(page, { title, category = 'Tin giáo dục' }) {
  await submit(page, menu(page).getByRole('link', { name: 'Viết bài mới' }));
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Chuyên mục').selectOption({ label: category });
  await page.getByLabel('Tóm tắt').fill('Bài viết thử của kiểm thử trình duyệt.');
  await editorOf(page).click();
}

// Sends the form with the button `name`; returns the article's id from the page it lands on.
async function press(page, name) {
  await submit(page, page.getByRole('button', { name, exact: true }));
  const m = new URL(page.url()).pathname.match(/\/admin\/bai-viet\/(\d+)$/);
  assert.ok(m, `"${name}" leads to the article's page, not ${page.url()}`);
  await page.getByText('Đã lưu.').waitFor();
  return m[1];
}

// From the list of articles, as the secretary or a board member finds one.
async function openFromList(page, title) {
  if (!new URL(page.url()).pathname.startsWith('/admin')) await page.goto(`${BASE}/admin`);
  await submit(page, menu(page).getByRole('link', { name: 'Bài viết', exact: true }));
  await submit(page, page.getByRole('link', { name: title }));
}

function statusOf(id) { return sqlValue(`SELECT status FROM articles WHERE id = ${Number(id)}`); }

async function shot(page, width, name) {
  const dir = path.join(SHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled', scale: 'css' });
}

test('the full chain: written in the editor with a bold word, forwarded, approved, public', { timeout: 60000 }, async () => {
  const title = `Ngày hội đọc sách của học sinh toàn huyện ${stamp()}`;
  // The contributor signs in through the form and writes with the toolbar.
  const writer = await staff('congtacvien');
  const { page } = writer;
  await startArticle(page, { title });
  await page.keyboard.type('Học sinh hào hứng với ngày hội đọc ');
  const bold = page.getByRole('button', { name: 'In đậm (Ctrl+B)' });
  await bold.click();
  assert.equal(await bold.getAttribute('aria-pressed'), 'true', 'the bold button shows it is on');
  await page.keyboard.type('sách');
  await bold.click();
  assert.equal(await bold.getAttribute('aria-pressed'), 'false');
  await page.keyboard.type(' của trường.');
  await shot(page, 1280, 'editor-bold');
  const id = await press(page, 'Gửi duyệt');
  assert.equal(statusOf(id), 'submitted');
  const body = sqlValue(`SELECT body FROM articles WHERE id = ${id}`);
  assert.match(body, /Học sinh hào hứng với ngày hội đọc <strong>sách<\/strong> của trường\./);

  // The secretary opens it from the list and forwards it.
  const secretary = await staff('thuky');
  await openFromList(secretary.page, title);
  await press(secretary.page, 'Chuyển duyệt');
  assert.equal(statusOf(id), 'forwarded');

  // The board member delegated "Tin giáo dục" approves it; it is on the public site.
  const board = await staff('uyvien');
  await openFromList(board.page, title);
  await press(board.page, 'Duyệt');
  assert.equal(statusOf(id), 'published');
  await submit(board.page, board.page.getByRole('link', { name: 'Xem trên cổng' }));
  assert.equal(await board.page.getByRole('heading', { level: 1 }).innerText(), title);
  assert.equal(await board.page.locator('strong', { hasText: 'sách' }).count(), 1, 'the bold word is bold on the public page');
  await shot(board.page, 1280, 'public-article');
  for (const p of [writer, secretary, board]) p.assertClean();
});

test('a return: the secretary gives a reason and a note; the author sees them, edits and resubmits', { timeout: 60000 }, async () => {
  const title = `Kế hoạch hội giảng giáo viên dạy giỏi cấp huyện ${stamp()}`;
  const writer = await staff('congtacvien');
  await startArticle(writer.page, { title });
  await writer.page.keyboard.type('Hội giảng tổ chức vào tháng 3.');
  const id = await press(writer.page, 'Gửi duyệt');

  const secretary = await staff('thuky');
  await openFromList(secretary.page, title);
  await secretary.page.getByLabel('Lý do').selectOption('e');
  await secretary.page.getByLabel('Ghi chú cho tác giả').fill('Bổ sung số giáo viên tham gia.');
  await shot(secretary.page, 1280, 'return-reason');
  await press(secretary.page, 'Trả lại');
  assert.equal(statusOf(id), 'returned');

  const { page } = writer;
  await openFromList(page, title);
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), /Lý do: e\) Thông tin không bảo đảm chất lượng/);
  assert.match(await alert.innerText(), /Ghi chú: Bổ sung số giáo viên tham gia\./);
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Có 120 giáo viên tham gia.');
  await press(page, 'Gửi duyệt');
  assert.equal(statusOf(id), 'submitted');
  assert.match(sqlValue(`SELECT body FROM articles WHERE id = ${id}`), /tháng 3\. Có 120 giáo viên tham gia\./);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM article_revisions WHERE article_id = ${id}`), '2');
  for (const p of [writer, secretary]) p.assertClean();
});

test('a board member sees no "Duyệt" on an article of a category not delegated to them', { timeout: 60000 }, async () => {
  const title = `Thông báo lịch kiểm tra học kỳ II ${stamp()}`;
  const writer = await staff('congtacvien');
  await startArticle(writer.page, { title, category: 'Thông báo' });
  await writer.page.keyboard.type('Lịch kiểm tra học kỳ II của các trường.');
  const id = await press(writer.page, 'Gửi duyệt');
  const secretary = await staff('thuky');
  await openFromList(secretary.page, title);
  await press(secretary.page, 'Chuyển duyệt');
  assert.equal(statusOf(id), 'forwarded');

  const board = await staff('uyvien');
  await openFromList(board.page, title);
  assert.equal(await board.page.getByRole('heading', { level: 1 }).innerText(), 'Sửa bài viết');
  assert.equal(await board.page.getByRole('button', { name: 'Duyệt', exact: true }).count(), 0, 'no approve button');
  assert.equal(await board.page.getByLabel('Thời điểm đăng').count(), 0, 'nor a publication time');
  await shot(board.page, 1280, 'not-delegated');
  assert.equal(statusOf(id), 'forwarded');
  for (const p of [writer, secretary, board]) p.assertClean();
});

test('sign-in throttling: after five wrong passwords the form asks to wait, in Vietnamese', { timeout: 60000 }, async () => {
  const username = `kiemthu-tcb-${stamp()}`;
  const r = spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', path.join(STACK, 'eduportal.conf'),
    'user', 'add', '--username', username, '--name', 'Người Thử Trình Duyệt'], { input: 'mat-khau-trinh-duyet-1\n', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const person = await new Person(username).open();
  person.allowedStatus.add(422);  // a refused sign-in answers 422, which Chromium logs
  try {
    const { page } = person;
    for (let i = 0; i < 5; i += 1) {
      await person.signIn(`sai-mat-khau-${i}`);
      assert.match(await page.getByRole('alert').innerText(), /Tên đăng nhập hoặc mật khẩu không đúng/);
      assert.equal(await page.getByLabel('Tên đăng nhập').inputValue(), username, 'keeps the name typed');
    }
    await person.signIn('mat-khau-trinh-duyet-1');
    assert.equal(new URL(page.url()).pathname, '/admin/dang-nhap', 'even the right password waits');
    assert.match(await page.getByRole('alert').innerText(),
      /^Bạn đã nhập sai nhiều lần\. Vui lòng đợi \d+ giây rồi thử lại \(sau \d{2}:\d{2}\)\.$/);
    await shot(page, 1280, 'signin-throttled');
    person.assertClean();
  } finally {
    await person.context.close();
    sql(`DELETE FROM signin_attempts WHERE username = '${username}'`);
  }
});

// Pastes HTML as the clipboard of a word processor would hand it to the focused editor.
async function paste(page, html, text) {
  await page.evaluate(([h, t]) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', t);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, text]);
}

// The stored body, with the newlines the mariadb client escapes as "\n" made real again.
function storedBody(id) {
  return sqlValue(`SELECT body FROM articles WHERE id = ${Number(id)}`).replace(/\\n/g, '\n');
}

test('paste from Word (and LibreOffice): headings, lists and tables survive; no Word markup is stored', { timeout: 60000 }, async () => {
  const writer = await staff('congtacvien');
  const { page } = writer;
  await startArticle(page, { title: `Kế hoạch Hội khỏe Phù Đổng dán từ Word ${stamp()}` });
  await paste(page, WORD_PASTE, 'KẾ HOẠCH');
  assert.equal(await editorOf(page).locator('h2', { hasText: 'KẾ HOẠCH' }).count(), 1, 'the heading is a heading in the editor');
  assert.equal(await editorOf(page).locator('li').count(), 6, 'the Word paragraph lists are lists in the editor');
  await shot(page, 1280, 'editor-word-paste');
  const id = await press(page, 'Lưu nháp');
  assert.equal(statusOf(id), 'draft');
  const body = storedBody(id);
  assert.match(body, /<h2>KẾ HOẠCH<\/h2>/);
  assert.match(body, /<strong>I\. MỤC ĐÍCH, YÊU CẦU<\/strong>/);
  assert.match(body, /<ol>\s*<li>Đẩy mạnh phong trào rèn luyện thân thể/);
  assert.match(body, /<li>Tuyển chọn vận động viên có thành tích cao tham gia <em>Hội khỏe Phù Đổng cấp tỉnh<\/em>/);
  assert.match(body, /<ul>\s*<li>Học sinh tiểu học: điền kinh, bơi lội, cờ vua;\s*<ul>\s*<li>Điền kinh: chạy 60m, nhảy xa;/);
  assert.match(body, /<table>[\s\S]*<td>Sân vận động huyện<\/td>[\s\S]*<\/table>/);
  assert.match(body, /kế hoạch này\. Deadline: 28\/02\/2025\./);
  assert.doesNotMatch(body, /mso|class=|style=|data-|<o:p|&nbsp;|\u00a0/i, 'no Word markup, no no-break spaces');
  // What was stored is what the editor shows when the article is opened again.
  await page.reload();
  assert.equal(await editorOf(page).locator('h2', { hasText: 'KẾ HOẠCH' }).count(), 1);

  await startArticle(page, { title: `Thông báo tuyển sinh dán từ LibreOffice ${stamp()}` });
  await paste(page, LIBREOFFICE_PASTE, 'THÔNG BÁO');
  const lo = storedBody(await press(page, 'Lưu nháp'));
  assert.match(lo, /<h2>THÔNG BÁO<\/h2>/);
  assert.match(lo, /<ol>\s*<li>Lớp 1: từ ngày <strong>01\/7\/2025<\/strong>/);
  assert.match(lo, /<u>25\/7\/2025<\/u>/);
  assert.match(lo, /<table>[\s\S]*<td>Trường Tiểu học Nguyễn Trãi<\/td>[\s\S]*<\/table>/);
  assert.doesNotMatch(lo, /class=|style=|data-|<font/i);
  writer.assertClean();
});

test('the editor from the keyboard alone: toolbar by Alt+F10 and arrows, Ctrl+K for a link, Tab leaves', { timeout: 60000 }, async () => {
  const title = `Bài soạn bằng bàn phím ${stamp()}`;
  const writer = await staff('congtacvien');
  const { page } = writer;
  await startArticle(page, { title });
  const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label') || document.activeElement.id);
  await page.keyboard.type('Mục đích');
  await page.keyboard.press('Alt+F10');
  assert.equal(await focused(), 'Tiêu đề mục (H2)', 'Alt+F10 goes to the toolbar');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Tiêu đề nhỏ (H3)', 'arrows move along it');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'noi_dung-soan', 'back in the text after a button');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cổng Bộ Giáo dục');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  assert.equal(await focused(), 'noi_dung-lk', 'Ctrl+K opens the link form');
  await page.keyboard.type('moet.gov.vn');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'noi_dung-soan');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'tac_gia', 'Tab leaves the editor (no keyboard trap)');
  const described = await editorOf(page).evaluate((el) => el.getAttribute('aria-describedby').split(' ')
    .map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(described, /dán văn bản từ Word/);
  assert.match(described, /Alt\+F10 đến thanh công cụ/);
  await press(page, 'Lưu nháp');
  const body = sqlValue(`SELECT body FROM articles WHERE title = '${title}'`);
  assert.match(body, /<h2>Mục đích<\/h2>/);
  assert.match(body, /<a href="https:\/\/moet\.gov\.vn" rel="noopener noreferrer">Cổng Bộ Giáo dục<\/a>/);
  writer.assertClean();
});

test('without JavaScript the textarea is the editor, and the form works', { timeout: 60000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}/admin/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('congtacvien');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
    const title = `Bài viết không có JavaScript ${stamp()}`;
    await startArticle(page, { title });
    await page.getByLabel('Nội dung', { exact: true }).fill('<p>Viết thẳng <b>HTML</b> vào ô.</p>');
    const id = await press(page, 'Lưu nháp');
    assert.match(sqlValue(`SELECT body FROM articles WHERE id = ${id}`), /^<p>Viết thẳng <strong>HTML<\/strong> vào ô\.<\/p>/);
  } finally {
    await context.close();
  }
});

// The pages of the staff area, each at both widths with axe (in contexts that bypass the CSP
// to inject it), no console error, no failed request: sign-in, dashboard, list, a new
// article, an article with its history, password, security, and the editor's link form.
test('axe on every admin page at 390 and 1280 px, no console errors', { timeout: 90000 }, async (t) => {
  // An article with two revisions, so that the history page shows a difference.
  const title = `Bài kiểm tra khả năng tiếp cận ${stamp()}`;
  const writer = await staff('congtacvien');
  await startArticle(writer.page, { title });
  await writer.page.keyboard.type('Phiên bản thứ nhất.');
  const id = await press(writer.page, 'Lưu nháp');
  await editorOf(writer.page).click();
  await writer.page.keyboard.press('Control+End');
  await writer.page.keyboard.type(' Phiên bản thứ hai có thêm câu này.');
  await press(writer.page, 'Lưu nháp');
  writer.assertClean();

  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    const check = async (url, name, { expectedStatus = 200, then } = {}) => {
      const r = await visit(page, url, { expectedStatus });
      try {
        for (const m of r.moderate) t.diagnostic(`${url} at ${width} px: ${m}`);
        await shot(page, width, name);
        if (then) await then(r);
      } finally {
        r.detach();
      }
      problems.push(...r.problems.map((p) => `${url} at ${width} px: ${p}`));
      if (r.external.length) problems.push(`${url} at ${width} px: requests leaving the host: ${r.external.join(', ')}`);
    };
    try {
      await check('/admin/dang-nhap', 'dang-nhap', {
        then: async () => {
          await page.getByLabel('Tên đăng nhập').fill('congtacvien');
          await page.getByLabel('Mật khẩu').fill(PASSWORD);
          await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
        },
      });
      await check('/admin', 'bang-dieu-khien');
      await check('/admin/bai-viet', 'bai-viet');
      await check('/admin/bai-viet/moi', 'viet-bai-moi');
      await check(`/admin/bai-viet/${id}`, 'sua-bai-viet', {
        then: async (r) => {
          // The editor's link form, open: axe again.
          await editorOf(page).click();
          await page.getByRole('button', { name: 'Chèn hoặc sửa liên kết (Ctrl+K)' }).click();
          await page.getByLabel('Địa chỉ liên kết').waitFor();
          const again = await runAxe(page);
          r.problems.push(...again.serious.map((s) => `with the link form open: ${s}`));
          await shot(page, width, 'sua-bai-viet-lien-ket');
        },
      });
      await check(`/admin/bai-viet/${id}/lich-su`, 'lich-su');
      await check('/admin/mat-khau', 'mat-khau');
      await check('/admin/bao-mat', 'bao-mat');
    } finally {
      await context.close();
    }
  }));
  problems.sort();
  assert.deepEqual(problems, []);
});
