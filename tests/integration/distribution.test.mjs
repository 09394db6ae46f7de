// Office ↔ schools over HTTP with the demo accounts (SPEC B21–B23, A12; seed 000 Điều 7–8):
// dispatches sent to a level with a PDF, read receipts on first open, replies (late ones
// marked), the overdue list, reminders through the outbox, immutability, the privacy of
// one school's dispatches from another, news sent up, the internal portal and the
// resources library kept away from the public, including search, feeds and the sitemap.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { BASE, ROOT, STACK, assertValidHtml, get, lit, sleep, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const PDF = fs.readFileSync(path.join(ROOT, 'db/demo/private/cong-van/demo/bao-cao-truong.pdf'));
const stamp = () => `${Date.now() % 100000000}`;
const made = { dispatches: [], articles: [], proposals: [], resources: [], posts: [] };

// A person with a browser: keeps cookies, sends Origin like a browser does on forms.
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

  async getBytes(p) {
    const res = await fetch(BASE + p, { redirect: 'manual', headers: { Cookie: this.cookieHeader() } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  }

  // fields: an object (values may be arrays for repeated names); files: [{ field, name, data }].
  async post(p, fields, { files = [] } = {}) {
    let body;
    const headers = { Cookie: this.cookieHeader(), Origin: BASE };
    if (files.length) {
      body = new FormData();
      body.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields)) for (const x of [].concat(v)) body.append(k, x);
      for (const f of files) body.append(f.field, new Blob([f.data], { type: 'application/octet-stream' }), f.name);
    } else {
      body = new URLSearchParams();
      body.set('_csrf', this.csrf);
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
    // A school's focal point lands on the school's own dashboard.
    let page = await s.get('/admin');
    if (page.status === 303) page = await s.get(page.headers.get('location'));
    assert.equal(page.status, 200);
    s.csrf = page.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
    return s;
  }
}

const siteId = (slug) => Number(sqlValue(`SELECT id FROM sites WHERE slug = ${lit(slug)}`));
const inFuture = (days) => {
  // datetime-local in Asia/Ho_Chi_Minh (UTC+7)
  const d = new Date(Date.now() + days * 86400000 + 7 * 3600000);
  return d.toISOString().slice(0, 16);
};

// A dispatch straight into the database (the only way to have a deadline in the past).
function insertDispatch(subject, deadlineSql, sites) {
  sql(`INSERT INTO dispatches (site_id, number, subject, body, priority, reply_deadline, sender_name, recipients_label, sent_at)
       VALUES (1, 'KT/${stamp()}', ${lit(subject)}, '<p>Kiểm thử.</p>', 'khan', ${deadlineSql}, 'Kiểm thử', 'Kiểm thử', UTC_TIMESTAMP() - INTERVAL 3 DAY)`);
  const id = Number(sqlValue(`SELECT MAX(id) FROM dispatches WHERE subject = ${lit(subject)}`));
  for (const s of sites) sql(`INSERT INTO dispatch_recipients (dispatch_id, site_id) VALUES (${id}, ${s})`);
  made.dispatches.push(id);
  return id;
}

function mailsTo(address, since) {
  const dir = path.join(STACK, 'mail');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).mtimeMs >= since)
    .map((f) => fs.readFileSync(f, 'utf8')).filter((t) => t.includes(address));
}

async function waitFor(check, what, ms = 8000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

after(() => {
  const ids = made.dispatches.join(',');
  if (ids) {
    const all = `(SELECT id FROM (SELECT id FROM dispatches WHERE id IN (${ids}) OR original_id IN (${ids})) x)`;
    sql(`DELETE FROM dispatch_files WHERE dispatch_id IN ${all}`);
    sql(`DELETE FROM dispatch_reads WHERE dispatch_id IN ${all}`);
    sql(`DELETE FROM dispatch_forwards WHERE dispatch_id IN ${all}`);
    sql(`DELETE FROM dispatch_replies WHERE dispatch_id IN ${all}`);
    sql(`DELETE FROM dispatch_recipients WHERE dispatch_id IN ${all}`);
    sql(`DELETE FROM dispatches WHERE original_id IN (${ids})`);
    sql(`DELETE FROM dispatches WHERE id IN (${ids})`);
  }
  if (made.proposals.length) sql(`DELETE FROM news_proposals WHERE id IN (${made.proposals.join(',')})`);
  for (const a of made.articles) {
    sql(`DELETE FROM news_proposals WHERE office_article_id = ${a}`);
    sql(`DELETE FROM article_events WHERE article_id = ${a}`);
    sql(`DELETE FROM article_revisions WHERE article_id = ${a}`);
    sql(`DELETE FROM articles WHERE id = ${a}`);
  }
  if (made.resources.length) {
    sql(`DELETE FROM resource_files WHERE resource_id IN (${made.resources.join(',')})`);
    sql(`DELETE FROM resources WHERE id IN (${made.resources.join(',')})`);
  }
  if (made.posts.length) sql(`DELETE FROM internal_posts WHERE id IN (${made.posts.join(',')})`);
});

let office, kimDong, leVanTam, hoaSen;

test('the clerk sends a dispatch with a PDF to all primary schools; it is immutable once sent', { timeout: 60000 }, async () => {
  office = await Staff.as('vanthu');
  const form = await office.get('/admin/cong-van/moi');
  assert.equal(form.status, 200);
  await assertValidHtml(form.text, 'compose');
  assert.match(form.text, /Tất cả trường Tiểu học/);
  assert.match(form.text, /Hỏa tốc/);

  // Bad input: the message is shown and what was typed stays.
  const subject = `Báo cáo kiểm thử gửi theo cấp học ${stamp()}`;
  const bad = await office.post('/admin/cong-van/moi', { trich_yeu: subject, noi_dung: '<p>Nội dung.</p>', do_khan: 'khan' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /chọn ít nhất một đơn vị nhận/);
  assert.ok(bad.text.includes(subject), 'the subject typed is kept');

  const since = Date.now() - 1000;
  const sent = await office.post('/admin/cong-van/moi', {
    so_ky_hieu: '999/PGDĐT-KT', trich_yeu: subject, noi_dung: '<p>Đề nghị các trường <strong>báo cáo</strong>.</p><script>alert(1)</script>',
    do_khan: 'khan', han_tra_loi: inFuture(5), cap: 'tieu-hoc',
  }, { files: [{ field: 'tep', name: 'Kế hoạch.pdf', data: PDF }] });
  assert.equal(sent.status, 303, sent.text.slice(0, 500));
  const id = Number(sent.headers.get('location').match(/\/admin\/cong-van\/(\d+)/)[1]);
  made.dispatches.push(id);
  const recipients = sql(`SELECT site_id FROM dispatch_recipients WHERE dispatch_id = ${id} ORDER BY site_id`).map((r) => Number(r[0]));
  const primary = sql("SELECT id FROM sites WHERE level_code = 'tieu-hoc' ORDER BY id").map((r) => Number(r[0]));
  assert.deepEqual(recipients, primary, 'exactly the primary schools');
  assert.equal(sqlValue(`SELECT body LIKE '%<script%' FROM dispatches WHERE id = ${id}`), '0', 'the body is sanitised');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM dispatch_files WHERE dispatch_id = ${id}`), '1');
  assert.equal(sqlValue(`SELECT action FROM audit_log WHERE object_type = 'dispatch' AND object_id = ${id} ORDER BY id LIMIT 1`), 'dispatch.send');

  const track = await office.get(`/admin/cong-van/${id}`);
  assert.equal(track.status, 200);
  await assertValidHtml(track.text, 'tracking');
  assert.equal((track.text.match(/class="receipt-row receipt-chua-xem"/g) || []).length, 3, 'three sites have not opened it');
  // Each school hears of it by e-mail.
  const kimDongMail = sqlValue(`SELECT email FROM sites WHERE slug = 'th-kim-dong'`);
  await waitFor(() => mailsTo(kimDongMail, since).some((m) => m.includes('999/PGDĐT-KT')), 'the new-dispatch mail');

  // Immutable: an edit is refused in Vietnamese, the database refuses an UPDATE too.
  const edit = await office.post(`/admin/cong-van/${id}`, { trich_yeu: 'Sửa trích yếu' });
  assert.equal(edit.status, 409);
  assert.match(edit.text, /Công văn đã gửi không thể sửa đổi/);
  assert.equal((await office.get(`/admin/cong-van/${id}/sua`)).status, 409);
  assert.throws(() => sql(`UPDATE dispatches SET subject = 'x' WHERE id = ${id}`), /immutable/);
  assert.equal(sqlValue(`SELECT subject FROM dispatches WHERE id = ${id}`), subject);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.edit_refused' AND object_id = ${id}`), '2');

  // A correction is a new dispatch, linked, to the same sites; both pages show the history.
  const correctForm = await office.get(`/admin/cong-van/moi?goc=${id}&loai=dinh-chinh`);
  assert.equal(correctForm.status, 200);
  assert.match(correctForm.text, /Gửi công văn đính chính/);
  const corr = await office.post('/admin/cong-van/moi', {
    goc: String(id), loai: 'dinh-chinh', trich_yeu: `Đính chính: ${subject}`, noi_dung: '<p>Sửa mục 2.</p>', do_khan: 'khan',
  });
  assert.equal(corr.status, 303, corr.text.slice(0, 300));
  const corrId = Number(corr.headers.get('location').match(/\/admin\/cong-van\/(\d+)/)[1]);
  assert.equal(sqlValue(`SELECT CONCAT(kind, ':', original_id) FROM dispatches WHERE id = ${corrId}`), `dinh-chinh:${id}`);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM dispatch_recipients WHERE dispatch_id = ${corrId}`), '3');
  const original = await office.get(`/admin/cong-van/${id}`);
  assert.match(original.text, /Lịch sử công văn/);
  assert.ok(original.text.includes(`/admin/cong-van/${corrId}`), 'the original links its correction');

  // The CSV and the printable summary.
  const csv = await office.get(`/admin/cong-van/${id}/csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.match(csv.text, /Trường Tiểu học Kim Đồng","Chưa xem"/);
  const print = await office.get(`/admin/cong-van/${id}/in`);
  assert.equal(print.status, 200);
  await assertValidHtml(print.text, 'print');

  // A school's focal point reads it: the unread count on every admin page, a receipt on
  // first open that later opens do not move.
  kimDong = await Staff.as('daumoi-th-kim-dong');
  const dashboard = await kimDong.get('/don-vi/th-kim-dong/admin');
  assert.match(dashboard.text, /<span class="count-n">\d+<\/span> chưa xem/);
  await assertValidHtml(dashboard.text, 'school dashboard');
  const inbox = await kimDong.get('/don-vi/th-kim-dong/admin/cong-van-den');
  assert.equal(inbox.status, 200);
  await assertValidHtml(inbox.text, 'inbox');
  assert.match(inbox.text, /8:00<\/strong>, <strong>14:00<\/strong> và <strong>16:30/);
  assert.ok(inbox.text.includes(subject));
  const unread = Number(sqlValue(`SELECT COUNT(*) FROM dispatch_recipients WHERE site_id = ${siteId('th-kim-dong')} AND first_opened_at IS NULL`));
  const password = await kimDong.get('/don-vi/th-kim-dong/admin/mat-khau');
  assert.match(password.text, new RegExp(`Công văn đến <span class="badge">${unread}<span class="visually-hidden"> chưa xem</span></span>`));
  const opened = await kimDong.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`);
  assert.equal(opened.status, 200);
  await assertValidHtml(opened.text, 'inbox item');
  const r1 = sql(`SELECT first_opened_at, first_opened_by, open_count FROM dispatch_recipients WHERE dispatch_id = ${id} AND site_id = ${siteId('th-kim-dong')}`)[0];
  assert.notEqual(r1[0], 'NULL');
  assert.equal(r1[1], 'Đầu mối TH Kim Đồng');
  assert.equal(r1[2], '1');
  await sleep(1100);
  await kimDong.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`);
  const r2 = sql(`SELECT first_opened_at, open_count, last_opened_at > first_opened_at FROM dispatch_recipients WHERE dispatch_id = ${id} AND site_id = ${siteId('th-kim-dong')}`)[0];
  assert.equal(r2[0], r1[0], 'the first opening stays');
  assert.equal(r2[1], '2');
  assert.equal(r2[2], '1', 'the last opening moves');
  const after2 = await kimDong.get('/don-vi/th-kim-dong/admin/mat-khau');
  assert.ok(unread === 1 ? !/class="badge"/.test(after2.text) : after2.text.includes(`<span class="badge">${unread - 1}<span`), 'one fewer unread');

  // The dispatch's file, to the school that received it.
  const fileId = sqlValue(`SELECT id FROM dispatch_files WHERE dispatch_id = ${id}`);
  const file = await kimDong.getBytes(`/don-vi/th-kim-dong/admin/cong-van/tep/${fileId}`);
  assert.equal(file.status, 200);
  assert.ok(file.body.subarray(0, 5).toString() === '%PDF-', 'the PDF itself');

  // The reply with a file, in time.
  const reply = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/tra-loi`,
    { noi_dung_tra_loi: 'Trường đã triển khai, gửi kèm báo cáo.' }, { files: [{ field: 'tep', name: 'Báo cáo.pdf', data: PDF }] });
  assert.equal(reply.status, 303, reply.text.slice(0, 300));
  assert.equal(sqlValue(`SELECT CONCAT(late, ':', (SELECT COUNT(*) FROM dispatch_files f WHERE f.reply_id = r.id)) FROM dispatch_replies r WHERE dispatch_id = ${id}`), '0:1');
  const tracked = await office.get(`/admin/cong-van/${id}`);
  assert.equal((tracked.text.match(/class="receipt-row receipt-da-tra-loi"/g) || []).length, 1);
  assert.equal((tracked.text.match(/class="receipt-row receipt-chua-xem"/g) || []).length, 2);
  const replyFile = sqlValue(`SELECT f.id FROM dispatch_files f WHERE f.dispatch_id = ${id} AND f.reply_id IS NOT NULL`);
  assert.equal((await office.getBytes(`/admin/cong-van/tep/${replyFile}`)).status, 200, 'the office downloads the reply file');

  // Reminders go to the sites that have not opened it, through the outbox.
  const since2 = Date.now() - 1000;
  const remind = await office.post(`/admin/cong-van/${id}/nhac`, { doi_tuong: 'chua-xem' });
  assert.equal(remind.status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM dispatch_recipients WHERE dispatch_id = ${id} AND last_reminded_at IS NOT NULL`), '2');
  const leVanTamMail = sqlValue(`SELECT email FROM sites WHERE slug = 'th-le-van-tam'`);
  const reminders = (address) => mailsTo(address, since2).filter((m) => m.includes(' nhắc ') && m.includes('999/PGDĐT-KT'));
  await waitFor(() => reminders(leVanTamMail).length > 0, 'the reminder mail');
  assert.equal(reminders(kimDongMail).length, 0, 'no reminder to the school that opened it');

  // Another primary school, and a kindergarten, guess their way around.
  hoaSen = await Staff.as('daumoi-mn-hoa-sen');
  assert.equal((await hoaSen.get(`/don-vi/mn-hoa-sen/admin/cong-van-den/${id}`)).status, 404, 'not addressed to it');
  assert.equal((await hoaSen.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`)).status, 404, 'another school\'s inbox');
  assert.equal((await hoaSen.get(`/don-vi/mn-hoa-sen/admin/cong-van/tep/${fileId}`)).status, 404);
  assert.equal((await hoaSen.get(`/don-vi/mn-hoa-sen/admin/cong-van/tep/${replyFile}`)).status, 404);
  assert.equal((await hoaSen.get(`/admin/cong-van/${id}`)).status, 403, 'the office\'s tracking page');
  assert.ok(!(await hoaSen.get('/don-vi/mn-hoa-sen/admin/cong-van-den?loc=tat-ca')).text.includes(subject));
  leVanTam = await Staff.as('daumoi-th-le-van-tam');
  assert.equal((await leVanTam.get(`/don-vi/th-le-van-tam/admin/cong-van/tep/${replyFile}`)).status, 404, 'another school\'s reply file');
  const leOpen = await leVanTam.get(`/don-vi/th-le-van-tam/admin/cong-van-den/${id}`);
  assert.equal(leOpen.status, 200);
  assert.ok(!leOpen.text.includes('Trường đã triển khai, gửi kèm báo cáo.'), 'a school sees only its own replies');
  const refused = await hoaSen.post('/don-vi/mn-hoa-sen/admin/cong-van-den/' + id + '/tra-loi', { noi_dung_tra_loi: 'x' });
  assert.equal(refused.status, 404);
  const send = await hoaSen.post('/don-vi/mn-hoa-sen/admin/cong-van/moi', { trich_yeu: 'Không được gửi', noi_dung: 'x', do_khan: 'thuong', cap: 'tieu-hoc' });
  assert.equal(send.status, 403, 'a school cannot send');
  assert.equal((await get(`/admin/cong-van/${id}`)).status, 303, 'signed out: to the sign-in form');
});

test('late replies are marked, and the overdue list names the sites that have not replied', { timeout: 30000 }, async () => {
  office ??= await Staff.as('vanthu');
  kimDong ??= await Staff.as('daumoi-th-kim-dong');
  const subject = `Công văn quá hạn kiểm thử ${stamp()}`;
  const id = insertDispatch(subject, 'UTC_TIMESTAMP() - INTERVAL 1 DAY', [siteId('th-kim-dong'), siteId('thcs-le-quy-don')]);
  const overdue = await office.get('/admin/cong-van/qua-han');
  assert.equal(overdue.status, 200);
  await assertValidHtml(overdue.text, 'overdue');
  const rows = (overdue.text.match(/<tr class="overdue-row">.*?<\/tr>/g) || []).filter((r) => r.includes(subject));
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => r.includes('Trường Tiểu học Kim Đồng')) && rows.some((r) => r.includes('Trường THCS Lê Quý Đôn')));

  const page = await kimDong.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`);
  assert.match(page.text, /Đã quá hạn trả lời/);
  const reply = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/tra-loi`, { noi_dung_tra_loi: 'Xin lỗi vì trả lời muộn.' });
  assert.equal(reply.status, 303);
  assert.equal(sqlValue(`SELECT late FROM dispatch_replies WHERE dispatch_id = ${id}`), '1');
  const track = await office.get(`/admin/cong-van/${id}`);
  assert.match(track.text, /Trả lời muộn/);
  assert.equal((track.text.match(/class="receipt-row receipt-tra-loi-muon"/g) || []).length, 1);
  assert.equal((track.text.match(/class="receipt-row receipt-qua-han"/g) || []).length, 1);
  const still = (await office.get('/admin/cong-van/qua-han')).text.match(/<tr class="overdue-row">.*?<\/tr>/g).filter((r) => r.includes(subject));
  assert.equal(still.length, 1);
  assert.ok(still[0].includes('Lê Quý Đôn'));
  // Empty replies are refused with a message.
  const empty = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/tra-loi`, { noi_dung_tra_loi: '' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /nhập nội dung trả lời hoặc đính kèm tệp/);
  // A file that is not a document is refused by its bytes, whatever its name.
  // ... and the good file sent with it is not left behind.
  const privateFiles = () => fs.readdirSync(path.join(STACK, 'data/private/cong-van'), { recursive: true }).length;
  const before = privateFiles();
  const exe = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/tra-loi`, { noi_dung_tra_loi: 'x' },
    { files: [{ field: 'tep', name: 'a.pdf', data: PDF }, { field: 'tep', name: 'bao-cao.pdf', data: Buffer.from('MZ\x90\x00 not a pdf at all, a program') }] });
  assert.equal(exe.status, 422);
  assert.match(exe.text, /bao-cao\.pdf/);
  assert.equal(privateFiles(), before, 'no orphan file');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM dispatch_replies WHERE dispatch_id = ${id}`), '1', 'nothing half-saved');
});

test('forwarding inside a school lets the colleague read it, and nobody else', { timeout: 30000 }, async () => {
  kimDong ??= await Staff.as('daumoi-th-kim-dong');
  const site = siteId('th-kim-dong');
  const colleague = sqlValue("SELECT id FROM users WHERE username = 'giaovien'");
  const subject = `Chuyển tiếp kiểm thử ${stamp()}`;
  const id = insertDispatch(subject, 'NULL', [site]);
  // giaovien has no role at the school: not a colleague.
  const wrong = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/chuyen`, { nguoi_nhan: colleague });
  assert.equal(wrong.status, 422);
  assert.match(wrong.text, /phải là cán bộ của đơn vị/);
  sql(`INSERT INTO user_roles (user_id, site_id, role_code) VALUES (${colleague}, ${site}, 'giao-vien')`);
  try {
    const teacher = await Staff.as('giaovien');
    assert.equal((await teacher.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`)).status, 404, 'not before it is forwarded');
    const fw = await kimDong.post(`/don-vi/th-kim-dong/admin/cong-van-den/${id}/chuyen`, { nguoi_nhan: colleague, ghi_chu: 'Nhờ cô xử lý.' });
    assert.equal(fw.status, 303);
    const seen = await teacher.get(`/don-vi/th-kim-dong/admin/cong-van-den/${id}`);
    assert.equal(seen.status, 200);
    assert.ok(seen.text.includes(subject));
    const list = await teacher.get('/don-vi/th-kim-dong/admin/cong-van-den?loc=tat-ca');
    assert.ok(list.text.includes(subject));
  } finally {
    sql(`DELETE FROM sessions WHERE user_id = ${colleague}`);
    sql(`DELETE FROM user_roles WHERE user_id = ${colleague} AND site_id = ${site}`);
  }
});

test('a school sends news up; the office accepts one into its chain and returns another', { timeout: 30000 }, async () => {
  kimDong ??= await Staff.as('daumoi-th-kim-dong');
  const site = siteId('th-kim-dong');
  const ids = sql(`SELECT a.id FROM articles a WHERE a.site_id = ${site} AND a.status = 'published' AND NOT EXISTS
                   (SELECT 1 FROM news_proposals p WHERE p.article_id = a.id) ORDER BY a.id LIMIT 2`).map((r) => r[0]);
  assert.equal(ids.length, 2);
  const page = await kimDong.get('/don-vi/th-kim-dong/admin/tin-gui-len');
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, 'news up (school)');
  for (const a of ids) {
    const r = await kimDong.post('/don-vi/th-kim-dong/admin/tin-gui-len', { bai_viet: a, ghi_chu: 'Đề nghị Phòng đăng.' });
    assert.equal(r.status, 303);
    made.proposals.push(Number(sqlValue(`SELECT MAX(id) FROM news_proposals WHERE article_id = ${a}`)));
  }
  assert.equal((await kimDong.post('/don-vi/th-kim-dong/admin/tin-gui-len', { bai_viet: ids[0] })).status, 409, 'not twice');
  const other = sqlValue(`SELECT id FROM articles WHERE site_id = ${siteId('mn-hoa-sen')} AND status = 'published' LIMIT 1`);
  assert.equal((await kimDong.post('/don-vi/th-kim-dong/admin/tin-gui-len', { bai_viet: other })).status, 409, 'not another school\'s article');

  const chief = await Staff.as('truongban');
  const incoming = await chief.get('/admin/tin-gui-len');
  await assertValidHtml(incoming.text, 'news up (office)');
  const [p1, p2] = made.proposals;
  const category = sqlValue("SELECT id FROM categories WHERE site_id = 1 ORDER BY sort_order LIMIT 1");
  const ok = await chief.post(`/admin/tin-gui-len/${p1}/nhan`, { chuyen_muc: category });
  assert.equal(ok.status, 303);
  const copy = sql(`SELECT a.id, a.site_id, a.status, a.source_name, a.source_url FROM news_proposals p JOIN articles a ON a.id = p.office_article_id WHERE p.id = ${p1}`)[0];
  made.articles.push(Number(copy[0]));
  assert.equal(copy[1], '1');
  assert.equal(copy[2], 'submitted', 'it enters the office chain at the secretary');
  assert.equal(copy[3], 'Trường Tiểu học Kim Đồng');
  assert.match(copy[4], new RegExp(`/don-vi/th-kim-dong/bai-viet/${ids[0]}-`));
  const noReason = await chief.post(`/admin/tin-gui-len/${p2}/tra-lai`, { ly_do: '' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /Vui lòng ghi lý do trả lại/);
  const back = await chief.post(`/admin/tin-gui-len/${p2}/tra-lai`, { ly_do: 'Ảnh chưa rõ nét.' });
  assert.equal(back.status, 303);
  const mine = await kimDong.get('/don-vi/th-kim-dong/admin/tin-gui-len');
  assert.match(mine.text, /Bị trả lại/);
  assert.match(mine.text, /Ảnh chưa rõ nét\./);
  assert.equal((await kimDong.post(`/admin/tin-gui-len/${p2}/nhan`, { chuyen_muc: category })).status, 403, 'a school cannot accept');
});

test('internal items are for signed-in staff only: never public, in search, feeds, the sitemap or by URL', { timeout: 60000 }, async () => {
  // A shared office item, an office-only item and a school-only item from the demo.
  const shared = sql("SELECT id, title FROM internal_posts WHERE site_id = 1 AND shared_down = 1 AND status = 'published' LIMIT 1")[0];
  const officeOnly = sql("SELECT id, title FROM internal_posts WHERE site_id = 1 AND shared_down = 0 AND status = 'published' LIMIT 1")[0];
  const schoolOnly = sql(`SELECT id, title FROM internal_posts WHERE site_id = ${siteId('th-kim-dong')} AND status = 'published' LIMIT 1`)[0];
  const internalRes = sql("SELECT r.id, r.slug, r.title, f.id, s.slug FROM resources r JOIN resource_files f ON f.resource_id = r.id JOIN sites s ON s.id = r.site_id WHERE r.visibility = 'noi-bo' AND r.status = 'approved' LIMIT 1")[0];
  const titles = [shared[1], officeOnly[1], schoolOnly[1], internalRes[2]];
  const word = (t) => t.split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');

  const resPrefix = internalRes[4] === 'phong-gddt' ? '' : `/don-vi/${internalRes[4]}`;
  const publicPaths = ['/', '/tin-tuc', '/rss.xml', '/sitemap.xml', '/so-do-trang', '/thu-vien', '/don-vi/th-kim-dong/', '/don-vi/th-kim-dong/rss.xml',
    `${resPrefix}/thu-vien`, `${resPrefix}/thu-vien?loai=giao-an`];
  for (const p of publicPaths) {
    const r = await get(p);
    for (const t of titles) assert.ok(!r.text.includes(t), `${p} shows no internal item (${t})`);
  }
  for (const t of titles) {
    const r = await get(`/tim-kiem?q=${encodeURIComponent(word(t))}`);
    assert.ok(!r.text.includes(t), `search finds no internal item (${t})`);
  }
  // Guessed URLs.
  assert.equal((await get(`${resPrefix}/thu-vien/${internalRes[0]}-${internalRes[1]}`)).status, 404);
  assert.equal((await get(`${resPrefix}/thu-vien/tep/${internalRes[3]}`)).status, 404);
  for (const p of [`/admin/noi-bo/${shared[0]}`, `/admin/noi-bo`, `/admin/thu-vien/${internalRes[0]}`, `/admin/thu-vien/tep/${internalRes[3]}`]) {
    const r = await get(p);
    assert.equal(r.status, 303, `${p} asks to sign in`);
    for (const t of titles) assert.ok(!r.text.includes(t));
  }

  // Staff: the school sees the office's shared item and its own, not the office-only one.
  kimDong ??= await Staff.as('daumoi-th-kim-dong');
  const portal = await kimDong.get('/don-vi/th-kim-dong/admin/noi-bo');
  assert.equal(portal.status, 200);
  await assertValidHtml(portal.text, 'internal portal');
  assert.ok(portal.text.includes(shared[1]) && portal.text.includes(schoolOnly[1]));
  assert.ok(!portal.text.includes(officeOnly[1]));
  assert.match(portal.headers.get('cache-control') || '', /no-store/);
  assert.equal(portal.headers.get('x-accel-expires'), null);
  assert.equal((await kimDong.get(`/don-vi/th-kim-dong/admin/noi-bo/${officeOnly[0]}`)).status, 404);
  assert.equal((await kimDong.get(`/don-vi/th-kim-dong/admin/noi-bo/${shared[0]}`)).status, 200);
  // Another school does not see Kim Đồng's own item.
  hoaSen ??= await Staff.as('daumoi-mn-hoa-sen');
  assert.equal((await hoaSen.get(`/don-vi/mn-hoa-sen/admin/noi-bo/${schoolOnly[0]}`)).status, 404);
  assert.equal((await hoaSen.get(`/don-vi/th-kim-dong/admin/noi-bo`)).status, 403);

  // A new internal item waits for approval, then shows to staff only.
  const title = `Thông báo nội bộ kiểm thử ${stamp()}`;
  const created = await kimDong.post('/don-vi/th-kim-dong/admin/noi-bo/moi', { loai: 'tin', tieu_de: title, noi_dung: '<p>Chỉ cán bộ nhà trường.</p>' });
  assert.equal(created.status, 303);
  const pid = Number(sqlValue(`SELECT id FROM internal_posts WHERE title = ${lit(title)}`));
  made.posts.push(pid);
  assert.equal(sqlValue(`SELECT status FROM internal_posts WHERE id = ${pid}`), 'pending');
  assert.equal((await kimDong.post(`/don-vi/th-kim-dong/admin/noi-bo/${pid}/duyet`, {})).status, 403, 'the focal point does not approve');
  sql(`UPDATE internal_posts SET status = 'published', published_at = UTC_TIMESTAMP() WHERE id = ${pid}`);
  assert.ok((await kimDong.get('/don-vi/th-kim-dong/admin/noi-bo')).text.includes(title));
  await sleep(1500);
  for (const p of ['/don-vi/th-kim-dong/', '/don-vi/th-kim-dong/rss.xml', '/don-vi/th-kim-dong/sitemap.xml', `/tim-kiem?q=${encodeURIComponent('kiểm thử nội bộ')}`]) {
    assert.ok(!(await get(p)).text.includes(title), `${p} never shows it`);
  }
});

test('a teacher submits a resource; it is public on /thu-vien and searchable only once approved', { timeout: 60000 }, async () => {
  const teacher = await Staff.as('giaovien');
  const form = await teacher.get('/admin/thu-vien/moi');
  assert.equal(form.status, 200);
  await assertValidHtml(form.text, 'library form');
  const title = `Giáo án Toán lớp 6 phép chia phân số kiểm thử ${stamp()}`;
  const fields = { loai: 'giao-an', tieu_de: title, tom_tat: 'Giáo án mẫu.', mon: 'Toán', lop: 'Lớp 6', tac_gia: 'Võ Thị Giang', nam_hoc: '2026-2027', pham_vi: 'cong-khai' };
  const noFile = await teacher.post('/admin/thu-vien/moi', fields, { files: [{ field: 'tep', name: 'x.pdf', data: Buffer.from('') }] });
  assert.equal(noFile.status, 422);
  assert.ok(noFile.text.includes(title), 'what was typed stays');
  const badYear = await teacher.post('/admin/thu-vien/moi', { ...fields, nam_hoc: '2026-2028' }, { files: [{ field: 'tep', name: 'g.pdf', data: PDF }] });
  assert.equal(badYear.status, 422);
  assert.match(badYear.text, /Năm học ghi theo dạng 2025-2026/);
  const ok = await teacher.post('/admin/thu-vien/moi', fields, { files: [{ field: 'tep', name: 'Giáo án.pdf', data: PDF }] });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  const rid = Number(sqlValue(`SELECT id FROM resources WHERE title = ${lit(title)}`));
  made.resources.push(rid);
  const slug = sqlValue(`SELECT slug FROM resources WHERE id = ${rid}`);
  assert.equal((await get(`/thu-vien/${rid}-${slug}`)).status, 404, 'not public before approval');
  assert.ok(!(await get('/thu-vien')).text.includes(title));
  assert.equal((await teacher.post(`/admin/thu-vien/${rid}/duyet`, {})).status, 403, 'a teacher does not approve');
  const chief = await Staff.as('truongban');
  const review = await chief.get(`/admin/thu-vien/${rid}`);
  await assertValidHtml(review.text, 'library item');
  assert.equal((await chief.post(`/admin/thu-vien/${rid}/duyet`, {})).status, 303);
  await sleep(1500);  // the micro-cache
  const list = await get('/thu-vien?mon=' + encodeURIComponent('Toán'));
  assert.ok(list.text.includes(title));
  await assertValidHtml(list.text, '/thu-vien');
  const item = await get(`/thu-vien/${rid}-${slug}`);
  assert.equal(item.status, 200);
  await assertValidHtml(item.text, 'resource page');
  const fileId = sqlValue(`SELECT id FROM resource_files WHERE resource_id = ${rid}`);
  const res = await fetch(`${BASE}/thu-vien/tep/${fileId}`);
  assert.equal(res.status, 200);
  assert.equal(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  await waitFor(() => sqlValue(`SELECT download_count FROM resources WHERE id = ${rid}`) === '1', 'the download count');
  let hit = false;
  for (let i = 0; i < 40 && !hit; i++) {
    hit = (await get(`/tim-kiem?q=${encodeURIComponent('phep chia phan so kiem thu')}`)).text.includes(title);
    if (!hit) await sleep(250);
  }
  assert.ok(hit, 'search finds it, without diacritics');
});
