// "Cấu trúc trang" in a real browser: axe-core on each of its pages (and a form shown
// again with errors) at 390 and 1280 px, and one edit journey under the site's real CSP:
// the system administrator of a school adds a menu item with a child from the forms,
// moves it with the buttons (no JavaScript needed) and sees it on the public home page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql, sqlValue } from '../integration/lib.mjs';
import { BASE, ROOT, launchBrowser, newContext, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const SHOTS = path.join(ROOT, 'var/screenshots/admin-structure');
const run = Date.now().toString(36);
let browser, school;

before(async () => {
  browser = await launchBrowser();
  school = sql('SELECT id, slug FROM sites ORDER BY id DESC LIMIT 1')[0];
});
after(async () => {
  if (school) sql(`DELETE FROM menu_items WHERE site_id = ${school[0]} AND parent_id IS NOT NULL`);
  if (school) sql(`DELETE FROM menu_items WHERE site_id = ${school[0]}`);
  await browser?.close();
});

async function submit(page, locator) {
  const loaded = page.waitForEvent('load');
  await locator.click();
  await loaded;
}

async function signIn(page, username) {
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
}

async function shot(page, width, name) {
  const dir = path.join(SHOTS, String(width));
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled', scale: 'css' });
}

test('axe on every structure page at 390 and 1280 px, also with errors beside the fields', { timeout: 90000 }, async (t) => {
  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      await signIn(page, 'truongban');
      const check = async (url, name, expectedStatus = 200) => {
        const r = await visit(page, url, { expectedStatus });
        try {
          for (const m of r.moderate) t.diagnostic(`${url} at ${width} px: ${m}`);
          await shot(page, width, name);
        } finally {
          r.detach();
        }
        problems.push(...r.problems.map((p) => `${url} at ${width} px: ${p}`));
      };
      await check('/admin/cau-truc', 'chuyen-muc');
      await check('/admin/cau-truc?sua=1', 'sua-chuyen-muc');
      await check('/admin/cau-truc/menu', 'menu');
      await check('/admin/cau-truc/trang-chu', 'trang-chu');
      await check('/admin/cau-truc/lien-ket', 'lien-ket');
      await check('/admin/cau-truc/lien-he', 'lien-he');
      // A form sent back with errors: each message is tied to its field.
      await page.goto(`${BASE}/admin/cau-truc/lien-he`);
      const office = () => page.getByRole('group', { name: 'Cơ quan' });
      await office().getByLabel('Thư điện tử').fill('khong-phai-thu');
      const loaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Lưu thông tin liên hệ' }).click();
      await loaded;
      const field = office().getByLabel('Thư điện tử');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await field.inputValue(), 'khong-phai-thu');
      const described = await field.getAttribute('aria-describedby');
      assert.match(await page.locator(`#${described}`).innerText(), /Thư điện tử không hợp lệ/);
      await check('/admin/cau-truc/lien-he', 'lien-he-sau-loi');
    } finally {
      await context.close();
    }
  }));
  assert.deepEqual(problems, []);
});

test('a school administrator builds a two-level menu and sees it on the public home page', { timeout: 90000 }, async () => {
  const [siteId, slug] = school;
  const prefix = `/don-vi/${slug}`;
  const context = await newContext(browser, 390, { bypassCSP: false });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 422/.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await signIn(page, 'quantri');
    await page.goto(`${BASE}${prefix}/admin`);
    await submit(page, page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Cấu trúc trang' }));
    await submit(page, page.getByRole('navigation', { name: 'Các phần của cấu trúc trang' }).getByRole('link', { name: 'Menu' }));
    await submit(page, page.getByRole('button', { name: 'Tạo menu riêng từ menu mặc định' }));
    await page.getByText('Đã lưu. Trang công khai cập nhật trong vài giây.').waitFor();

    // A top item to an outside address, mistyped first.
    await page.getByLabel('Tên mục').fill(`Tuyển sinh ${run}`);
    await page.getByLabel('Một địa chỉ ngoài').check();
    await page.getByLabel('Địa chỉ (http:// hoặc https://)').fill('javascript:alert(1)');
    await submit(page, page.getByRole('button', { name: 'Thêm mục' }));
    await page.getByText('Địa chỉ ngoài phải là một địa chỉ web đầy đủ').first().waitFor();
    assert.equal(await page.getByLabel('Tên mục').inputValue(), `Tuyển sinh ${run}`);
    await page.getByLabel('Địa chỉ (http:// hoặc https://)').fill('https://tuyensinh.example.vn/');
    await submit(page, page.getByRole('button', { name: 'Thêm mục' }));
    await page.getByText('Đã lưu.').first().waitFor();

    // Its child: the contact page.
    await page.getByLabel('Tên mục').fill(`Hỏi về tuyển sinh ${run}`);
    await page.getByLabel('Mục cấp trên').selectOption({ label: `Tuyển sinh ${run}` });
    await page.getByLabel('Một trang có sẵn của cổng').check();
    await page.getByLabel('Trang có sẵn', { exact: true }).selectOption({ label: 'Liên hệ' });
    await submit(page, page.getByRole('button', { name: 'Thêm mục' }));

    // Up one place with the button, twice.
    for (let i = 0; i < 2; ++i) await submit(page, page.getByRole('button', { name: `Lên mục Tuyển sinh ${run}` }));
    const order = sql(`SELECT label FROM menu_items WHERE site_id = ${siteId} AND parent_id IS NULL ORDER BY sort_order, id`).map((r) => r[0]);
    assert.equal(order.indexOf(`Tuyển sinh ${run}`), order.length - 3);
    assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'menu.move' AND detail LIKE '%${run}%'`), '2');
    await shot(page, 390, 'menu-sau-khi-sua');

    // On the public home page within a few seconds.
    let found = false;
    for (let i = 0; i < 40 && !found; ++i) {
      await page.goto(`${BASE}${prefix}/`);
      found = await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: `Hỏi về tuyển sinh ${run}` }).count() > 0;
      if (!found) await page.waitForTimeout(500);
    }
    assert.ok(found, 'the child item is in the public menu');
    const href = await page.getByRole('link', { name: `Hỏi về tuyển sinh ${run}` }).getAttribute('href');
    assert.equal(href, `${prefix}/lien-he`);
    await shot(page, 390, 'trang-chu-cong-khai');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
