// Account administration and the journeys of issue 5 item 11 that admin.test.mjs does not
// walk, in Debian's headless Chromium under the site's real CSP: the administrator makes
// an account whose one-time password is changed at first sign-in; a scheduled article
// appears on the public site at its time (no cron job); a sign-in with the TOTP second
// factor (the code computed here per RFC 6238); axe-core on the account pages and the
// audit log at 390 and 1280 px. Screenshots land in var/screenshots/admin/<width>/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { STACK, sqlValue } from '../integration/lib.mjs';
import { BASE, ROOT, launchBrowser, newContext, runAxe, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const SHOTS = path.join(ROOT, 'var/screenshots/admin');
const stamp = () => `${Date.now() % 100000000}`;

let browser;
const opened = [];
let totpUser;  // { username, password, secret } of the TOTP journey, for the axe pass
before(async () => { browser = await launchBrowser(); });
after(async () => {
  for (const c of opened) await c.close().catch(() => {});
  await browser?.close();
});

// One person in their own context under the real CSP; console and page errors pile up.
async function person(width = 1280) {
  const context = await newContext(browser, width, { bypassCSP: false });
  opened.push(context);
  const page = await context.newPage();
  const problems = [];
  const allowed = new Set();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const m = msg.text().match(/^Failed to load resource: the server responded with a status of (\d+)/);
    if (m && allowed.has(Number(m[1]))) return;
    problems.push(`console error on ${page.url()}: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  return { context, page, problems, allowed };
}

async function submit(page, locator) {
  const loaded = page.waitForEvent('load');
  await locator.click();
  await loaded;
}

async function signIn(page, username, password = PASSWORD) {
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
}

const menu = (page) => page.getByRole('navigation', { name: 'Menu quản trị' });

async function shot(page, width, name) {
  const dir = path.join(SHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled', scale: 'css' });
}

function portalctl(args, input) {
  return spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', path.join(STACK, 'eduportal.conf'), ...args],
    { input, encoding: 'utf8' });
}

test('the administrator makes an account; its owner signs in with the one-time password and must change it', { timeout: 60000 }, async () => {
  const admin = await person();
  await signIn(admin.page, 'quantri');
  await submit(admin.page, menu(admin.page).getByRole('link', { name: 'Tài khoản' }));
  assert.equal(await admin.page.getByRole('heading', { level: 1 }).innerText(), 'Tài khoản');
  await submit(admin.page, admin.page.getByRole('link', { name: 'Tạo tài khoản' }));
  const username = `tcb-tk-${stamp()}`;
  await admin.page.getByLabel('Tên đăng nhập').fill(username);
  await admin.page.getByLabel('Họ và tên').fill('Ngô Thị Mới');
  await admin.page.getByLabel('Thư điện tử').fill(`${username}@truong.edu.vn`);
  await admin.page.getByLabel('Cộng tác viên').check();
  await submit(admin.page, admin.page.getByRole('button', { name: 'Tạo tài khoản' }));
  const otp = await admin.page.locator('code.one-time-password').innerText();
  assert.match(otp, /^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await shot(admin.page, 1280, 'tai-khoan-da-tao');
  await submit(admin.page, admin.page.getByRole('link', { name: 'Về trang tài khoản' }));
  assert.equal(await admin.page.getByRole('heading', { level: 1 }).innerText(), 'Ngô Thị Mới');
  // Revoke posting from the account page, then restore.
  await submit(admin.page, admin.page.getByRole('button', { name: 'Thu hồi quyền đăng bài' }));
  await admin.page.getByText('Đã thu hồi quyền đăng bài.').waitFor();
  assert.equal(sqlValue(`SELECT posting_revoked FROM users WHERE username = '${username}'`), '1');
  await submit(admin.page, admin.page.getByRole('button', { name: 'Khôi phục quyền đăng bài' }));
  assert.equal(sqlValue(`SELECT posting_revoked FROM users WHERE username = '${username}'`), '0');

  const owner = await person(390);
  await signIn(owner.page, username, otp);
  assert.equal(new URL(owner.page.url()).pathname, '/admin/mat-khau');
  await owner.page.getByText('mật khẩu dùng một lần do quản trị viên cấp').waitFor();
  await owner.page.getByLabel('Mật khẩu hiện tại').fill(otp);
  await owner.page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mat-khau-cua-rieng-toi');
  await owner.page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-rieng-toi');
  await submit(owner.page, owner.page.getByRole('button', { name: 'Đổi mật khẩu' }));
  await owner.page.getByText('Đã đổi mật khẩu.').waitFor();
  await submit(owner.page, menu(owner.page).getByRole('link', { name: 'Viết bài mới' }));
  assert.equal(new URL(owner.page.url()).pathname, '/admin/bai-viet/moi');
  assert.equal(await menu(owner.page).getByRole('link', { name: 'Tài khoản' }).count(), 0, 'no accounts menu for a contributor');
  assert.deepEqual([...admin.problems, ...owner.problems], []);
});

test('a scheduled article is absent from the public site before its time and present after it', { timeout: 150000 }, async () => {
  const title = `Lễ khai giảng năm học mới được hẹn giờ đăng ${stamp()}`;
  const writer = await person();
  await signIn(writer.page, 'congtacvien');
  await submit(writer.page, menu(writer.page).getByRole('link', { name: 'Viết bài mới' }));
  await writer.page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await writer.page.getByLabel('Chuyên mục').selectOption({ label: 'Tin giáo dục' });
  await writer.page.getByLabel('Tóm tắt').fill('Bài hẹn giờ của kiểm thử trình duyệt.');
  await writer.page.getByRole('textbox', { name: 'Nội dung', exact: true }).click();
  await writer.page.keyboard.type('Các trường tổ chức lễ khai giảng trang trọng.');
  await submit(writer.page, writer.page.getByRole('button', { name: 'Gửi duyệt', exact: true }));
  const id = new URL(writer.page.url()).pathname.match(/\/admin\/bai-viet\/(\d+)$/)[1];
  const secretary = await person();
  await signIn(secretary.page, 'thuky');
  await secretary.page.goto(`${BASE}/admin/bai-viet/${id}`);
  await submit(secretary.page, secretary.page.getByRole('button', { name: 'Chuyển duyệt', exact: true }));
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'forwarded');

  // The deputy approves it for the next minute (the field has minute precision), at least
  // eight seconds ahead, in Vietnam's time.
  const deputy = await person();
  await signIn(deputy.page, 'phoban');
  await deputy.page.goto(`${BASE}/admin/bai-viet/${id}`);
  let at = Math.ceil((Date.now() + 8000) / 60000) * 60000;
  const local = new Date(at + 7 * 3600 * 1000).toISOString().slice(0, 16);
  await deputy.page.getByLabel('Thời điểm đăng (để trống: đăng ngay)').fill(local);
  await submit(deputy.page, deputy.page.getByRole('button', { name: 'Duyệt', exact: true }));
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'published');
  assert.equal(Number(sqlValue(`SELECT TIMESTAMPDIFF(SECOND, '1970-01-01', published_at) FROM articles WHERE id = ${id}`)) * 1000, at);

  const reader = await person(390);
  reader.allowed.add(404);
  const slug = sqlValue(`SELECT slug FROM articles WHERE id = ${id}`);
  const url = `${BASE}/bai-viet/${id}-${slug}`;
  assert.ok(Date.now() < at, 'still before its time');
  assert.equal((await reader.page.goto(url)).status(), 404, 'not before its time');
  await reader.page.goto(`${BASE}/`);
  assert.equal(await reader.page.getByText(title).count(), 0, 'not on the home page yet');
  await reader.page.waitForTimeout(Math.max(0, at - Date.now()) + 2500);  // nginx micro-caches one second
  const res = await reader.page.goto(url);
  assert.equal(res.status(), 200, 'at its time, with no cron job');
  assert.equal(await reader.page.getByRole('heading', { level: 1 }).innerText(), title);
  await reader.page.goto(`${BASE}/`);
  assert.ok(await reader.page.getByText(title).count() >= 1, 'and on the home page');
  await shot(reader.page, 390, 'bai-hen-gio-da-dang');
  assert.deepEqual([...writer.problems, ...secretary.problems, ...deputy.problems, ...reader.problems], []);
});

// RFC 6238 (HMAC-SHA-1, 30 s steps, 6 digits) of a Base32 secret: the authenticator app.
function totp(secret, time = Date.now() / 1000) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

test('a TOTP sign-in: set up from the QR page, then the code is asked after the password', { timeout: 60000 }, async () => {
  const username = `tcb-2fa-${stamp()}`;
  const r = portalctl(['user', 'add', '--username', username, '--name', 'Người Dùng Hai Lớp', '--role', 'giao-vien@phong-gddt'],
    'mat-khau-hai-lop-tcb\n');
  assert.equal(r.status, 0, r.stderr);
  const p = await person();
  p.allowed.add(422);
  await signIn(p.page, username, 'mat-khau-hai-lop-tcb');
  await submit(p.page, menu(p.page).getByRole('link', { name: 'Bảo mật' }));
  assert.ok(await p.page.locator('.qr svg').count() === 1, 'the QR code is an SVG');
  const secret = await p.page.locator('p', { hasText: 'Nhập khóa:' }).locator('code').innerText();
  await p.page.getByLabel('Mã xác thực').fill(totp(secret));
  await submit(p.page, p.page.getByRole('button', { name: 'Bật xác thực hai lớp' }));
  assert.equal(await p.page.locator('.recovery-codes code').count(), 10);
  await submit(p.page, menu(p.page).getByRole('button', { name: 'Đăng xuất' }));

  await signIn(p.page, username, 'mat-khau-hai-lop-tcb');
  assert.equal(new URL(p.page.url()).pathname, '/admin/xac-thuc', 'the second factor is asked');
  totpUser = { username, password: 'mat-khau-hai-lop-tcb', secret };
  await shot(p.page, 1280, 'xac-thuc');
  await p.page.getByLabel('Mã xác thực').fill('000000' === totp(secret) ? '111111' : '000000');
  await submit(p.page, p.page.getByRole('button', { name: 'Xác nhận', exact: true }));
  assert.equal(new URL(p.page.url()).pathname, '/admin/xac-thuc', 'a wrong code is refused');
  // The step used at setup is spent; the next one is within the accepted window.
  await p.page.getByLabel('Mã xác thực').fill(totp(secret, Date.now() / 1000 + 30));
  await submit(p.page, p.page.getByRole('button', { name: 'Xác nhận', exact: true }));
  assert.equal(new URL(p.page.url()).pathname, '/admin');
  assert.equal(await p.page.getByRole('heading', { level: 1 }).innerText(), 'Bảng điều khiển');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log l JOIN users u ON u.id = l.user_id WHERE u.username = '${username}' AND l.action = 'totp.ok'`)) >= 1);
  assert.deepEqual(p.problems, []);
});

test('axe on the account pages and the audit log at 390 and 1280 px', { timeout: 300000 }, async (t) => {
  const target = sqlValue(`SELECT id FROM users WHERE username = 'uyvien'`);
  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const context = await newContext(browser, width);
    opened.push(context);
    const page = await context.newPage();
    if (totpUser) {
      // The second factor's form, reached with the password of the TOTP journey's account.
      await signIn(page, totpUser.username, totpUser.password);
      assert.equal(new URL(page.url()).pathname, '/admin/xac-thuc');
      const r = await runAxe(page);
      problems.push(...r.serious.map((p) => `/admin/xac-thuc at ${width} px: ${p}`));
      await shot(page, width, 'xac-thuc');
      await context.clearCookies();
    }
    await signIn(page, 'truongban');
    for (const [url, name] of [
      ['/admin/tai-khoan', 'tai-khoan'],
      ['/admin/tai-khoan/moi', 'tai-khoan-moi'],
      [`/admin/tai-khoan/${target}`, 'tai-khoan-uy-vien'],
      ['/admin/nhat-ky', 'nhat-ky'],
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
    // A form sent back with a mistake keeps what was typed, and is accessible too.
    await page.goto(`${BASE}/admin/tai-khoan/moi`);
    await page.getByLabel('Tên đăng nhập').fill(`tcb-thieu-${width}-${stamp()}`);
    await page.getByLabel('Họ và tên').fill('Người Thiếu Vai Trò');
    await submit(page, page.getByRole('button', { name: 'Tạo tài khoản' }));
    assert.match(await page.getByRole('alert').innerText(), /ít nhất một vai trò/);
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Người Thiếu Vai Trò');
    const again = await runAxe(page);
    problems.push(...again.serious.map((s) => `account form with an error at ${width} px: ${s}`));
  }));
  problems.sort();
  assert.deepEqual(problems, []);
});
