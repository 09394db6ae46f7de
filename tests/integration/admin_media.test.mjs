// The media library of the staff area (/admin/thu-vien-anh): real JPEG and PNG uploads
// (made at test time with libvips' `vips`, which scripts/deps.sh installs), their
// thumbnails on disk and served by nginx, forged and oversized uploads refused in
// Vietnamese with nothing left behind, the same file stored once, alt text required before
// an image is used, deletion refused while in use (409), CSRF, permissions, other sites'
// items (404), keyset pages and search, the picker without JavaScript, and the audit log.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { BASE, ROOT, STACK, assertValidHtml, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const UPLOADS = path.join(STACK, 'data/uploads');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'media-test-'));
const created = new Set();  // media ids this file made, removed at the end
const articles = new Set();

class Staff {
  constructor() { this.cookies = new Map(); }

  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }

  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [name, value] = pair.split('=');
      if (attrs.some((a) => /max-age=0/i.test(a)) || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async get(p) {
    const res = await fetch(BASE + p, { redirect: 'manual', headers: { Cookie: this.cookieHeader() } });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  async post(p, fields, { csrf = true } = {}) {
    const body = new URLSearchParams(fields);
    if (csrf && !body.has('_csrf') && this.csrf) body.set('_csrf', this.csrf);
    const res = await fetch(BASE + p, {
      method: 'POST', redirect: 'manual', body,
      headers: { Cookie: this.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  // A multipart upload: files are [name, Buffer, claimed type].
  async upload(p, files, fields = {}, { csrf = true } = {}) {
    const form = new FormData();
    if (csrf && this.csrf) form.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [name, data, type] of files) form.append('tep', new Blob([data], { type: type || 'application/octet-stream' }), name);
    const res = await fetch(BASE + p, {
      method: 'POST', redirect: 'manual', body: form, headers: { Cookie: this.cookieHeader(), Origin: BASE },
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  async signIn(username, prefix = '') {
    const form = await this.get('/admin/dang-nhap');
    const token = form.text.match(/name="_csrf" value="([0-9a-f]+)"/)[1];
    const res = await this.post('/admin/dang-nhap', { _csrf: token, ten_dang_nhap: username, mat_khau: PASSWORD }, { csrf: false });
    assert.equal(res.status, 303, `sign-in of ${username}`);
    const page = await this.get(`${prefix}/admin/thu-vien-anh`);
    this.csrf = (page.text.match(/name="_csrf" value="([0-9a-f]{64})"/) || [])[1];
    return this;
  }
}

// A picture of random noise (so every run's bytes differ), made by libvips' command line.
function picture(ext, width = 1200, height = 800) {
  const file = path.join(TMP, `${randomBytes(6).toString('hex')}.${ext}`);
  execFileSync('vips', ['gaussnoise', file, String(width), String(height)]);
  return fs.readFileSync(file);
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const office = () => Number(sqlValue("SELECT id FROM sites WHERE slug = 'phong-gddt'"));
const mediaCount = () => Number(sqlValue('SELECT COUNT(*) FROM media'));
function filesOnDisk() {
  let n = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name)); else n += 1;
    }
  };
  if (fs.existsSync(UPLOADS)) walk(UPLOADS);
  return n;
}
function mediaBySha(hash) {
  const rows = sql(`SELECT id, path, thumb_widths, alt, kind, site_id FROM media WHERE sha256 = '${hash}'`);
  for (const r of rows) created.add(Number(r[0]));
  return rows.map(([id, p, widths, alt, kind, site]) => ({ id: Number(id), path: p, widths, alt, kind, site: Number(site) }));
}
const stem = (p) => p.replace(/\.[a-z0-9]+$/, '');

after(() => {
  const ids = [...created].join(',');
  if (articles.size) {
    const a = [...articles].join(',');
    sql(`DELETE FROM article_photos WHERE article_id IN (${a})`);
    sql(`UPDATE articles SET cover_media_id = NULL, body = '<p>Đã xóa ảnh kiểm thử.</p>' WHERE id IN (${a})`);
  }
  if (ids) {
    const paths = sql(`SELECT path FROM media WHERE id IN (${ids})`).map((r) => r[0]);
    sql(`UPDATE articles SET cover_media_id = NULL WHERE cover_media_id IN (${ids})`);
    sql(`DELETE FROM article_photos WHERE media_id IN (${ids})`);
    sql(`DELETE FROM media WHERE id IN (${ids})`);
    for (const p of paths) {
      for (const f of [p, ...[320, 640, 1024].map((w) => `${stem(p)}-${w}.jpg`)]) fs.rmSync(path.join(UPLOADS, f), { force: true });
    }
  }
  fs.rmSync(TMP, { recursive: true, force: true });
});

test('the library page, its menu entry and the upload form', async () => {
  const s = await new Staff().signIn('congtacvien');
  const page = await s.get('/admin/thu-vien-anh');
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Thư viện media<\/h1>/);
  assert.match(page.text, /<a href="\/admin\/thu-vien-anh" aria-current="page">Thư viện media<\/a>/);
  assert.match(page.text, /enctype="multipart\/form-data"/);
  assert.match(page.text, /<label for="mo_ta">Mô tả ảnh/);
  await assertValidHtml(page.text, '/admin/thu-vien-anh');
  // Under a school's prefix too, for its focal point.
  const school = sql("SELECT slug FROM sites WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1")[0][0];
  const focal = await new Staff().signIn(`daumoi-${school}`, `/don-vi/${school}`);
  const there = await focal.get(`/don-vi/${school}/admin/thu-vien-anh`);
  assert.equal(there.status, 200);
  assert.match(there.text, new RegExp(`href="/don-vi/${school}/admin/thu-vien-anh" aria-current="page"`));
});

test('real JPEG and PNG uploads: stored under random names with SHA-256 and thumbnails, served', async () => {
  const s = await new Staff().signIn('congtacvien');
  const jpeg = picture('jpg', 1200, 800);
  const png = picture('png', 500, 400);
  const res = await s.upload('/admin/thu-vien-anh', [['Ảnh hội giảng.jpg', jpeg, 'image/jpeg'], ['so-do.png', png, 'image/png']],
    { mo_ta: 'Giáo viên dự giờ hội giảng cấp huyện' });
  assert.equal(res.status, 200, res.text.slice(0, 500));
  assert.match(res.text, /Đã tải lên 2 tệp/);
  await assertValidHtml(res.text, 'upload result');

  const [j] = mediaBySha(sha256(jpeg));
  const [p] = mediaBySha(sha256(png));
  assert.ok(j && p, 'both rows stored');
  assert.equal(j.site, office());
  assert.match(j.path, /^\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/, 'a random name, never the uploaded one');
  assert.match(p.path, /^\d{4}\/\d{2}\/[0-9a-f]{32}\.png$/);
  assert.equal(j.widths, '320,640,1024', 'the widths the public pages use (core/image.h)');
  assert.equal(p.widths, '320', 'smaller than 640: only the smallest');
  assert.equal(j.alt, 'Giáo viên dự giờ hội giảng cấp huyện');
  assert.equal(sqlValue(`SELECT CONCAT(width, 'x', height, ' ', title, ' ', original_name) FROM media WHERE id = ${j.id}`), '1200x800 Ảnh hội giảng Ảnh hội giảng.jpg');
  assert.equal(sha256(fs.readFileSync(path.join(UPLOADS, j.path))), sha256(jpeg));
  for (const w of [320, 640, 1024]) {
    const thumb = path.join(UPLOADS, `${stem(j.path)}-${w}.jpg`);
    assert.ok(fs.existsSync(thumb), `thumbnail ${w}`);
    const served = await fetch(`${BASE}/uploads/${stem(j.path)}-${w}.jpg`);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    assert.equal(bytes.subarray(0, 3).toString('hex'), 'ffd8ff');
    assert.equal(execFileSync('vipsheader', ['-f', 'width', thumb], { encoding: 'utf8' }).trim(), String(w));
  }
  const original = await fetch(`${BASE}/uploads/${p.path}`);
  assert.equal(original.status, 200);
  assert.equal(original.headers.get('content-type'), 'image/png');

  // The item page: preview from the thumbnails, details, usage, edit and delete forms.
  const item = await s.get(`/admin/thu-vien-anh/${j.id}`);
  assert.equal(item.status, 200);
  assert.ok(item.text.includes(`/uploads/${stem(j.path)}-640.jpg`));
  assert.match(item.text, /Chưa được dùng ở đâu/);
  assert.ok(item.text.includes(sha256(jpeg)));
  await assertValidHtml(item.text, 'media item');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'media.upload' AND object_id IN (${j.id}, ${p.id}) AND user_id = (SELECT id FROM users WHERE username = 'congtacvien')`), '2');
});

test('the same file uploaded twice is stored once and the person is told', async () => {
  const s = await new Staff().signIn('congtacvien');
  const jpeg = picture('jpg', 700, 500);
  assert.equal((await s.upload('/admin/thu-vien-anh', [['lan-mot.jpg', jpeg, 'image/jpeg']])).status, 200);
  const before = mediaCount();
  const files = filesOnDisk();
  const again = await s.upload('/admin/thu-vien-anh', [['lan-hai.jpg', jpeg, 'image/jpeg']]);
  assert.equal(again.status, 200);
  assert.match(again.text, /Tệp “lan-hai\.jpg” đã có trong thư viện \(“lan-mot”\): dùng lại tệp đã có, không lưu thêm bản nữa\./);
  assert.equal(mediaCount(), before);
  assert.equal(filesOnDisk(), files, 'nothing written for a duplicate');
  assert.equal(mediaBySha(sha256(jpeg)).length, 1);
  // Twice in one upload: one copy.
  const png = picture('png', 300, 200);
  const twice = await s.upload('/admin/thu-vien-anh', [['a.png', png, 'image/png'], ['b.png', png, 'image/png']]);
  assert.equal(twice.status, 200);
  assert.match(twice.text, /được chọn hai lần: chỉ lưu một bản/);
  assert.equal(mediaBySha(sha256(png)).length, 1);
});

test('forged, broken and oversized uploads are refused in Vietnamese and nothing is kept', async () => {
  const s = await new Staff().signIn('congtacvien');
  const emptyZip = Buffer.concat([Buffer.from('PK\x05\x06', 'binary'), Buffer.alloc(18)]);
  const forged = [
    ['trang.jpg', Buffer.from('<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n'), 'image/jpeg'],
    ['shell.png', Buffer.from("<?php system($_GET['c']); ?>\n"), 'image/png'],
    ['ve.svg', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>\n'), 'image/svg+xml'],
    ['bao-cao.docx', emptyZip, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ];
  const rows = mediaCount();
  const files = filesOnDisk();
  for (const file of forged) {
    const res = await s.upload('/admin/thu-vien-anh', [file], { tieu_de: 'Giữ lại tiêu đề đã gõ' });
    assert.equal(res.status, 422, file[0]);
    assert.ok(res.text.includes(`Tệp “${file[0]}”: Tệp không đúng định dạng cho phép (chỉ nhận JPEG, PNG, WebP, GIF, PDF, DOC, DOCX, XLS, XLSX, MP4).`), file[0]);
    assert.match(res.text, /Chưa tệp nào được lưu/);
    assert.match(res.text, /value="Giữ lại tiêu đề đã gõ"/, 'the form keeps what was typed');
  }
  // A good picture with a forged one: neither is kept.
  const good = picture('jpg', 400, 300);
  const mixed = await s.upload('/admin/thu-vien-anh', [['tot.jpg', good, 'image/jpeg'], forged[0]]);
  assert.equal(mixed.status, 422);
  assert.equal(mediaBySha(sha256(good)).length, 0);
  // JPEG magic followed by HTML: libmagic says JPEG, libvips cannot read it; the written file goes.
  const polyglot = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.from('<html><script>alert(1)</script></html>')]);
  const broken = await s.upload('/admin/thu-vien-anh', [['gia.jpg', polyglot, 'image/jpeg']]);
  assert.equal(broken.status, 422);
  assert.match(broken.text, /Tệp “gia\.jpg”: Tệp không phải là ảnh hợp lệ\./);
  // Too big: a JPEG over 10 MB.
  const big = Buffer.concat([picture('jpg', 200, 200), Buffer.alloc(10 * 1024 * 1024 + 10)]);
  const tooBig = await s.upload('/admin/thu-vien-anh', [['lon.jpg', big, 'image/jpeg']]);
  assert.equal(tooBig.status, 422);
  assert.match(tooBig.text, /Tệp “lon\.jpg” quá lớn \(10,0 MB\): ảnh tối đa 10 MB\./);
  // A small PNG of 400 million pixels (a decompression bomb).
  const bombFile = path.join(TMP, 'bomb.png');
  execFileSync('vips', ['black', bombFile, '20000', '20000']);
  const bomb = await s.upload('/admin/thu-vien-anh', [['bom.png', fs.readFileSync(bombFile), 'image/png']]);
  assert.equal(bomb.status, 422);
  assert.match(bomb.text, /ảnh quá lớn \(tối đa 80 triệu điểm ảnh\)/);
  // Nothing.
  const none = await s.upload('/admin/thu-vien-anh', []);
  assert.equal(none.status, 422);
  assert.match(none.text, /Vui lòng chọn ít nhất một tệp/);

  assert.equal(mediaCount(), rows, 'no row was kept');
  assert.equal(filesOnDisk(), files, 'no file was left on disk');
  assert.ok(Number(sqlValue("SELECT COUNT(*) FROM audit_log WHERE action = 'media.refused' AND at > UTC_TIMESTAMP() - INTERVAL 10 MINUTE")) >= 5);
});

test('a PDF is kept as a document, without thumbnails', async () => {
  const s = await new Staff().signIn('thuky');
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${randomBytes(8).toString('hex')}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
  const res = await s.upload('/admin/thu-vien-anh', [['Kế hoạch năm học.pdf', pdf, 'application/pdf']], { tieu_de: 'Kế hoạch năm học 2026-2027' });
  assert.equal(res.status, 200);
  const [m] = mediaBySha(sha256(pdf));
  assert.equal(m.kind, 'file');
  assert.match(m.path, /\.pdf$/);
  assert.equal(m.widths, '');
  const list = await s.get('/admin/thu-vien-anh?loai=tai-lieu&q=' + encodeURIComponent('Kế hoạch năm học 2026'));
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(`/admin/thu-vien-anh/${m.id}"`));
  const images = await s.get('/admin/thu-vien-anh?loai=anh&q=' + encodeURIComponent('Kế hoạch năm học 2026'));
  assert.ok(!images.text.includes(`/admin/thu-vien-anh/${m.id}"`), 'the kind filter leaves it out');
});

test('an MP4 video is kept as a video and served as one', async () => {
  const s = await new Staff().signIn('thuky');
  const mp4 = Buffer.concat([fs.readFileSync(path.join(ROOT, 'db/demo/media/hoi-khoe-phu-dong.mp4')), randomBytes(16)]);
  const res = await s.upload('/admin/thu-vien-anh', [['Hội khỏe Phù Đổng.mp4', mp4, 'video/mp4']]);
  assert.equal(res.status, 200);
  assert.match(res.text, /Đã tải lên 1 tệp/);
  const [m] = mediaBySha(sha256(mp4));
  assert.equal(m.kind, 'video');
  assert.match(m.path, /^\d{4}\/\d{2}\/[0-9a-f]{32}\.mp4$/);
  const served = await fetch(`${BASE}/uploads/${m.path}`);
  assert.equal(served.status, 200);
  assert.equal(served.headers.get('content-type'), 'video/mp4');
  const list = await s.get('/admin/thu-vien-anh?loai=video');
  assert.ok(list.text.includes(`/admin/thu-vien-anh/${m.id}"`));
});

test('alt text is required before an image is used; the picker works without JavaScript', async () => {
  const s = await new Staff().signIn('congtacvien');
  const jpeg = picture('jpg', 800, 600);
  assert.equal((await s.upload('/admin/thu-vien-anh', [['chua-mo-ta.jpg', jpeg, 'image/jpeg']])).status, 200);
  const [m] = mediaBySha(sha256(jpeg));
  assert.equal(m.alt, '');
  const category = sqlValue(`SELECT id FROM categories WHERE site_id = ${office()} ORDER BY id LIMIT 1`);
  const form = {
    tieu_de: 'Bài kiểm thử ảnh đại diện từ thư viện', chuyen_muc: category, tom_tat: 'Tóm tắt.',
    noi_dung: '<p>Nội dung bài có ảnh.</p>', thao_tac: 'save', anh_dai_dien: String(m.id),
  };
  const refused = await s.post('/admin/bai-viet/moi', form);
  assert.equal(refused.status, 422);
  assert.match(refused.text, /Ảnh “chua-mo-ta” chưa có mô tả \(alt\)/);

  // The picker page: the image without alt cannot be chosen yet.
  const picker = await s.get('/admin/thu-vien-anh/chon?muc-dich=anh-dai-dien&ve=' + encodeURIComponent('/admin/bai-viet/moi') + '&q=chua-mo-ta');
  assert.equal(picker.status, 200);
  await assertValidHtml(picker.text, 'picker');
  assert.ok(!picker.text.includes(`/admin/bai-viet/moi?anh-dai-dien=${m.id}"`));
  assert.ok(picker.text.includes(`href="/admin/thu-vien-anh/${m.id}"`));

  // Alt added on the item page (CSRF-checked, audited).
  const noToken = await s.post(`/admin/thu-vien-anh/${m.id}`, { tieu_de: 'x', mo_ta: 'y', _csrf: 'sai' });
  assert.equal(noToken.status, 403);
  const saved = await s.post(`/admin/thu-vien-anh/${m.id}`, { tieu_de: 'Lễ khai giảng', mo_ta: 'Học sinh chào cờ trong lễ khai giảng' });
  assert.equal(saved.status, 303);
  assert.equal(sqlValue(`SELECT CONCAT(title, '|', alt) FROM media WHERE id = ${m.id}`), 'Lễ khai giảng|Học sinh chào cờ trong lễ khai giảng');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'media.update' AND object_id = ${m.id}`), '1');

  const picker2 = await s.get('/admin/thu-vien-anh/chon?muc-dich=anh-dai-dien&ve=' + encodeURIComponent('/admin/bai-viet/moi') + '&q=' + encodeURIComponent('Lễ khai giảng'));
  assert.ok(picker2.text.includes(`href="/admin/bai-viet/moi?anh-dai-dien=${m.id}"`));
  // Another host, or a path outside the staff area, is never a return address.
  const evil = await s.get('/admin/thu-vien-anh/chon?ve=' + encodeURIComponent('https://evil.example/admin/') + '&q=' + encodeURIComponent('Lễ khai giảng'));
  assert.ok(!evil.text.includes('evil.example'));
  assert.ok(evil.text.includes(`href="/admin/bai-viet/moi?anh-dai-dien=${m.id}"`));
  // Back in the editor, the choice is in the form.
  const editor = await s.get(`/admin/bai-viet/moi?anh-dai-dien=${m.id}`);
  assert.equal(editor.status, 200);
  assert.match(editor.text, new RegExp(`name="anh_dai_dien" type="text" inputmode="numeric" value="${m.id}"`));
  await assertValidHtml(editor.text, 'editor with a cover');
  // JSON for admin-picker.js.
  const json = await s.get('/admin/thu-vien-anh/chon?dang=json&q=' + encodeURIComponent('Lễ khai giảng'));
  assert.match(json.headers.get('content-type'), /^application\/json/);
  const data = JSON.parse(json.text);
  const found = data.items.find((i) => i.id === m.id);
  assert.equal(found.alt, 'Học sinh chào cờ trong lễ khai giảng');
  assert.equal(found.src, `/uploads/${stem(m.path)}-640.jpg`, 'the largest thumbnail of an 800 px picture');

  // Now the cover and a gallery are accepted.
  const png = picture('png', 700, 500);
  await s.upload('/admin/thu-vien-anh', [['album.png', png, 'image/png']], { mo_ta: 'Sân trường sau lễ khai giảng' });
  const [g] = mediaBySha(sha256(png));
  const ok = await s.post('/admin/bai-viet/moi', { ...form, anh_album: `${g.id},${m.id}` });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  const articleId = Number(ok.headers.get('location').match(/bai-viet\/(\d+)/)[1]);
  articles.add(articleId);
  assert.equal(sqlValue(`SELECT CONCAT(cover_media_id, '|', cover_alt) FROM articles WHERE id = ${articleId}`), `${m.id}|Học sinh chào cờ trong lễ khai giảng`);
  assert.deepEqual(sql(`SELECT media_id, caption FROM article_photos WHERE article_id = ${articleId} ORDER BY sort_order`),
    [[String(g.id), 'Sân trường sau lễ khai giảng'], [String(m.id), 'Học sinh chào cờ trong lễ khai giảng']]);
  // The gallery picker adds to what is stored.
  const back = await s.get(`/admin/bai-viet/${articleId}?them-anh=${m.id}`);
  assert.match(back.text, new RegExp(`name="anh_album" type="text" value="${g.id},${m.id}"`));

  // In use: alt cannot be emptied, and the item cannot be deleted (409).
  const emptied = await s.post(`/admin/thu-vien-anh/${m.id}`, { tieu_de: 'Lễ khai giảng', mo_ta: '' });
  assert.equal(emptied.status, 422);
  assert.match(emptied.text, /phải có mô tả/);
  const item = await s.get(`/admin/thu-vien-anh/${m.id}`);
  assert.match(item.text, /Ảnh đại diện hoặc video của bài viết: <a href="\/admin\/bai-viet\/\d+">Bài kiểm thử ảnh đại diện từ thư viện<\/a>/);
  assert.match(item.text, /Ảnh trong bài viết/);
  const del = await s.post(`/admin/thu-vien-anh/${m.id}/xoa`, {});
  assert.equal(del.status, 409);
  assert.match(del.text, /Không xóa được: tệp đang được dùng ở 2 nơi/);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM media WHERE id = ${m.id}`), '1');
  assert.ok(fs.existsSync(path.join(UPLOADS, m.path)));
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'media.delete_refused' AND object_id = ${m.id}`), '1');

  // A picture inserted in the text counts as a use too.
  const inText = await s.post(`/admin/bai-viet/${articleId}`, {
    ...form, anh_dai_dien: '', anh_album: '', noi_dung: `<p>Ảnh:</p><p><img src="/uploads/${stem(g.path)}-320.jpg" alt="Sân trường"></p>`,
  });
  assert.equal(inText.status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM article_photos WHERE article_id = ${articleId}`), '0');
  const delG = await s.post(`/admin/thu-vien-anh/${g.id}/xoa`, {});
  assert.equal(delG.status, 409);
  assert.match(delG.text, /Chèn trong nội dung bài viết/);
});

test('deleting: own unused items, others\' only from a secretary up; files go too', async () => {
  const teacher = await new Staff().signIn('giaovien');
  const writer = await new Staff().signIn('congtacvien');
  const secretary = await new Staff().signIn('thuky');
  const a = picture('jpg', 700, 400);
  const b = picture('jpg', 700, 400);
  assert.equal((await teacher.upload('/admin/thu-vien-anh', [['cua-giao-vien.jpg', a, 'image/jpeg']])).status, 200);
  assert.equal((await writer.upload('/admin/thu-vien-anh', [['cua-cong-tac-vien.jpg', b, 'image/jpeg']])).status, 200);
  const [ma] = mediaBySha(sha256(a));
  const [mb] = mediaBySha(sha256(b));

  // A teacher may not delete or edit a contributor's item.
  assert.equal((await teacher.post(`/admin/thu-vien-anh/${mb.id}/xoa`, {})).status, 403);
  assert.equal((await teacher.post(`/admin/thu-vien-anh/${mb.id}`, { tieu_de: 'đổi', mo_ta: 'đổi' })).status, 403);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'media.denied' AND object_id = ${mb.id}`), '2');
  // Without the CSRF token nothing happens.
  assert.equal((await teacher.post(`/admin/thu-vien-anh/${ma.id}/xoa`, { _csrf: 'sai' })).status, 403);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM media WHERE id = ${ma.id}`), '1');
  // Their own: yes, with the files.
  const own = await teacher.post(`/admin/thu-vien-anh/${ma.id}/xoa`, {});
  assert.equal(own.status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM media WHERE id = ${ma.id}`), '0');
  assert.ok(!fs.existsSync(path.join(UPLOADS, ma.path)));
  assert.ok(!fs.existsSync(path.join(UPLOADS, `${stem(ma.path)}-320.jpg`)));
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'media.delete' AND object_id = ${ma.id}`), '1');
  // The secretary deletes anyone's unused item.
  assert.equal((await secretary.post(`/admin/thu-vien-anh/${mb.id}/xoa`, {})).status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM media WHERE id = ${mb.id}`), '0');
  const list = await secretary.get('/admin/thu-vien-anh?da-xoa=1');
  assert.match(list.text, /Đã xóa tệp khỏi thư viện/);
});

test('uploads need a writing role and the CSRF token', async () => {
  const clerk = await new Staff().signIn('vanthu');
  const jpeg = picture('jpg', 300, 200);
  const refused = await clerk.upload('/admin/thu-vien-anh', [['van-thu.jpg', jpeg, 'image/jpeg']]);
  assert.equal(refused.status, 403);
  assert.match(refused.text, /không có quyền tải tệp lên/);
  const writer = await new Staff().signIn('congtacvien');
  const noToken = await writer.upload('/admin/thu-vien-anh', [['khong-token.jpg', jpeg, 'image/jpeg']], {}, { csrf: false });
  assert.equal(noToken.status, 403);
  const anonymous = await new Staff().upload('/admin/thu-vien-anh', [['an-danh.jpg', jpeg, 'image/jpeg']], {}, { csrf: false });
  assert.notEqual(anonymous.status, 200);
  assert.equal(mediaBySha(sha256(jpeg)).length, 0);
});

test('another site\'s items answer 404, from every handler', async () => {
  const [school, slug] = sql("SELECT id, slug FROM sites WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1")[0];
  const focal = await new Staff().signIn(`daumoi-${slug}`, `/don-vi/${slug}`);
  const jpeg = picture('jpg', 400, 300);
  const up = await focal.upload(`/don-vi/${slug}/admin/thu-vien-anh`, [['truong.jpg', jpeg, 'image/jpeg']], { mo_ta: 'Cổng trường' });
  assert.equal(up.status, 200);
  const [m] = mediaBySha(sha256(jpeg));
  assert.equal(m.site, Number(school));
  assert.equal((await focal.get(`/don-vi/${slug}/admin/thu-vien-anh/${m.id}`)).status, 200);

  const office = await new Staff().signIn('thuky');
  assert.equal((await office.get(`/admin/thu-vien-anh/${m.id}`)).status, 404);
  assert.equal((await office.post(`/admin/thu-vien-anh/${m.id}`, { tieu_de: 'x', mo_ta: 'y' })).status, 404);
  assert.equal((await office.post(`/admin/thu-vien-anh/${m.id}/xoa`, {})).status, 404);
  const json = JSON.parse((await office.get('/admin/thu-vien-anh/chon?dang=json&q=truong')).text);
  assert.ok(!json.items.some((i) => i.id === m.id));
  // Nor can an office article take the school's picture.
  const category = sqlValue(`SELECT id FROM categories WHERE site_id = 1 ORDER BY id LIMIT 1`);
  const writer = await new Staff().signIn('congtacvien');
  const res = await writer.post('/admin/bai-viet/moi', {
    tieu_de: 'Bài lấy ảnh của trường khác', chuyen_muc: category, noi_dung: '<p>Nội dung.</p>', thao_tac: 'save', anh_dai_dien: String(m.id),
  });
  assert.equal(res.status, 422);
  assert.match(res.text, new RegExp(`Ảnh mã ${m.id} không có trong thư viện media của trang`));
  // The same bytes on the office's site are a new item of the office (dedupe is per site).
  const again = await writer.upload('/admin/thu-vien-anh', [['truong.jpg', jpeg, 'image/jpeg']]);
  assert.match(again.text, /Đã tải lên 1 tệp/);
  assert.equal(mediaBySha(sha256(jpeg)).length, 2);
});

test('keyset pages and search by name', async () => {
  const site = office();
  const user = sqlValue("SELECT id FROM users WHERE username = 'thuky'");
  const tag = randomBytes(4).toString('hex');
  const values = [];
  for (let i = 0; i < 30; i += 1) {
    values.push(`(${site}, 'file', 'test/${tag}-${i}.pdf', 'trang-${i}.pdf', 'Phân trang ${tag} số ${i}', 'application/pdf', 10, '${tag.padEnd(64, '0')}', ${user}, UTC_TIMESTAMP() - INTERVAL ${i} MINUTE)`);
  }
  sql(`INSERT INTO media (site_id, kind, path, original_name, title, mime_type, size_bytes, sha256, uploaded_by, created_at) VALUES ${values.join(',')}`);
  for (const r of sql(`SELECT id FROM media WHERE path LIKE 'test/${tag}-%'`)) created.add(Number(r[0]));
  const s = await new Staff().signIn('thuky');
  const first = await s.get(`/admin/thu-vien-anh?q=${encodeURIComponent(`Phân trang ${tag}`)}`);
  const titles = (html) => [...html.matchAll(new RegExp(`Phân trang ${tag} số (\\d+)`, 'g'))].map((x) => Number(x[1]));
  assert.deepEqual(titles(first.text), [...Array(24).keys()]);
  const more = first.text.match(/href="([^"]*sau=[0-9]+-[0-9]+)"/);
  assert.ok(more, 'a next-page link');
  const second = await s.get(more[1].replace(/&amp;/g, '&'));
  assert.equal(second.status, 200);
  assert.deepEqual(titles(second.text), [24, 25, 26, 27, 28, 29]);
  assert.match(second.text, />Trang đầu</);
  // Search ignores case (the Vietnamese collation).
  const plain = await s.get(`/admin/thu-vien-anh?q=${encodeURIComponent(`PHÂN TRANG ${tag.toUpperCase()} SỐ 7`)}`);
  assert.deepEqual(titles(plain.text), [7]);
  // A malformed cursor or kind is a 404, not an error.
  assert.equal((await s.get('/admin/thu-vien-anh?sau=abc')).status, 404);
  assert.equal((await s.get('/admin/thu-vien-anh?loai=exe')).status, 404);
  // SQL in the search box is only text.
  const inj = await s.get(`/admin/thu-vien-anh?q=${encodeURIComponent("' OR 1=1 -- %")}`);
  assert.equal(inj.status, 200);
  assert.match(inj.text, /Không có tệp nào/);
});
