// What the public portal shows, edited in /admin (issue 5 item 6): introduction pages
// sanitised on save, staff with photos in the directory, the weekly schedule with its
// publication and "copy last week", albums with photos, videos with a checked YouTube id
// or a sniffed MP4; permissions, CSRF and the audit log.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, test } from 'node:test';
import { BASE, ROOT, assertValidHtml, get, lit, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
// A session cookie bypasses nginx's micro-cache: public pages the tests just changed.
const fresh = (p) => get(p, { headers: { Cookie: 'eduportal_session=noi-dung-test' } });
const stamp = `${Date.now() % 100000000}`;
const made = { pages: [], staff: [], albums: [], videos: [], weeks: [], plans: [] };

// A small real PNG (w×h, one colour), so libmagic and libvips see an image.
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function png(w, h, [r, g, b]) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

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

  // fields: an object (arrays for repeated names); files: [{ field, name, data, type }].
  async post(p, fields, { files = [], csrf = true } = {}) {
    let body;
    const headers = { Cookie: this.cookieHeader(), Origin: BASE };
    if (files.length) {
      body = new FormData();
      if (csrf) body.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields)) for (const x of [].concat(v)) body.append(k, x);
      for (const f of files) body.append(f.field, new Blob([f.data], { type: f.type || 'application/octet-stream' }), f.name);
    } else {
      body = new URLSearchParams();
      if (csrf) body.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields)) for (const x of [].concat(v)) body.append(k, x);
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(BASE + p, { method: 'POST', redirect: 'manual', body, headers });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  static async as(username) {
    const s = new Staff();
    const form = await s.get('/admin/dang-nhap');
    const token = form.text.match(/name="_csrf" value="([0-9a-f]+)"/)[1];
    const body = new URLSearchParams({ _csrf: token, ten_dang_nhap: username, mat_khau: PASSWORD });
    const res = await fetch(BASE + '/admin/dang-nhap', {
      method: 'POST', redirect: 'manual', body,
      headers: { Cookie: s.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    });
    s.remember(res);
    assert.equal(res.status, 303, `${username} signs in`);
    const page = await s.get('/admin/mat-khau');
    s.csrf = page.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
    return s;
  }
}

function idFrom(location, prefix) {
  const m = location.match(new RegExp(`${prefix}/(\\d+)`));
  assert.ok(m, `redirect ${location} names the new ${prefix}`);
  return Number(m[1]);
}

function audited(action, objectId) {
  return Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = ${lit(action)}` +
    (objectId ? ` AND object_id = ${objectId}` : '') + ` AND at > UTC_TIMESTAMP() - INTERVAL 10 MINUTE`));
}

// ISO week helpers in Vietnam time (UTC+7, no DST).
function isoWeekOf(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
function localToday() { return new Date(Date.now() + 7 * 3600 * 1000); }
function mondayOf(weeksAhead) {
  const t = localToday();
  const d = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1) + 7 * weeksAhead);
  return d;
}
const dayIso = (d) => d.toISOString().slice(0, 10);
function addDays(d, n) { const x = new Date(d); x.setUTCDate(x.getUTCDate() + n); return x; }

after(() => {
  for (const id of made.pages) sql(`DELETE FROM pages WHERE id = ${id}`);
  for (const id of made.staff) sql(`DELETE FROM staff WHERE id = ${id}`);
  for (const id of made.albums) { sql(`DELETE FROM album_photos WHERE album_id = ${id}`); sql(`DELETE FROM albums WHERE id = ${id}`); }
  for (const id of made.videos) sql(`DELETE FROM videos WHERE id = ${id}`);
  for (const id of made.plans) sql(`DELETE FROM work_plans WHERE id = ${id}`);
  for (const [monday, week] of made.weeks) {
    sql(`DELETE FROM schedule_entries WHERE site_id = 1 AND starts_at >= TIMESTAMP(${lit(dayIso(monday))}) - INTERVAL 7 HOUR ` +
      `AND starts_at < TIMESTAMP(${lit(dayIso(addDays(monday, 7)))}) - INTERVAL 7 HOUR`);
    const [y, w] = week.split('-W');
    sql(`DELETE FROM schedule_weeks WHERE site_id = 1 AND iso_year = ${Number(y)} AND iso_week = ${Number(w)}`);
  }
});

test('only the secretary and above edit public content; a contributor gets 403, a school is not the office', async () => {
  for (const p of ['/admin/lich-cong-tac', '/admin/gioi-thieu', '/admin/nhan-su', '/admin/album', '/admin/video']) {
    const ctv = await (await Staff.as('congtacvien')).get(p);
    assert.equal(ctv.status, 403, `congtacvien at ${p}`);
  }
  const ctv = await Staff.as('congtacvien');
  const before = Number(sqlValue('SELECT COUNT(*) FROM pages'));
  const refused = await ctv.post('/admin/gioi-thieu/moi', { tieu_de: 'Trang lạ', noi_dung: '<p>x</p>' });
  assert.equal(refused.status, 403);
  assert.match(refused.text, /Thư ký/);
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM pages')), before, 'nothing saved');
  const uid = sqlValue("SELECT id FROM users WHERE username = 'congtacvien'");
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'content.denied' AND user_id = ${uid} ` +
    "AND detail = '/admin/gioi-thieu/moi' AND at > UTC_TIMESTAMP() - INTERVAL 2 MINUTE")) >= 1, 'the refusal is audited');
  const gv = await Staff.as('giaovien');
  assert.equal((await gv.post('/admin/lich-cong-tac/sao-chep', { tuan: isoWeekOf(mondayOf(30)) })).status, 403);

  const thuky = await Staff.as('thuky');
  for (const p of ['/admin/lich-cong-tac', '/admin/gioi-thieu', '/admin/gioi-thieu/moi', '/admin/nhan-su',
    '/admin/nhan-su/moi', '/admin/nhan-su/don-vi/moi', '/admin/album', '/admin/album/moi', '/admin/video', '/admin/video/moi']) {
    const page = await thuky.get(p);
    assert.equal(page.status, 200, `thuky at ${p}`);
    await assertValidHtml(page.text, p);
  }
  const menu = (await thuky.get('/admin')).text;
  for (const label of ['Lịch công tác', 'Trang giới thiệu', 'Cơ cấu tổ chức và danh bạ', 'Album ảnh']) assert.ok(menu.includes(label), label);
  // The office's secretary has no role on a school; the system administrator has.
  const school = sqlValue('SELECT slug FROM sites WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1');
  assert.equal((await thuky.get(`/don-vi/${school}/admin/lich-cong-tac`)).status, 403);
  const qt = await Staff.as('quantri');
  assert.equal((await qt.get(`/don-vi/${school}/admin/lich-cong-tac`)).status, 200);
});

test('a POST without the CSRF token is refused and saves nothing', async () => {
  const thuky = await Staff.as('thuky');
  const before = Number(sqlValue('SELECT COUNT(*) FROM pages'));
  const res = await thuky.post('/admin/gioi-thieu/moi', { tieu_de: 'Không có mã', noi_dung: '<p>x</p>' }, { csrf: false });
  assert.equal(res.status, 403);
  const forged = await thuky.post('/admin/lich-cong-tac/sao-chep', { tuan: isoWeekOf(mondayOf(31)), _csrf: '0'.repeat(64) }, { csrf: false });
  assert.equal(forged.status, 403);
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM pages')), before);
});

test('an introduction page: created with a script payload, sanitised, shown, edited, its bad input kept', async () => {
  const thuky = await Staff.as('thuky');
  const slug = `kiem-thu-${stamp}`;
  const payload = '<p>Lịch sử hình thành <strong>Phòng</strong></p><script>alert(1)</script>' +
    '<img src="x" onerror="alert(2)"><p><a href="javascript:alert(3)">bấm</a></p><p onclick="alert(4)">Sứ mệnh</p>';
  // Bad input first: no title; the body typed comes back.
  const bad = await thuky.post('/admin/gioi-thieu/moi', { tieu_de: '', duong_dan: slug, thu_tu: '5', noi_dung: payload });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Tiêu đề không được để trống/);
  assert.match(bad.text, /value="kiem-thu-/);
  assert.ok(bad.text.includes('Lịch sử hình thành'), 'the body typed is kept');
  await assertValidHtml(bad.text, 'page form with errors');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM pages WHERE slug = ${lit(slug)}`), '0');

  const res = await thuky.post('/admin/gioi-thieu/moi', { tieu_de: `Giới thiệu kiểm thử ${stamp}`, duong_dan: slug, thu_tu: '5', noi_dung: payload });
  assert.equal(res.status, 303, res.text.slice(0, 400));
  const id = idFrom(res.headers.get('location'), 'gioi-thieu');
  made.pages.push(id);
  const stored = sqlValue(`SELECT body FROM pages WHERE id = ${id}`);
  assert.doesNotMatch(stored, /script|onerror|onclick|javascript:/i);
  const pub = await fresh(`/gioi-thieu/${slug}`);
  assert.equal(pub.status, 200);
  assert.match(pub.text, /Lịch sử hình thành <strong>Phòng<\/strong>/);
  assert.match(pub.text, /Sứ mệnh/);
  assert.doesNotMatch(pub.text, /alert\(/);
  assert.match((await fresh('/gioi-thieu')).text, new RegExp(`Giới thiệu kiểm thử ${stamp}`));
  assert.equal(audited('page.create', id), 1);

  const edit = await thuky.post(`/admin/gioi-thieu/${id}`, { tieu_de: `Giới thiệu đã sửa ${stamp}`, duong_dan: slug, thu_tu: '6', noi_dung: '<p>Nội dung mới</p>' });
  assert.equal(edit.status, 303);
  const after2 = await fresh(`/gioi-thieu/${slug}`);
  assert.match(after2.text, new RegExp(`Giới thiệu đã sửa ${stamp}`));
  assert.match(after2.text, /Nội dung mới/);
  assert.equal(audited('page.update', id), 1);

  // A slug another page has: refused next to the field, nothing changed.
  const other = sqlValue("SELECT slug FROM pages WHERE site_id = 1 AND slug <> " + lit(slug) + ' LIMIT 1');
  const dup = await thuky.post(`/admin/gioi-thieu/${id}`, { tieu_de: 'Trùng đường dẫn', duong_dan: other, thu_tu: '6', noi_dung: '<p>x</p>' });
  assert.equal(dup.status, 422);
  assert.match(dup.text, /đã được dùng cho một trang khác/);
  assert.equal(sqlValue(`SELECT title FROM pages WHERE id = ${id}`), `Giới thiệu đã sửa ${stamp}`);
});

test('a person with a photo appears in the public directory; a forged photo is refused', async () => {
  const thuky = await Staff.as('thuky');
  const name = `Nguyễn Văn Kiểm${stamp}`;
  const forged = await thuky.post('/admin/nhan-su/moi', { ho_ten: name, chuc_vu: 'Chuyên viên', thu_tu: '50', dien_thoai: '0226 3820 123', email: 'kiemthu@example.edu.vn' },
    { files: [{ field: 'anh', name: 'anh.jpg', data: Buffer.from('<?php echo 1; ?>'), type: 'image/jpeg' }] });
  assert.equal(forged.status, 422);
  assert.match(forged.text, /không đúng định dạng/);
  assert.ok(forged.text.includes(name), 'the name typed is kept');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM staff WHERE full_name = ${lit(name)}`), '0');

  const badMail = await thuky.post('/admin/nhan-su/moi', { ho_ten: name, email: 'khong-phai-thu' });
  assert.equal(badMail.status, 422);
  assert.match(badMail.text, /Địa chỉ thư điện tử không hợp lệ/);

  const res = await thuky.post('/admin/nhan-su/moi', { ho_ten: name, chuc_vu: 'Chuyên viên', thu_tu: '50', dien_thoai: '0226 3820 123', email: 'kiemthu@example.edu.vn', nhiem_vu: 'Phụ trách kiểm thử' },
    { files: [{ field: 'anh', name: 'chan-dung.png', data: png(400, 500, [30, 90, 160]), type: 'image/png' }] });
  assert.equal(res.status, 303, res.text.slice(0, 400));
  const id = Number(sqlValue(`SELECT id FROM staff WHERE full_name = ${lit(name)}`));
  made.staff.push(id);
  const photo = sqlValue(`SELECT m.path FROM staff s JOIN media m ON m.id = s.photo_media_id WHERE s.id = ${id}`);
  assert.match(photo, /^\d{4}\/\d{2}\/[0-9a-f]{32}\.png$/);
  const dir = (await fresh('/danh-ba')).text;
  assert.ok(dir.includes(name));
  const stem = photo.replace(/\.png$/, '');
  assert.ok(dir.includes(`/uploads/${stem}-320.jpg`), 'the photo thumbnail is on /danh-ba');
  const thumb = await fresh(`/uploads/${stem}-320.jpg`);
  assert.equal(thumb.status, 200);
  assert.equal(audited('staff.create', id), 1);
});

test('schedule entries are shown on /lich-cong-tac once the week is published, late weeks marked', async () => {
  const thuky = await Staff.as('thuky');
  // A week far ahead (empty), and one already begun (published late).
  const monday = mondayOf(20);
  const week = isoWeekOf(monday);
  made.weeks.push([monday, week]);
  const bad = await thuky.post('/admin/lich-cong-tac/muc', { tuan: week, ngay: dayIso(addDays(monday, 1)), bat_dau: '25:00', noi_dung: `Họp giao ban ${stamp}` });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Giờ bắt đầu không hợp lệ/);
  assert.ok(bad.text.includes(`Họp giao ban ${stamp}`), 'the content typed is kept');
  await assertValidHtml(bad.text, 'schedule with errors');

  const res = await thuky.post('/admin/lich-cong-tac/muc', { tuan: week, ngay: dayIso(addDays(monday, 1)), bat_dau: '07:30', ket_thuc: '11:00',
    noi_dung: `Họp giao ban ${stamp}`, dia_diem: 'Phòng họp số 1', chu_tri: 'Trưởng phòng', thanh_phan: 'Lãnh đạo các bộ phận' });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location'), new RegExp(`tuan=${week}`));
  const entry = sql(`SELECT id, DATE_FORMAT(starts_at, '%Y-%m-%d %H:%i') FROM schedule_entries WHERE content = ${lit(`Họp giao ban ${stamp}`)}`);
  assert.equal(entry.length, 1);
  // Tuesday 07:30 in Vietnam is 00:30 UTC the same day.
  assert.equal(entry[0][1], `${dayIso(addDays(monday, 1))} 00:30`);
  assert.equal(audited('schedule.entry.create', entry[0][0]), 1);

  let pub = await fresh(`/lich-cong-tac?tuan=${week}`);
  assert.doesNotMatch(pub.text, new RegExp(`Họp giao ban ${stamp}`), 'not shown before publication');
  const publish = await thuky.post('/admin/lich-cong-tac/cong-bo', { tuan: week, thao_tac: 'cong-bo', ghi_chu_tuan: 'Lịch có thể thay đổi.' });
  assert.equal(publish.status, 303);
  pub = await fresh(`/lich-cong-tac?tuan=${week}`);
  assert.match(pub.text, new RegExp(`Họp giao ban ${stamp}`));
  assert.match(pub.text, /Phòng họp số 1/);
  assert.doesNotMatch(pub.text, /Đăng muộn/, 'published before its Monday');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'schedule.week.publish' AND detail = ${lit(week)}`)) >= 1);

  // A week already begun (six weeks ago, no schedule yet) published now: marked late.
  const past = mondayOf(-6);
  const pastWeek = isoWeekOf(past);
  made.weeks.push([past, pastWeek]);
  assert.equal((await thuky.post('/admin/lich-cong-tac/cong-bo', { tuan: pastWeek, thao_tac: 'cong-bo' })).status, 303);
  assert.match((await thuky.get(`/admin/lich-cong-tac?tuan=${pastWeek}`)).text, /Công bố muộn/);
  assert.match((await fresh(`/lich-cong-tac?tuan=${pastWeek}`)).text, /Đăng muộn/);

  // Edit the entry: moved to Wednesday afternoon.
  const edit = await thuky.post(`/admin/lich-cong-tac/muc/${entry[0][0]}`, { ngay: dayIso(addDays(monday, 2)), bat_dau: '14:00', noi_dung: `Họp giao ban ${stamp}`, dia_diem: 'Hội trường' });
  assert.equal(edit.status, 303);
  assert.match((await fresh(`/lich-cong-tac?tuan=${week}`)).text, /Hội trường/);
});

test('"Sao chép tuần trước" copies into an empty week with dates moved by 7 days, and 409 into a non-empty one', async () => {
  const thuky = await Staff.as('thuky');
  const source = mondayOf(24);
  const target = addDays(source, 7);
  const sourceWeek = isoWeekOf(source);
  const targetWeek = isoWeekOf(target);
  made.weeks.push([source, sourceWeek], [target, targetWeek]);
  for (const [day, time, text] of [[0, '07:00', 'Chào cờ'], [3, '14:00', 'Kiểm tra trường'], [4, '08:00', 'Dự giờ']]) {
    const r = await thuky.post('/admin/lich-cong-tac/muc', { tuan: sourceWeek, ngay: dayIso(addDays(source, day)), bat_dau: time, noi_dung: `${text} ${stamp}` });
    assert.equal(r.status, 303);
  }
  const page = await thuky.get(`/admin/lich-cong-tac?tuan=${targetWeek}`);
  assert.match(page.text, /Sao chép tuần trước/);
  const copyAudits = () => Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'schedule.week.copy' AND detail LIKE ${lit(`%→ ${targetWeek}: 3 mục`)}`));
  const auditsBefore = copyAudits();
  const copy = await thuky.post('/admin/lich-cong-tac/sao-chep', { tuan: targetWeek });
  assert.equal(copy.status, 303);
  const moved = sql(`SELECT DATE_FORMAT(t.starts_at, '%Y-%m-%d %H:%i'), DATE_FORMAT(s.starts_at + INTERVAL 7 DAY, '%Y-%m-%d %H:%i') ` +
    `FROM schedule_entries t JOIN schedule_entries s ON s.content = t.content AND s.id < t.id ` +
    `WHERE t.content LIKE ${lit(`% ${stamp}`)} AND t.site_id = 1 ORDER BY t.starts_at`);
  assert.equal(moved.length, 3);
  for (const [copied, expected] of moved) assert.equal(copied, expected);
  assert.equal(copyAudits(), auditsBefore + 1);

  const count = () => Number(sqlValue(`SELECT COUNT(*) FROM schedule_entries WHERE content LIKE ${lit(`% ${stamp}`)}`));
  const before = count();
  const again = await thuky.post('/admin/lich-cong-tac/sao-chep', { tuan: targetWeek });
  assert.equal(again.status, 409);
  assert.match(again.text, /đã có 3 mục lịch nên không sao chép tuần trước vào được/);
  await assertValidHtml(again.text, 'copy refused');
  assert.equal(count(), before, 'nothing copied');
  assert.equal(copyAudits(), auditsBefore + 1, 'the refused copy changed nothing');
  // An empty source week (34 weeks ahead, after 33 empty ones): nothing to copy, said so.
  const lonely = addDays(source, 7 * 10);
  made.weeks.push([lonely, isoWeekOf(lonely)]);
  const empty = await thuky.post('/admin/lich-cong-tac/sao-chep', { tuan: isoWeekOf(lonely) });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /Tuần trước không có mục lịch nào/);
});

test('an album with two photos and captions is shown on its public page', async () => {
  const thuky = await Staff.as('thuky');
  const title = `Hội khỏe Phù Đổng ${stamp}`;
  const res = await thuky.post('/admin/album/moi', { tieu_de: title, mo_ta: 'Ảnh hoạt động', ngay_su_kien: '2026-11-20', chu_thich_moi: 'Lễ khai mạc\nTrao giải', cong_bo: '1' }, {
    files: [{ field: 'anh', name: 'a.png', data: png(800, 600, [200, 40, 40]), type: 'image/png' },
      { field: 'anh', name: 'b.png', data: png(640, 480, [40, 160, 60]), type: 'image/png' }],
  });
  assert.equal(res.status, 303, res.text.slice(0, 400));
  const id = idFrom(res.headers.get('location'), 'album');
  made.albums.push(id);
  const slug = sqlValue(`SELECT slug FROM albums WHERE id = ${id}`);
  const pub = await fresh(`/album/${id}-${slug}`);
  assert.equal(pub.status, 200);
  assert.match(pub.text, /2 ảnh/);
  assert.match(pub.text, /<figcaption>Lễ khai mạc<\/figcaption>/);
  assert.match(pub.text, /<figcaption>Trao giải<\/figcaption>/);
  assert.ok(sqlValue(`SELECT cover_media_id FROM albums WHERE id = ${id}`) !== 'NULL', 'a cover is chosen');
  assert.equal(audited('album.create', id), 1);

  // Captions and order edited; the second photo becomes first.
  const photos = sql(`SELECT media_id FROM album_photos WHERE album_id = ${id} ORDER BY sort_order`).map((r) => r[0]);
  const edit = await thuky.post(`/admin/album/${id}`, { tieu_de: title, cong_bo: '1', [`chu_thich_${photos[0]}`]: 'Khai mạc', [`thu_tu_${photos[0]}`]: '30',
    [`chu_thich_${photos[1]}`]: 'Trao cờ', [`thu_tu_${photos[1]}`]: '5', bia: photos[1] });
  assert.equal(edit.status, 303);
  const again = (await fresh(`/album/${id}-${slug}`)).text;
  assert.ok(again.indexOf('Trao cờ') < again.indexOf('Khai mạc'));
  assert.equal(sqlValue(`SELECT cover_media_id FROM albums WHERE id = ${id}`), photos[1]);

  // A forged photo among good ones: nothing of the save is kept.
  const before = Number(sqlValue('SELECT COUNT(*) FROM media'));
  const forged = await thuky.post(`/admin/album/${id}`, { tieu_de: 'Không được lưu', cong_bo: '1' }, {
    files: [{ field: 'anh', name: 'c.png', data: png(320, 240, [1, 2, 3]), type: 'image/png' },
      { field: 'anh', name: 'd.jpg', data: Buffer.from('GIF89a không phải ảnh'), type: 'image/jpeg' }],
  });
  assert.equal(forged.status, 422);
  assert.match(forged.text, /Không ảnh nào được lưu/);
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM media')), before);
  assert.equal(sqlValue(`SELECT title FROM albums WHERE id = ${id}`), title);
});

test('a video: a bad YouTube id is refused, a good link is embedded, a forged MP4 is refused, a real one kept', async () => {
  const thuky = await Staff.as('thuky');
  const before = Number(sqlValue('SELECT COUNT(*) FROM videos'));
  for (const link of ['https://youtu.be/abc', 'https://www.youtube.com/watch?v=<script>x', 'https://evil.example/watch?v=dQw4w9WgXcQ', 'javascript:alert(1)']) {
    const bad = await thuky.post('/admin/video/moi', { tieu_de: `Video hỏng ${stamp}`, youtube: link, cong_bo: '1' });
    assert.equal(bad.status, 422, link);
    assert.match(bad.text, /Liên kết YouTube không hợp lệ/);
    assert.ok(bad.text.includes(`Video hỏng ${stamp}`));
  }
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM videos')), before, 'nothing saved');

  const res = await thuky.post('/admin/video/moi', { tieu_de: `Lễ khai giảng ${stamp}`, youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10', cong_bo: '1' });
  assert.equal(res.status, 303);
  const id = idFrom(res.headers.get('location'), 'video');
  made.videos.push(id);
  assert.equal(sqlValue(`SELECT youtube_id FROM videos WHERE id = ${id}`), 'dQw4w9WgXcQ');
  const slug = sqlValue(`SELECT slug FROM videos WHERE id = ${id}`);
  assert.match((await fresh(`/video/${id}-${slug}`)).text, /youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
  assert.equal(audited('video.create', id), 1);

  const forged = await thuky.post('/admin/video/moi', { tieu_de: `MP4 giả ${stamp}` },
    { files: [{ field: 'tep', name: 'video.mp4', data: Buffer.from('MZ not a video at all'), type: 'video/mp4' }] });
  assert.equal(forged.status, 422);
  assert.match(forged.text, /Tệp video/);
  const mp4 = fs.readFileSync(path.join(ROOT, 'db/demo/media/hoi-khoe-phu-dong.mp4'));
  const real = await thuky.post('/admin/video/moi', { tieu_de: `Video tải lên ${stamp}`, cong_bo: '1' },
    { files: [{ field: 'tep', name: 'hoi-khoe.mp4', data: mp4, type: 'video/mp4' }] });
  assert.equal(real.status, 303, real.text.slice(0, 300));
  const vid = idFrom(real.headers.get('location'), 'video');
  made.videos.push(vid);
  const vslug = sqlValue(`SELECT slug FROM videos WHERE id = ${vid}`);
  assert.match((await fresh(`/video/${vid}-${vslug}`)).text, /<video[^>]*>|src="\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.mp4"/);
});

test('a work plan is created, sanitised and listed on the public plans once published', async () => {
  const thuky = await Staff.as('thuky');
  const title = `Kế hoạch kiểm tra nội bộ tháng 12 ${stamp}`;
  const bad = await thuky.post('/admin/lich-cong-tac/ke-hoach/moi', { loai: 'thang', tieu_de: title, tu_ngay: '2026-12-31', den_ngay: '2026-12-01', noi_dung: '<p>Nội dung</p>' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Ngày kết thúc phải sau ngày bắt đầu/);
  assert.ok(bad.text.includes(title));
  const res = await thuky.post('/admin/lich-cong-tac/ke-hoach/moi', { loai: 'thang', tieu_de: title, so_hieu: '99/KH-PGDĐT', ky: 'Tháng 12/2026',
    tu_ngay: '2026-12-01', den_ngay: '2026-12-31', tom_tat: 'Kiểm tra các trường', noi_dung: '<p>Mục đích</p><script>alert(1)</script>', cong_bo: '1' });
  assert.equal(res.status, 303);
  const id = idFrom(res.headers.get('location'), 'ke-hoach');
  made.plans.push(id);
  assert.doesNotMatch(sqlValue(`SELECT body FROM work_plans WHERE id = ${id}`), /script/);
  assert.ok((await fresh('/lich-cong-tac/ke-hoach')).text.includes(title));
  assert.equal(audited('work_plan.create', id), 1);
  assert.equal((await thuky.get(`/admin/lich-cong-tac/ke-hoach/${id}`)).status, 200);
});
