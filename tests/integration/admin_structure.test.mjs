// The site's structure in /admin/cau-truc (issue 5 item 6): categories, the menu, the
// home page's blocks and banner, links and contact details, edited by staff and shown on
// the public site within a few seconds; refused without the role or the CSRF token, with
// bad input, forged files and script payloads. Most changes are made on the last school
// (as the system administrator) and undone at the end, so other tests see the demo data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, assertValidHtml, get, lit, sleep, sql, sqlValue, sites } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
// An 8×4 red PNG (made with zlib here, not downloaded).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGM4ISeHFTFQTwIAbv4ggUBHKgEAAAAASUVORK5CYII=', 'base64');
const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const run = Date.now().toString(36);

class Staff {
  constructor() { this.cookies = new Map(); }
  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
  async get(p) {
    const res = await fetch(BASE + p, { redirect: 'manual', headers: { Cookie: this.cookieHeader() } });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async post(p, fields) {
    const body = new URLSearchParams(fields);
    if (!body.has('_csrf')) body.set('_csrf', this.csrf);
    const res = await fetch(BASE + p, {
      method: 'POST', redirect: 'manual', body,
      headers: { Cookie: this.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async postMultipart(p, fields, files = {}) {
    const form = new FormData();
    form.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [k, { data, name, type }] of Object.entries(files)) form.append(k, new Blob([data], { type }), name);
    const res = await fetch(BASE + p, { method: 'POST', redirect: 'manual', body: form, headers: { Cookie: this.cookieHeader(), Origin: BASE } });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async signIn(username) {
    const form = await this.get('/admin/dang-nhap');
    const token = form.text.match(/name="_csrf" value="([0-9a-f]+)"/)[1];
    const res = await this.post('/admin/dang-nhap', { _csrf: token, ten_dang_nhap: username, mat_khau: PASSWORD });
    assert.equal(res.status, 303, `sign-in of ${username}`);
    const page = await this.get('/admin/mat-khau');
    this.csrf = page.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
    this.id = sqlValue(`SELECT id FROM users WHERE username = ${lit(username)}`);
    return this;
  }
}

// Polls a public page (behind the micro-cache, the site data tick and the home cache)
// until `check` holds; returns the last page.
async function eventually(p, check, what) {
  let page;
  for (let i = 0; i < 40; ++i) {
    page = await get(p);
    if (check(page)) return page;
    await sleep(500);
  }
  assert.fail(`${what}: ${p} did not change in 20 s`);
  return page;
}

function auditRows(userId, action, since) {
  return sql(`SELECT detail, site_id FROM audit_log WHERE user_id = ${userId} AND action = ${lit(action)} AND id > ${since} ORDER BY id`);
}

let school, prefix, admin, auditStart;
const saved = {};
before(async () => {
  const all = sites();
  school = all[all.length - 1];
  prefix = `/don-vi/${school.slug}`;
  admin = await new Staff().signIn('quantri');
  auditStart = Number(sqlValue('SELECT COALESCE(MAX(id), 0) FROM audit_log'));
  [saved.site] = sql(`SELECT welcome, theme, COALESCE(banner_path, 'NULL'), banner_alt, address, phone, hotline, email FROM sites WHERE id = ${school.id}`);
  // The contact row as it was, kept in a table of this run so after() restores it exactly.
  sql(`CREATE TABLE test_contacts_${run} AS SELECT * FROM site_contacts WHERE site_id = ${school.id}`);
  saved.order = sql(`SELECT id, sort_order, home_order, on_home FROM categories WHERE site_id = ${school.id}`);
});

after(async () => {
  if (!school) return;
  sql(`DELETE FROM menu_items WHERE site_id = ${school.id} AND parent_id IS NOT NULL`);
  sql(`DELETE FROM menu_items WHERE site_id = ${school.id}`);
  sql(`DELETE FROM menu_items WHERE site_id = 1 AND label LIKE '%${run}%'`);
  sql(`DELETE FROM links WHERE title LIKE '%${run}%'`);
  sql(`DELETE r FROM category_redirects r JOIN categories c ON c.id = r.category_id WHERE c.slug LIKE '%${run}%'`);
  sql(`DELETE FROM articles WHERE slug LIKE '%${run}%'`);
  sql(`DELETE FROM categories WHERE slug LIKE '%${run}%'`);
  for (const [id, sort, home, on] of saved.order) sql(`UPDATE categories SET sort_order = ${sort}, home_order = ${home}, on_home = ${on} WHERE id = ${id}`);
  const [welcome, theme, banner, alt, address, phone, hotline, email] = saved.site;
  sql(`UPDATE sites SET welcome = ${lit(welcome)}, theme = ${lit(theme)}, banner_path = ${banner === 'NULL' ? 'NULL' : lit(banner)}, ` +
      `banner_alt = ${lit(alt)}, address = ${lit(address)}, phone = ${lit(phone)}, hotline = ${lit(hotline)}, email = ${lit(email)}, ` +
      `home_featured = 5, home_block_items = 4 WHERE id = ${school.id}`);
  sql(`DELETE FROM site_contacts WHERE site_id = ${school.id}`);
  sql(`INSERT INTO site_contacts SELECT * FROM test_contacts_${run}`);
  sql(`DROP TABLE test_contacts_${run}`);
  // The portal reloads site data every few seconds: leave only when the public contact page
  // shows the restored details, so the next test file does not read this run's.
  await eventually(`${prefix}/lien-he`, (p) => p.status === 200 && !p.text.includes(run), 'restored contact');
});

test('categories: create, rename with the old address redirecting, reorder, delete only when empty', async () => {
  const base = `${prefix}/admin/cau-truc`;
  const page = await admin.get(base);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Cấu trúc trang<\/h1>/);
  await assertValidHtml(page.text, base);

  // Bad input: the message beside the field, what was typed kept, nothing saved.
  const bad = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'tao', ten: `Góc học tập ${run}`, slug: 'Sai Đường Dẫn!' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="slug-loi">Đường dẫn chỉ gồm chữ thường/);
  assert.match(bad.text, new RegExp(`value="Góc học tập ${run}"`));
  assert.equal(sqlValue(`SELECT COUNT(*) FROM categories WHERE name = ${lit(`Góc học tập ${run}`)}`), '0');

  // Created with the slug made from the name.
  const created = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'tao', ten: `Góc học tập ${run}`, mo_ta: 'Bài hay', trang_chu: '1' });
  assert.equal(created.status, 303);
  assert.equal(created.headers.get('location'), `${base}?da-luu=1`);
  const slug = `goc-hoc-tap-${run}`;
  const [[id, sort]] = sql(`SELECT id, sort_order FROM categories WHERE site_id = ${school.id} AND slug = ${lit(slug)}`);
  assert.ok(Number(sort) > 0);
  const done = await admin.get(`${base}?da-luu=1`);
  assert.match(done.text, /Đã lưu\. Trang công khai cập nhật trong vài giây\./);
  assert.equal((await get(`${prefix}/tin-tuc/${slug}`)).status, 200);

  // A duplicate slug is refused beside the field.
  const dup = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'tao', ten: 'Trùng', slug });
  assert.equal(dup.status, 422);
  assert.match(dup.text, /id="slug-loi">Đường dẫn “goc-hoc-tap-/);

  // Renamed with a new slug: the old address answers 301 to the new one.
  const newSlug = `goc-hoc-sinh-${run}`;
  const renamed = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'sua', id, ten: `Góc học sinh ${run}`, slug: newSlug, trang_chu: '1' });
  assert.equal(renamed.status, 303);
  const old = await eventually(`${prefix}/tin-tuc/${slug}`, (p) => p.status === 301, 'old address');
  assert.equal(old.headers.get('location'), `${prefix}/tin-tuc/${newSlug}`);
  const renamedPage = await get(`${prefix}/tin-tuc/${newSlug}`);
  assert.equal(renamedPage.status, 200);
  assert.match(renamedPage.text, new RegExp(`Góc học sinh ${run}`));
  const [[detail]] = auditRows(admin.id, 'category.update', auditStart);
  assert.match(detail, /tên: "Góc học tập .*" → "Góc học sinh .*"/);
  assert.match(detail, /đường dẫn: "goc-hoc-tap-.*" → "goc-hoc-sinh-/);

  // Moved up: it swaps with the one above it.
  const order = () => sql(`SELECT id FROM categories WHERE site_id = ${school.id} AND parent_id IS NULL ORDER BY sort_order, id`).map((r) => r[0]);
  const beforeMove = order();
  const at = beforeMove.indexOf(id);
  assert.equal((await admin.post(`${base}/chuyen-muc`, { thao_tac: 'len', id })).status, 303);
  const afterMove = order();
  assert.equal(afterMove.indexOf(id), at - 1);
  assert.equal(afterMove[at], beforeMove[at - 1]);

  // A category with articles cannot be deleted: 409 with the reason, nothing removed.
  const [[busy, busyName]] = sql(`SELECT c.id, c.name FROM categories c WHERE c.site_id = ${school.id} AND EXISTS (SELECT 1 FROM articles a WHERE a.category_id = c.id) LIMIT 1`);
  const refused = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'xoa', id: busy });
  assert.equal(refused.status, 409);
  assert.match(refused.text, /Không xóa được chuyên mục “[^”]+”: chuyên mục còn \d+ bài viết/);
  assert.ok(refused.text.includes(busyName));
  assert.equal(sqlValue(`SELECT COUNT(*) FROM categories WHERE id = ${busy}`), '1');

  // The empty one goes, with its redirect.
  assert.equal((await admin.post(`${base}/chuyen-muc`, { thao_tac: 'xoa', id })).status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM categories WHERE id = ${id}`), '0');
  await eventually(`${prefix}/tin-tuc/${newSlug}`, (p) => p.status === 404, 'deleted category');
  assert.equal(auditRows(admin.id, 'category.create', auditStart).length, 1);
  assert.equal(auditRows(admin.id, 'category.move', auditStart).length, 1);
  const [[deleted, site]] = auditRows(admin.id, 'category.delete', auditStart);
  assert.match(deleted, /Góc học sinh/);
  assert.equal(site, String(school.id));
});

test('menu: a nested item on the public home page, javascript: refused, ordered without JavaScript', async () => {
  const base = `${prefix}/admin/cau-truc/menu`;
  const page = await admin.get(base);
  assert.equal(page.status, 200);
  assert.match(page.text, /Trang đang dùng menu mặc định/);
  await assertValidHtml(page.text, base);

  const top = await admin.post(base, { thao_tac: 'tao', nhan: `Tuyển sinh ${run}`, loai: 'trang', trang: 'lien-he' });
  assert.equal(top.status, 303);
  const topId = sqlValue(`SELECT id FROM menu_items WHERE site_id = ${school.id} AND label = ${lit(`Tuyển sinh ${run}`)}`);
  const [[catId, catSlug]] = sql(`SELECT id, slug FROM categories WHERE site_id = ${school.id} ORDER BY sort_order LIMIT 1`);
  const child = await admin.post(base, { thao_tac: 'tao', nhan: `Thông tin lớp 6 ${run}`, cha: topId, loai: 'chuyen-muc', chuyen_muc: catId });
  assert.equal(child.status, 303);
  assert.equal(sqlValue(`SELECT url FROM menu_items WHERE parent_id = ${topId}`), `/tin-tuc/${catSlug}`);

  // javascript: (and other non-web addresses) are refused beside the field; nothing stored.
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x']) {
    const res = await admin.post(base, { thao_tac: 'tao', nhan: `Xấu ${run}`, loai: 'ngoai', url });
    assert.equal(res.status, 422, url);
    assert.match(res.text, /id="url-loi">Địa chỉ ngoài phải là một địa chỉ web đầy đủ/);
    assert.ok(res.text.includes(`value="Xấu ${run}"`), 'the label typed is kept');
  }
  assert.equal(sqlValue(`SELECT COUNT(*) FROM menu_items WHERE label = ${lit(`Xấu ${run}`)}`), '0');
  const external = await admin.post(base, { thao_tac: 'tao', nhan: `Bộ GD&ĐT ${run}`, loai: 'ngoai', url: 'https://moet.gov.vn/' });
  assert.equal(external.status, 303);

  // The public home page shows the site's own menu with the child nested under its parent.
  const home = await eventually(`${prefix}/`, (p) => p.text.includes(`Thông tin lớp 6 ${run}`) && p.text.includes('https://moet.gov.vn/'), 'menu');
  const nav = home.text.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)[0];
  assert.match(nav, new RegExp(`<li class="has-sub"><a href="${prefix}/lien-he">Tuyển sinh ${run}</a><ul class="nav-sub"><li><a href="${prefix}/tin-tuc/${catSlug}">Thông tin lớp 6 ${run}</a></li></ul></li>`));
  assert.ok(nav.includes('href="https://moet.gov.vn/"'));
  assert.ok(!nav.includes('>Danh bạ<'), 'the default menu is replaced');
  await assertValidHtml(home.text, `${prefix}/`);

  // Move the external item up: it comes before "Tuyển sinh".
  const extId = sqlValue(`SELECT id FROM menu_items WHERE label = ${lit(`Bộ GD&ĐT ${run}`)}`);
  assert.equal((await admin.post(base, { thao_tac: 'len', id: extId })).status, 303);
  const order = sql(`SELECT id FROM menu_items WHERE site_id = ${school.id} AND parent_id IS NULL ORDER BY sort_order, id`).map((r) => r[0]);
  assert.deepEqual(order, [extId, topId]);

  // A parent with a child is not deleted (409); the child then the parent are.
  const refused = await admin.post(base, { thao_tac: 'xoa', id: topId });
  assert.equal(refused.status, 409);
  assert.match(refused.text, /mục còn 1 mục con/);
  const childId = sqlValue(`SELECT id FROM menu_items WHERE parent_id = ${topId}`);
  assert.equal((await admin.post(base, { thao_tac: 'xoa', id: childId })).status, 303);
  assert.equal(auditRows(admin.id, 'menu.create', auditStart).length, 3);
  assert.match(auditRows(admin.id, 'menu.delete', auditStart)[0][0], /Thông tin lớp 6/);
});

test('home page: block order, featured count and welcome text reach the public page', async () => {
  const base = `${prefix}/admin/cau-truc/trang-chu`;
  const page = await admin.get(base);
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, base);
  const publicBlocks = (html) => [...html.matchAll(/<section class="category-block">\s*<h2 class="section-title"><a href="([^"]+)"/g)].map((m) => m[1]);
  const home = await get(`${prefix}/`);
  const first = publicBlocks(home.text);
  assert.ok(first.length >= 2, 'the school shows at least two category blocks');
  // Move the second block up.
  const secondSlug = first[1].split('/').pop();
  const secondId = sqlValue(`SELECT id FROM categories WHERE site_id = ${school.id} AND slug = ${lit(secondSlug)}`);
  const moved = await admin.post(base, { thao_tac: 'len', id: secondId });
  assert.equal(moved.status, 303);
  const updated = await eventually(`${prefix}/`, (p) => publicBlocks(p.text)[0] === first[1], 'block order');
  assert.equal(publicBlocks(updated.text)[1], first[0]);
  assert.equal(auditRows(admin.id, 'home.block', auditStart).length, 1);

  // Hide a block.
  assert.equal((await admin.post(base, { thao_tac: 'an-khoi', id: secondId })).status, 303);
  await eventually(`${prefix}/`, (p) => !publicBlocks(p.text).includes(first[1]), 'block hidden');

  // Welcome text with a script payload: stored as text, shown escaped; bad numbers refused.
  const bad = await admin.post(base, { thao_tac: 'luu', loi_chao: `Chào ${run}`, giao_dien: 'tim', so_noi_bat: '40', so_tin_khoi: '3' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="so_noi_bat-loi">/);
  assert.ok(bad.text.includes(`Chào ${run}</textarea>`), 'what was typed is kept');
  const ok = await admin.postMultipart(base, { thao_tac: 'luu', loi_chao: `Chào ${run} ${XSS}`, giao_dien: 'tim', so_noi_bat: '2', so_tin_khoi: '3' });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), `${base}?da-luu=trang-chu`);
  assert.match((await admin.get(`${base}?da-luu=trang-chu`)).text, /Đã lưu\. Trang chủ cập nhật trong vài giây\./);
  assert.equal(sqlValue(`SELECT welcome FROM sites WHERE id = ${school.id}`), `Chào ${run} ${XSS}`);
  const shown = await eventually(`${prefix}/`, (p) => p.text.includes(`Chào ${run}`), 'welcome');
  assert.ok(shown.text.includes('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
  assert.ok(!shown.text.includes('<script>alert(2)'));
  assert.match(shown.text, /<body[^>]*class="[^"]*theme-tim/);
  const [[detail]] = auditRows(admin.id, 'home.update', auditStart);
  assert.match(detail, /bảng màu: ".*" → "tim"/);
  assert.match(detail, /số tin nổi bật: "5" → "2"/);
});

test('banner: a forged image is refused, a real one is resized and shown with its alt text', async () => {
  const base = `${prefix}/admin/cau-truc/trang-chu`;
  const fields = { thao_tac: 'luu', loi_chao: '', giao_dien: 'xanh-duong', so_noi_bat: '5', so_tin_khoi: '4', mo_ta_anh: `Cổng trường ${run}` };
  const forged = await admin.postMultipart(base, fields, {
    anh_bia: { data: Buffer.from('<?php system($_GET["c"]); ?><script>alert(1)</script>'), name: 'banner.jpg', type: 'image/jpeg' },
  });
  assert.equal(forged.status, 422);
  assert.match(forged.text, /id="anh_bia-loi">Ảnh bìa phải là ảnh JPEG, PNG hoặc WebP/);
  assert.ok(forged.text.includes(`value="Cổng trường ${run}"`));
  const banner = () => sqlValue(`SELECT COALESCE(banner_path, 'NULL') FROM sites WHERE id = ${school.id}`);
  assert.equal(banner(), saved.site[2]);
  // A GIF is an image but not a banner type.
  const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
  const refusedGif = await admin.postMultipart(base, fields, { anh_bia: { data: gif, name: 'a.gif', type: 'image/gif' } });
  assert.equal(refusedGif.status, 422);
  // A banner needs its alt text.
  const noAlt = await admin.postMultipart(base, { ...fields, mo_ta_anh: '' }, { anh_bia: { data: PNG, name: 'bia.png', type: 'image/png' } });
  assert.equal(noAlt.status, 422);
  assert.match(noAlt.text, /id="mo_ta_anh-loi">Nhập mô tả ảnh bìa/);

  const good = await admin.postMultipart(base, fields, { anh_bia: { data: PNG, name: 'bia.png', type: 'image/png' } });
  assert.equal(good.status, 303);
  const path = banner();
  assert.match(path, /^\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
  assert.equal(sqlValue(`SELECT mime_type FROM media WHERE path = ${lit(path)}`), 'image/jpeg');
  const img = await get(`/uploads/${path}`);
  assert.equal(img.status, 200);
  const home = await eventually(`${prefix}/`, (p) => p.text.includes(`/uploads/${path}`), 'banner');
  assert.ok(home.text.includes(`alt="Cổng trường ${run}"`));
  assert.match(auditRows(admin.id, 'home.update', auditStart).at(-1)[0], /ảnh bìa: "[^"]*" → "\d{4}\//);
});

test('contact details are shown on /lien-he; bad e-mail and map links are refused', async () => {
  const base = `${prefix}/admin/cau-truc/lien-he`;
  const page = await admin.get(base);
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, base);
  const fields = {
    thao_tac: 'luu', dia_chi: `Số 1 đường Trường Học ${run}`, dien_thoai: '0235 3861 245', duong_day_nong: '0905 123 456',
    email: 'truong@thanhbinh.edu.vn', fax: '', gio_lam_viec: 'Sáng: 07:00 – 11:30', ban_do: 'https://maps.example.vn/truong',
    nguoi_phat_ngon: `Nguyễn Văn Phát ${run}`, chuc_vu_phat_ngon: 'Hiệu trưởng', dien_thoai_phat_ngon: '0905 000 111',
    email_phat_ngon: 'phat@thanhbinh.edu.vn',
  };
  const bad = await admin.post(base, { ...fields, email: 'khong-phai-thu', ban_do: 'javascript:alert(1)', dien_thoai: '0235<script>' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="email-loi">Thư điện tử không hợp lệ/);
  assert.match(bad.text, /id="ban_do-loi">Liên kết bản đồ phải là/);
  assert.match(bad.text, /id="dien_thoai-loi">/);
  assert.ok(bad.text.includes('value="khong-phai-thu"'));
  assert.notEqual(sqlValue(`SELECT address FROM sites WHERE id = ${school.id}`), fields.dia_chi);

  const ok = await admin.post(base, fields);
  assert.equal(ok.status, 303);
  const contact = await eventually(`${prefix}/lien-he`, (p) => p.text.includes(fields.dia_chi), 'contact');
  for (const text of [`Nguyễn Văn Phát ${run}`, 'phat@thanhbinh.edu.vn', 'https://maps.example.vn/truong', 'truong@thanhbinh.edu.vn']) {
    assert.ok(contact.text.includes(text), text);
  }
  assert.ok(contact.text.includes('tel:0905123456'));
  const [[detail]] = auditRows(admin.id, 'contact.update', auditStart);
  assert.match(detail, /Người phát ngôn: "[^"]*" → "Nguyễn Văn Phát/);
});

test('links: created with a web address only, shown on /lien-ket, script payloads escaped', async () => {
  const base = `${prefix}/admin/cau-truc/lien-ket`;
  const bad = await admin.post(base, { thao_tac: 'tao', nhom: 'Cơ quan', ten: `Xấu ${run}`, url: 'javascript:alert(1)', trang_chu: '1' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="url-loi">/);
  const ok = await admin.post(base, { thao_tac: 'tao', nhom: 'Cơ quan cấp trên', ten: `Sở GD ${run} ${XSS}`, url: 'https://sgddt.example.vn/', trang_chu: '1' });
  assert.equal(ok.status, 303);
  const links = await eventually(`${prefix}/lien-ket`, (p) => p.text.includes(`Sở GD ${run}`), 'links');
  assert.ok(links.text.includes(`Sở GD ${run} &lt;img src=x onerror=alert(1)&gt;`));
  assert.ok(!links.text.includes('<img src=x'));
  const admin_page = await admin.get(base);
  assert.ok(admin_page.text.includes(`Sở GD ${run} &lt;img src=x`));
  assert.ok(!admin_page.text.includes('<img src=x'));
  assert.equal(auditRows(admin.id, 'link.create', auditStart).length, 1);
});

test('permissions: a contributor gets 403 and is audited; a deputy edits the menu but not categories', async () => {
  const contributor = await new Staff().signIn('congtacvien');
  assert.equal((await contributor.get('/admin/cau-truc')).status, 403);
  assert.equal((await contributor.get('/admin/cau-truc/menu')).status, 403);
  const dashboard = await contributor.get('/admin');
  assert.ok(!dashboard.text.includes('Cấu trúc trang'), 'no menu entry for a contributor');
  const since = Number(sqlValue('SELECT COALESCE(MAX(id), 0) FROM audit_log'));
  const post = await contributor.post('/admin/cau-truc/menu', { thao_tac: 'tao', nhan: `Lạ ${run}`, loai: 'trang', trang: 'lien-he' });
  assert.equal(post.status, 403);
  const cat = await contributor.post('/admin/cau-truc/chuyen-muc', { thao_tac: 'tao', ten: `Lạ ${run}` });
  assert.equal(cat.status, 403);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM menu_items WHERE label = ${lit(`Lạ ${run}`)}`), '0');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM categories WHERE name = ${lit(`Lạ ${run}`)}`), '0');
  const denied = auditRows(contributor.id, 'structure.denied', since);
  assert.deepEqual(denied.map((r) => r[0]), ['menu tao', 'category tao']);

  // The office's editor-in-chief holds no role on a school: a school's structure is not theirs.
  const chief = await new Staff().signIn('truongban');
  assert.equal((await chief.get(`${prefix}/admin/cau-truc`)).status, 403);

  const deputy = await new Staff().signIn('phoban');
  const menu = await deputy.get('/admin/cau-truc/menu');
  assert.equal(menu.status, 200);
  assert.ok(menu.text.includes('aria-current="page">Cấu trúc trang'));
  const categories = await deputy.get('/admin/cau-truc');
  assert.equal(categories.status, 200);
  assert.ok(!categories.text.includes('Thêm chuyên mục'), 'no category form for a deputy');
  assert.equal((await deputy.post('/admin/cau-truc/chuyen-muc', { thao_tac: 'tao', ten: `Phó ban ${run}` })).status, 403);
  const item = await deputy.post('/admin/cau-truc/menu', { thao_tac: 'tao', nhan: `Phó ban ${run}`, loai: 'trang', trang: 'lien-he' });
  assert.equal(item.status, 303);
  assert.equal(auditRows(deputy.id, 'menu.create', since).length, 1);
  sql(`DELETE FROM menu_items WHERE site_id = 1 AND label = ${lit(`Phó ban ${run}`)}`);
  // The office goes back to its default menu before the next test file looks at it.
  await eventually('/', (p) => !p.text.includes(`Phó ban ${run}`), 'office menu restored');
});

test('a POST without the session CSRF token is refused and changes nothing', async () => {
  for (const csrf of ['', '0'.repeat(64)]) {
    const res = await admin.post(`${prefix}/admin/cau-truc/chuyen-muc`, { _csrf: csrf, thao_tac: 'tao', ten: `CSRF ${run}` });
    assert.equal(res.status, 403);
  }
  const other = await fetch(`${BASE}${prefix}/admin/cau-truc/lien-ket`, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams({ thao_tac: 'tao', nhom: 'x', ten: `CSRF ${run}`, url: 'https://a.example/' }),
    headers: { Cookie: admin.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
  });
  assert.equal(other.status, 403);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM categories WHERE name = ${lit(`CSRF ${run}`)}`), '0');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM links WHERE title = ${lit(`CSRF ${run}`)}`), '0');
});

test('script payloads in a category name are stored as text and shown escaped', async () => {
  const base = `${prefix}/admin/cau-truc`;
  const res = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'tao', ten: `X ${run} ${XSS}`, slug: `xss-${run}` });
  assert.equal(res.status, 303);
  assert.equal(sqlValue(`SELECT name FROM categories WHERE slug = ${lit(`xss-${run}`)}`), `X ${run} ${XSS}`);
  const adminPage = await admin.get(base);
  assert.ok(adminPage.text.includes(`X ${run} &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;`));
  assert.ok(!adminPage.text.includes('<script>alert(2)'));
  const pub = await get(`${prefix}/tin-tuc/xss-${run}`);
  assert.equal(pub.status, 200);
  assert.ok(!pub.text.includes('<script>alert(2)'));
  assert.ok(pub.text.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
  // A category the menu links to is not deleted until the menu item is.
  const catId = sqlValue(`SELECT id FROM categories WHERE slug = ${lit(`xss-${run}`)}`);
  assert.equal((await admin.post(`${base}/menu`, { thao_tac: 'tao', nhan: `Mục ${run}`, loai: 'chuyen-muc', chuyen_muc: catId })).status, 303);
  const blocked = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'xoa', id: catId });
  assert.equal(blocked.status, 409);
  assert.match(blocked.text, /menu của trang còn mục dẫn tới chuyên mục này/);
  sql(`DELETE FROM menu_items WHERE label = ${lit(`Mục ${run}`)}`);
  assert.equal((await admin.post(`${base}/chuyen-muc`, { thao_tac: 'xoa', id: catId })).status, 303);
  // SQL in an id is a malformed field, not a query.
  const injected = await admin.post(`${base}/chuyen-muc`, { thao_tac: 'xoa', id: '1 OR 1=1' });
  assert.ok([404, 422].includes(injected.status), String(injected.status));
  assert.ok(Number(sqlValue('SELECT COUNT(*) FROM categories')) > 10);
});
