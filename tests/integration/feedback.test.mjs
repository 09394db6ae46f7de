// Feedback (góp ý), Q&A (hỏi đáp) and exam lookup (tra cứu điểm) over HTTP, as a parent
// and as an attacker: the whole path from the form to a published Q&A with the answer
// mailed to the sender, the anti-abuse (honeypot, fill time, challenge, rate limits),
// forged and oversized attachments, scripts in every field, and lookups that must tell
// nothing. Each test speaks from its own address (X-Forwarded-For, honoured by nginx
// only from 127.0.0.1) so limits never leak between tests, and clears what it made.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BASE, ROOT, STACK, assertValidHtml, lit, sleep, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
let addressCounter = 0;
function freshAddress() { return `10.77.${process.pid % 250}.${++addressCounter}`; }

// A visitor from one address: a browser's Origin on POSTs.
class Visitor {
  constructor() { this.address = freshAddress(); }
  headers(extra = {}) { return { 'X-Forwarded-For': this.address, ...extra }; }
  async get(p) {
    const res = await fetch(BASE + p, { redirect: 'manual', headers: this.headers() });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async post(p, fields, { origin = BASE } = {}) {
    const res = await fetch(BASE + p, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams(fields),
      headers: this.headers({ 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }),
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async postMultipart(p, fields, files = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [k, { data, name, type }] of Object.entries(files)) form.append(k, new Blob([data], { type }), name);
    const res = await fetch(BASE + p, { method: 'POST', redirect: 'manual', body: form, headers: this.headers({ Origin: BASE }) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  // The form's signed time field, then the minimum fill time.
  async openForm(prefix = '') {
    const page = await this.get(prefix + '/gop-y');
    assert.equal(page.status, 200);
    this.t = page.text.match(/name="t" value="([^"]+)"/)[1];
    await sleep(3100);
    return page;
  }
}

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
    return { status: res.status, headers: res.headers, text: await res.text(), body: Buffer.from(await res.arrayBuffer().catch(() => new ArrayBuffer(0))) };
  }
  async getBytes(p) {
    const res = await fetch(BASE + p, { redirect: 'manual', headers: { Cookie: this.cookieHeader() } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
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
    // The session's token from any staff page (a focal point's /admin goes to their school).
    const page = await this.get('/admin/mat-khau');
    this.csrf = page.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
    return this;
  }
}

function mailFiles() {
  const dir = path.join(STACK, 'mail');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => path.join(dir, f)) : [];
}
async function waitForMail(predicate) {
  for (let i = 0; i < 60; ++i) {
    const file = mailFiles().find((f) => predicate(fs.readFileSync(f, 'utf8')));
    if (file) return file;
    await sleep(200);
  }
  return undefined;
}

function deleteFeedback(where) {
  for (const [p] of sql(`SELECT ff.path FROM feedback_files ff JOIN feedback f ON f.id = ff.feedback_id WHERE ${where}`)) {
    fs.rmSync(path.join(STACK, 'data/private', p), { force: true });
  }
  sql(`DELETE ff FROM feedback_files ff JOIN feedback f ON f.id = ff.feedback_id WHERE ${where}`);
  sql(`DELETE f FROM feedback f WHERE ${where}`);
}

const FORM = (marker, extra = {}) => ({
  ho_ten: 'Trần Thị Phụ Huynh', email: `ph-${marker}@example.com`, dien_thoai: '0912 345 678',
  tieu_de: `Hỏi về lịch học bán trú ${marker}`, linh_vuc: 'chuyen-mon',
  noi_dung: `Xin hỏi nhà trường về lịch học bán trú của học sinh lớp 2 trong học kỳ II (${marker}).`, ...extra,
});

function receiptCode(html) {
  const m = html.match(/class="tracking-code">([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})</);
  return m && m[1];
}

test('the form is valid HTML, has its hidden fields and is never cached', async () => {
  const v = new Visitor();
  for (const p of ['/gop-y', '/don-vi/th-kim-dong/gop-y', '/gop-y/tra-cuu', '/hoi-dap', '/tra-cuu-diem']) {
    const page = await v.get(p);
    assert.equal(page.status, 200, p);
    await assertValidHtml(page.text, p);
  }
  const form = await v.get('/gop-y');
  assert.match(form.text, /name="t" value="\d+\.[0-9a-f]{32}"/);
  assert.match(form.text, /class="hp"><label for="website">/);
  assert.match(form.text, /enctype="multipart\/form-data"/);
  assert.equal(form.headers.get('cache-control'), 'no-store');
});

test('the whole path: send → code → staff answer → status shows the answer → published Q&A, answer mailed', async () => {
  const marker = `fb${Date.now()}`;
  const v = new Visitor();
  await v.openForm();
  const sent = await v.postMultipart('/gop-y', { ...FORM(marker), t: v.t }, { tep: { data: PDF, name: 'don-de-nghi.pdf', type: 'application/pdf' } });
  assert.equal(sent.status, 200, sent.text.slice(0, 500));
  await assertValidHtml(sent.text, 'receipt');
  const code = receiptCode(sent.text);
  assert.ok(code, 'a tracking code on the receipt');
  assert.equal(sent.headers.get('cache-control'), 'no-store');
  const id = sqlValue(`SELECT id FROM feedback WHERE code = ${lit(code.replace('-', ''))}`);
  try {
    // The due date: 5 working days from today, as the receipt says.
    const due = sqlValue(`SELECT DATE_FORMAT(due_on, '%d/%m/%Y') FROM feedback WHERE id = ${id}`);
    assert.ok(sent.text.includes(due), 'the receipt shows the due date');
    const stored = sqlValue(`SELECT path FROM feedback_files WHERE feedback_id = ${id} AND role = 'question'`);
    assert.ok(fs.existsSync(path.join(STACK, 'data/private', stored)), 'the attachment is under the private folder');
    assert.ok(!stored.includes('don-de-nghi'), 'stored under a random name');

    // Status by code: typed in lower case without the dash works too.
    let status = await v.post('/gop-y/tra-cuu', { ma: code.toLowerCase().replace('-', ' ') });
    assert.equal(status.status, 200);
    assert.match(status.text, /Đã tiếp nhận/);
    await assertValidHtml(status.text, 'status');

    // The attachment: staff only.
    const anonymous = await fetch(`${BASE}/admin/gop-y/${id}/tep/1`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.equal((await fetch(`${BASE}/_private/${stored}`)).status, 404);

    const chief = await new Staff().signIn('truongban');
    const inbox = await chief.get('/admin/gop-y');
    assert.equal(inbox.status, 200);
    assert.ok(inbox.text.includes(`Hỏi về lịch học bán trú ${marker}`));
    assert.match(inbox.text, /Tỷ lệ trả lời đúng hạn/);
    assert.match(inbox.text, /class="article-row overdue"/, 'demo items past due stand out');
    const item = await chief.get(`/admin/gop-y/${id}`);
    assert.equal(item.status, 200);
    const fileId = item.text.match(new RegExp(`/admin/gop-y/${id}/tep/(\\d+)`))[1];
    const file = await chief.getBytes(`/admin/gop-y/${id}/tep/${fileId}`);
    assert.equal(file.status, 200);
    assert.deepEqual(file.body, PDF);
    assert.match(file.headers.get('content-disposition'), /attachment/);

    // Complex: 10 working days instead of 5.
    const before = sqlValue(`SELECT due_on FROM feedback WHERE id = ${id}`);
    let r = await chief.post(`/admin/gop-y/${id}`, { thao_tac: 'phan-loai', linh_vuc: 'tuyen-sinh', phuc_tap: '1', ghi_chu: 'Cần hỏi ý kiến bộ phận THCS' });
    assert.equal(r.status, 303);
    assert.ok(sqlValue(`SELECT due_on FROM feedback WHERE id = ${id}`) > before, 'the due date moves later');
    assert.equal(sqlValue(`SELECT complex FROM feedback WHERE id = ${id}`), '1');

    // Routed to a school: its focal point gets a mail and sees the item.
    const school = sqlValue("SELECT id FROM sites WHERE slug = 'thcs-nguyen-gia-thieu'");
    r = await chief.post(`/admin/gop-y/${id}`, { thao_tac: 'phan-cong', don_vi: school });
    assert.equal(r.status, 303);
    assert.equal(sqlValue(`SELECT status FROM feedback WHERE id = ${id}`), 'assigned');
    const assignMail = await waitForMail((t) => /^To: daumoi-thcs-nguyen-gia-thieu@demo\.edu\.vn$/m.test(t) && t.includes(`/admin/gop-y/${id}`));
    assert.ok(assignMail, 'the unit was told by mail');
    status = await v.post('/gop-y/tra-cuu', { ma: code });
    assert.match(status.text, /Đã phân công/);
    const focal = await new Staff().signIn('daumoi-thcs-nguyen-gia-thieu');
    const routed = await focal.get('/don-vi/thcs-nguyen-gia-thieu/admin/gop-y');
    assert.ok(routed.text.includes(marker), 'the focal point sees the routed item');

    // The answer: rich text sanitised, mailed to the sender.
    r = await focal.postMultipart(`/don-vi/thcs-nguyen-gia-thieu/admin/gop-y/${id}`, {
      thao_tac: 'tra-loi', tra_loi: `<p>Lịch bán trú ${marker} bắt đầu từ 11 giờ.</p><script>alert(1)</script><img src=x onerror=alert(2)>`,
    }, { tep: { data: PDF, name: 'lich-ban-tru.pdf', type: 'application/pdf' } });
    assert.equal(r.status, 303, r.text.slice(0, 300));
    const answer = sqlValue(`SELECT answer_html FROM feedback WHERE id = ${id}`);
    assert.ok(!/script|onerror/i.test(answer), 'the answer is sanitised');
    const answerMail = await waitForMail((t) => /^To: ph-fb\d+@example\.com$/m.test(t) && t.includes(marker));
    assert.ok(answerMail, 'the answer was mailed to the sender');
    assert.ok(fs.readFileSync(answerMail, 'utf8').includes(`Lịch bán trú ${marker} bắt đầu từ 11 giờ.`));

    status = await v.post('/gop-y/tra-cuu', { ma: code });
    assert.match(status.text, /Đã trả lời/);
    assert.ok(status.text.includes(`Lịch bán trú ${marker} bắt đầu từ 11 giờ.`));
    assert.ok(!status.text.includes('alert(1)'));
    const answerFile = status.text.match(/href="(\/gop-y\/tep\/[0-9a-f]{32})"/)[1];
    const got = await fetch(BASE + answerFile);
    assert.equal(got.status, 200);
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), PDF);
    assert.equal((await fetch(BASE + '/gop-y/tep/' + '0'.repeat(32))).status, 404);

    // Publishing: only the office's board; the sender's name may not reach the public text.
    r = await focal.post(`/don-vi/thcs-nguyen-gia-thieu/admin/gop-y/${id}`, { thao_tac: 'cong-khai', tieu_de_cong_khai: 'Lịch học bán trú', cau_hoi_cong_khai: 'Lịch học bán trú lớp 2 thế nào?' });
    assert.equal(r.status, 403, 'a school cannot publish an item of the office');
    r = await chief.post(`/admin/gop-y/${id}`, { thao_tac: 'cong-khai', tieu_de_cong_khai: `Lịch học bán trú ${marker}`, cau_hoi_cong_khai: 'Tôi là Trần Thị Phụ Huynh, xin hỏi lịch học bán trú.' });
    assert.equal(r.status, 422);
    assert.match(r.text, /họ tên của người gửi/);
    // An answer that names the sender is not published either.
    const firstAnswer = sqlValue(`SELECT answer_html FROM feedback WHERE id = ${id}`);
    sql(`UPDATE feedback SET answer_html = ${lit('<p>Kính gửi chị Trần Thị Phụ Huynh, lịch bán trú bắt đầu từ 11 giờ.</p>')} WHERE id = ${id}`);
    r = await chief.post(`/admin/gop-y/${id}`, { thao_tac: 'cong-khai', tieu_de_cong_khai: `Lịch học bán trú ${marker}`, cau_hoi_cong_khai: 'Xin hỏi lịch học bán trú của học sinh lớp 2.' });
    assert.equal(r.status, 422);
    assert.match(r.text, /Câu trả lời còn chứa họ tên/);
    sql(`UPDATE feedback SET answer_html = ${lit(firstAnswer)} WHERE id = ${id}`);
    r = await chief.post(`/admin/gop-y/${id}`, { thao_tac: 'cong-khai', tieu_de_cong_khai: `Lịch học bán trú ${marker}`, cau_hoi_cong_khai: `Xin hỏi lịch học bán trú của học sinh lớp 2 trong học kỳ II (${marker}).` });
    assert.equal(r.status, 303);
    status = await v.post('/gop-y/tra-cuu', { ma: code });
    assert.match(status.text, /Đã công khai/);
    const list = await v.get('/hoi-dap');
    assert.ok(list.text.includes(`Lịch học bán trú ${marker}`));
    const qaPath = list.text.match(new RegExp(`href="(/hoi-dap/${id}-[a-z0-9-]+)"`))[1];
    const qa = await v.get(qaPath);
    assert.equal(qa.status, 200);
    await assertValidHtml(qa.text, qaPath);
    assert.ok(qa.text.includes(`bắt đầu từ 11 giờ`));
    for (const secret of ['Trần Thị Phụ Huynh', `ph-${marker}@example.com`, '0912 345 678']) {
      assert.ok(!qa.text.includes(secret) && !list.text.includes(secret), `the public Q&A never shows ${secret}`);
    }
    // Searchable through the search module's index.
    let found = false;
    for (let i = 0; i < 40 && !found; ++i) {
      const s = await v.get(`/tim-kiem?q=${encodeURIComponent(marker)}`);
      found = s.text.includes(qaPath);
      if (!found) await sleep(250);
    }
    assert.ok(found, 'the published Q&A is found by /tim-kiem');
    assert.ok(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE object_type = 'feedback' AND object_id = ${id}`) >= 5);
  } finally {
    deleteFeedback(`f.id = ${id}`);
  }
});

test('invalid input: Vietnamese messages next to the fields, what was typed kept, scripts shown as text', async () => {
  const v = new Visitor();
  await v.openForm();
  const evil = '<script>alert("x")</script>';
  const r = await v.postMultipart('/gop-y', { ho_ten: evil, email: 'khong-phai-email', dien_thoai: 'abc', tieu_de: `Ti ${evil}`, linh_vuc: 'khong-co', noi_dung: 'ngắn', t: v.t });
  assert.equal(r.status, 422);
  await assertValidHtml(r.text, 'form with errors');
  assert.ok(!r.text.includes(evil), 'no raw script');
  assert.ok(r.text.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'typed text kept, escaped');
  for (const id of ['email', 'dien_thoai', 'linh_vuc', 'noi_dung']) {
    assert.match(r.text, new RegExp(`id="${id}-loi">[^<]+<`), `message next to ${id}`);
    assert.match(r.text, new RegExp(`id="${id}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${id}"|<textarea id="${id}"[^>]*aria-invalid="true"`), `${id} marked invalid`);
  }
  assert.match(r.text, /Thư điện tử không hợp lệ/);
  assert.match(r.text, /Vui lòng chọn lĩnh vực/);
  const none = await v.postMultipart('/gop-y', { ho_ten: 'Nguyễn Văn B', tieu_de: 'Tiêu đề đủ dài', linh_vuc: 'khac', noi_dung: 'Nội dung đủ dài để được chấp nhận ở đây.', t: v.t });
  assert.equal(none.status, 422);
  assert.match(none.text, /thư điện tử hoặc số điện thoại/);
  assert.equal(sqlValue("SELECT COUNT(*) FROM feedback WHERE sender_name = 'Nguyễn Văn B'"), '0');
});

test('scripts in every field are stored as text and shown escaped to the public and to staff', async () => {
  const marker = `xss${Date.now()}`;
  const v = new Visitor();
  await v.openForm();
  const evil = `<img src=x onerror=alert(1)>${marker}`;
  const r = await v.postMultipart('/gop-y', { ho_ten: `"><script>alert(1)</script>`, email: `a-${marker}@example.com`, dien_thoai: '', tieu_de: `${evil} tiêu đề`, linh_vuc: 'khac', noi_dung: `${evil} <a href="javascript:alert(1)">bấm</a> nội dung dài`, t: v.t });
  assert.equal(r.status, 200);
  assert.ok(!r.text.includes('<img src=x'));
  try {
    const id = sqlValue(`SELECT id FROM feedback WHERE sender_email = 'a-${marker}@example.com'`);
    const chief = await new Staff().signIn('truongban');
    const page = await chief.get(`/admin/gop-y/${id}`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('<img src=x') && !page.text.includes('<script>alert(1)') && !page.text.includes('href="javascript:'));
    assert.ok(page.text.includes('&lt;img src=x onerror=alert(1)&gt;'));
  } finally {
    deleteFeedback(`f.sender_email = 'a-${marker}@example.com'`);
  }
});

test('forged, oversized and extra attachments are refused with a message, nothing saved', async () => {
  const v = new Visitor();
  await v.openForm();
  const marker = `att${Date.now()}`;
  const cases = [
    [{ data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'bao-cao.pdf', type: 'application/pdf' }, /PDF|không được chấp nhận|định dạng/i],
    [{ data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this is an exe'), name: 'anh.jpg', type: 'image/jpeg' }, /PDF|không được chấp nhận|định dạng/i],
    [{ data: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 32)]), name: 'lon.pdf', type: 'application/pdf' }, /10 MB/],
  ];
  for (const [file, message] of cases) {
    const r = await v.postMultipart('/gop-y', { ...FORM(marker), t: v.t }, { tep: file });
    assert.equal(r.status, 422, file.name);
    assert.match(r.text, /id="tep-loi">/);
    assert.match(r.text.match(/id="tep-loi">([^<]+)</)[1], message);
  }
  const form = new FormData();
  for (const [k, val] of Object.entries({ ...FORM(marker), t: v.t })) form.append(k, val);
  form.append('tep', new Blob([PDF], { type: 'application/pdf' }), 'a.pdf');
  form.append('tep', new Blob([PDF], { type: 'application/pdf' }), 'b.pdf');
  const two = await fetch(BASE + '/gop-y', { method: 'POST', body: form, headers: { Origin: BASE, 'X-Forwarded-For': v.address } });
  assert.equal(two.status, 422);
  // Beyond what nginx and the module accept at all.
  const huge = await fetch(BASE + '/gop-y', { method: 'POST', body: Buffer.alloc(13 * 1024 * 1024, 97), headers: { Origin: BASE, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': v.address } });
  assert.equal(huge.status, 413);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM feedback WHERE subject LIKE '%${marker}%'`), '0');
  // A POST from another site is refused before anything.
  const cross = await fetch(BASE + '/gop-y', { method: 'POST', body: new URLSearchParams(FORM(marker)), headers: { Origin: 'https://evil.example', 'X-Forwarded-For': v.address } });
  assert.equal(cross.status, 403);
});

// "Bảy cộng năm bằng bao nhiêu?" → 12
function solve(html) {
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
  const q = html.match(/Câu hỏi kiểm tra: ([^<]+) bằng bao nhiêu\?/)[1].toLowerCase();
  const [a, b] = q.split(' cộng ').map((w) => words.indexOf(w.trim()));
  assert.ok(a > 0 && b > 0, q);
  return { token: html.match(/name="thu_thach" value="([^"]+)"/)[1], answer: String(a + b) };
}

test('honeypot, a too quick or forged fill time ask the challenge; solving it sends', async () => {
  const marker = `hp${Date.now()}`;
  const v = new Visitor();
  try {
    const page = await v.get('/gop-y');
    const t = page.text.match(/name="t" value="([^"]+)"/)[1];
    // Too quick (no wait), forged time, honeypot: each asks the question and saves nothing.
    for (const fields of [{ t }, { t: '1.' + '0'.repeat(32) }, { t: '', website: 'http://spam.example' }]) {
      const r = await v.postMultipart('/gop-y', { ...FORM(marker), ...fields });
      assert.equal(r.status, 200);
      assert.match(r.text, /Câu hỏi kiểm tra:/);
      assert.ok(!receiptCode(r.text));
      assert.ok(r.text.includes(`Hỏi về lịch học bán trú ${marker}`), 'what was typed is kept');
    }
    const ask = await v.postMultipart('/gop-y', { ...FORM(marker), t });
    const { token, answer } = solve(ask.text);
    const wrong = await v.postMultipart('/gop-y', { ...FORM(marker), t, thu_thach: token, tra_loi: String(Number(answer) + 1) });
    assert.equal(wrong.status, 422);
    assert.match(wrong.text, /Câu trả lời chưa đúng/);
    const forged = await v.postMultipart('/gop-y', { ...FORM(marker), t, thu_thach: token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), tra_loi: answer });
    assert.equal(forged.status, 422);
    const ok = await v.postMultipart('/gop-y', { ...FORM(marker), t, thu_thach: token, tra_loi: answer });
    assert.equal(ok.status, 200);
    assert.ok(receiptCode(ok.text), 'solved: accepted');
    assert.equal(sqlValue(`SELECT COUNT(*) FROM feedback WHERE subject LIKE '%${marker}%'`), '1');
  } finally {
    deleteFeedback(`f.subject LIKE '%${marker}%'`);
  }
});

test('rate limits per address and per e-mail: a challenge first, then a refusal', async () => {
  const marker = `rl${Date.now()}`;
  const v = new Visitor();
  const emailHash = createHash('sha256').update(`ph-${marker}@example.com`).digest('hex');
  try {
    await v.openForm();
    // Five POSTs an hour pass; the sixth asks the question.
    sql(`INSERT INTO abuse_hits (bucket, subject) VALUES ${Array(5).fill(`('gop-y.ip', ${lit(v.address)})`).join(', ')}`);
    let r = await v.postMultipart('/gop-y', { ...FORM(marker), t: v.t });
    assert.match(r.text, /Câu hỏi kiểm tra:/);
    // Beyond 30 an hour: refused, with what was typed kept.
    sql(`INSERT INTO abuse_hits (bucket, subject) VALUES ${Array(25).fill(`('gop-y.ip', ${lit(v.address)})`).join(', ')}`);
    r = await v.postMultipart('/gop-y', { ...FORM(marker), t: v.t });
    assert.equal(r.status, 429);
    assert.match(r.text, /quá nhiều lần/);
    assert.ok(r.text.includes(`Hỏi về lịch học bán trú ${marker}`));
    // Per e-mail, from a fresh address: three an hour, then the question; ten a day, refused.
    const w = new Visitor();
    await w.openForm();
    sql(`INSERT INTO abuse_hits (bucket, subject) VALUES ${Array(3).fill(`('gop-y.email', '${emailHash}')`).join(', ')}`);
    r = await w.postMultipart('/gop-y', { ...FORM(marker), t: w.t });
    assert.match(r.text, /Câu hỏi kiểm tra:/);
    sql(`INSERT INTO abuse_hits (bucket, subject) VALUES ${Array(7).fill(`('gop-y.email', '${emailHash}')`).join(', ')}`);
    r = await w.postMultipart('/gop-y', { ...FORM(marker), t: w.t });
    assert.equal(r.status, 429);
    assert.match(r.text, /quá nhiều góp ý/);
    assert.equal(sqlValue(`SELECT COUNT(*) FROM feedback WHERE subject LIKE '%${marker}%'`), '0');
  } finally {
    sql(`DELETE FROM abuse_hits WHERE subject IN (${lit(v.address)}, '${emailHash}')`);
  }
});

test('tracking: wrong codes tell nothing, and lookups are rate-limited', async () => {
  const v = new Visitor();
  const existing = sqlValue("SELECT code FROM feedback WHERE status = 'answered' LIMIT 1");
  const messages = new Set();
  for (const ma of ['ABCDE-FGHJK', existing.slice(0, 9) + (existing[9] === '2' ? '3' : '2'), existing.slice(0, 5), '<script>', "' OR 1=1 --", '0O1IL0O1IL']) {
    const r = await v.post('/gop-y/tra-cuu', { ma });
    assert.equal(r.status, 404, ma);
    messages.add(r.text.match(/role="alert">([^<]+)</)[1]);
    assert.ok(!r.text.includes('Đã trả lời'));
  }
  assert.equal(messages.size, 1, 'one message for every wrong code');
  const other = new Visitor();
  sql(`INSERT INTO abuse_hits (bucket, subject) VALUES ${Array(20).fill(`('tra-cuu.ip', ${lit(other.address)})`).join(', ')}`);
  try {
    const r = await other.post('/gop-y/tra-cuu', { ma: existing });
    assert.equal(r.status, 429);
    assert.match(r.text, /quá nhiều lần/);
    assert.ok(!r.text.includes('Đã trả lời'), 'even a right code is not answered past the limit');
  } finally {
    sql(`DELETE FROM abuse_hits WHERE subject IN (${lit(v.address)}, ${lit(other.address)})`);
  }
});

test('exam lookup: number AND date of birth, the same answer for a wrong date or a missing number, rate-limited', async () => {
  const v = new Visitor();
  const [exam, number, dob] = sql("SELECT r.exam_id, r.candidate_no, DATE_FORMAT(r.birth_date, '%d/%m/%Y') FROM exam_results r JOIN exams e ON e.id = r.exam_id WHERE e.code = 'khao-sat-lop-9-hk1' ORDER BY r.candidate_no LIMIT 1 OFFSET 99")[0];
  const name = sqlValue(`SELECT full_name FROM exam_results WHERE exam_id = ${exam} AND candidate_no = '${number}'`);
  try {
    const form = await v.get('/tra-cuu-diem');
    assert.ok(form.text.includes('Khảo sát chất lượng học sinh lớp 9'));
    const ok = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: number.toLowerCase(), ngay_sinh: dob });
    assert.equal(ok.status, 200);
    await assertValidHtml(ok.text, 'result');
    assert.ok(ok.text.includes(name));
    assert.match(ok.text, /Toán/);
    assert.equal(ok.headers.get('cache-control'), 'no-store');
    const strip = (html) => html.match(/<main[\s\S]*<\/main>/)[0].replace(/value="[^"]*"/g, '');
    const wrongDob = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: number, ngay_sinh: '01/01/2000' });
    const missing = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: 'KS99999', ngay_sinh: '01/01/2000' });
    const partial = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: number.slice(0, -1), ngay_sinh: dob });
    const wildcard = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: 'KS9%', ngay_sinh: dob });
    for (const r of [wrongDob, missing, partial, wildcard]) {
      assert.equal(r.status, 404);
      assert.ok(!r.text.includes(name));
    }
    assert.equal(strip(wrongDob.text), strip(missing.text), 'a wrong date of birth reads like a missing number');
    // No listing and no GET lookup.
    assert.equal((await v.get(`/tra-cuu-diem?so_bao_danh=${number}`)).text.includes(name), false);
    // The eleventh lookup in ten minutes is refused with a clear message.
    for (let i = 0; i < 5; ++i) await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: `KS9${i}`, ngay_sinh: dob });
    const limited = await v.post('/tra-cuu-diem', { ky_thi: exam, so_bao_danh: number, ngay_sinh: dob });
    assert.equal(limited.status, 429);
    assert.match(limited.text, /quá 10 lần trong 10 phút/);
    assert.ok(!limited.text.includes(name));
  } finally {
    sql(`DELETE FROM abuse_hits WHERE subject = ${lit(v.address)}`);
  }
});

test('an exam outside its opening times is not looked up', async () => {
  const v = new Visitor();
  const site = sqlValue("SELECT id FROM sites WHERE slug = 'phong-gddt'");
  sql(`INSERT INTO exams (site_id, code, name, subjects, opens_at, closes_at, imported_at) VALUES (${site}, 'thu-dong', 'Kỳ thi đã đóng', 'Toán', UTC_TIMESTAMP() - INTERVAL 10 DAY, UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP())`);
  const id = sqlValue("SELECT id FROM exams WHERE code = 'thu-dong'");
  sql(`INSERT INTO exam_results (exam_id, candidate_no, birth_date, full_name, scores) VALUES (${id}, 'D001', '2011-02-03', 'Thí Sinh Đóng', '9')`);
  try {
    const form = await v.get('/tra-cuu-diem');
    assert.ok(!form.text.includes('Kỳ thi đã đóng'));
    const r = await v.post('/tra-cuu-diem', { ky_thi: id, so_bao_danh: 'D001', ngay_sinh: '03/02/2011' });
    assert.equal(r.status, 404);
    assert.ok(!r.text.includes('Thí Sinh Đóng'));
    sql(`UPDATE exams SET closes_at = NULL, opens_at = UTC_TIMESTAMP() + INTERVAL 1 DAY WHERE id = ${id}`);
    assert.match((await v.get('/tra-cuu-diem')).text, /Kỳ thi đã đóng: mở tra cứu từ/);
    assert.equal((await v.post('/tra-cuu-diem', { ky_thi: id, so_bao_danh: 'D001', ngay_sinh: '03/02/2011' })).status, 404);
  } finally {
    sql(`DELETE FROM exams WHERE id = ${id}`);
    sql(`DELETE FROM abuse_hits WHERE subject = ${lit(v.address)}`);
  }
});

function portalctl(args) {
  return spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', path.join(STACK, 'eduportal.conf'), ...args], { encoding: 'utf8' });
}

test('CSV import: row-by-row Vietnamese errors, UTF-8 with BOM, Windows-1258 converted, TCVN3 refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-csv-'));
  const code = `thu-${Date.now()}`;
  try {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Số báo danh,Họ và tên,Ngày sinh,Toán,Ngữ văn\nA001,Nguyễn Văn An,05/09/2012,8.5,7\n,Lê Thị Bình,01/01/2012,5,6\nA003,Trần Văn Cường,31/02/2012,5,6\nA001,Phạm Thị Dung,02/02/2012,11,6\nA005,Vũ Văn Em,03/03/2012,7\n');
    let r = portalctl(['exam', 'import', 'phong-gddt', code, bad]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Dòng 3: thiếu số báo danh/);
    assert.match(r.stderr, /Dòng 4: ngày sinh «31\/02\/2012» không hợp lệ/);
    assert.match(r.stderr, /Dòng 5: số báo danh «A001» trùng với dòng 2/);
    assert.match(r.stderr, /Dòng 5: điểm môn Toán «11» phải là số từ 0 đến 10/);
    assert.match(r.stderr, /Dòng 6: có 4 cột, dòng tiêu đề có 5 cột/);
    assert.equal(sqlValue(`SELECT COUNT(*) FROM exams WHERE code = '${code}'`), '0', 'nothing imported');

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, '\ufeffSBD;Họ và tên;Ngày sinh;Trường;Toán;Ngữ văn;Tổng điểm;Kết quả\nA001;Nguyễn Thị Hương;05/09/2012;THCS Lê Quý Đôn;8,5;7;15,5;Đạt\nA002;"Lê, Văn Bình";2012-01-31;;;6;6;Chưa đạt\n');
    r = portalctl(['exam', 'import', 'phong-gddt', code, good, '--name', 'Kỳ thi thử', '--opens', '2026-01-01 08:00']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /đã nhập 2 thí sinh \(2 môn, bảng mã UTF-8\)/);
    const row = sql(`SELECT r.full_name, r.scores, r.total, DATE_FORMAT(r.birth_date, '%Y-%m-%d') FROM exam_results r JOIN exams e ON e.id = r.exam_id WHERE e.code = '${code}' ORDER BY r.candidate_no`);
    assert.deepEqual(row[0], ['Nguyễn Thị Hương', '8.5|7', '15.5', '2012-09-05']);
    assert.deepEqual(row[1], ['Lê, Văn Bình', '|6', '6', '2012-01-31']);

    // Windows-1258 (tones as combining marks), as iconv writes it: converted and NFC.
    const utf8 = 'Số báo danh,Họ và tên,Ngày sinh,Toán\nB001,Nguyễn Thị Hương,05/09/2012,9\n';
    const cp = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: utf8 });
    assert.equal(cp.status, 0);
    const win = path.join(dir, 'win.csv');
    fs.writeFileSync(win, cp.stdout);
    r = portalctl(['exam', 'import', 'phong-gddt', code, win]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Windows-1258/);
    assert.equal(sqlValue(`SELECT r.full_name FROM exam_results r JOIN exams e ON e.id = r.exam_id WHERE e.code = '${code}'`), 'Nguyễn Thị Hương');

    // TCVN3 (ABC): "NguyÔn ThÞ H­¬ng" in the .VnTime encoding.
    const tcvn = Buffer.concat([Buffer.from('Số báo danh,Họ và tên,Ngày sinh\n'.normalize('NFC'), 'latin1').subarray(0, 0),
      Buffer.from('S\xe8 b\xb8o danh,H\xe4 v\xb5 t\xaan,Ng\xb5y sinh\nC001,Nguy\xd4n Th\xde H\xad\xacng,05/09/2012\n', 'latin1')]);
    const tc = path.join(dir, 'tcvn3.csv');
    fs.writeFileSync(tc, tcvn);
    r = portalctl(['exam', 'import', 'phong-gddt', code, tc]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /TCVN3/);
  } finally {
    sql(`DELETE FROM exams WHERE code = '${code}'`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CSV upload in /admin: preview with row errors, then a confirmed import', async () => {
  const chief = await new Staff().signIn('truongban');
  const code = `admin-${Date.now()}`;
  try {
    let r = await chief.post('/admin/tra-cuu-diem', { ma: code, ten: 'Kỳ thi tải lên thử' });
    assert.equal(r.status, 303);
    const url = new URL(r.headers.get('location'), BASE).pathname;
    const bad = 'Số báo danh,Họ và tên,Ngày sinh,Toán\nA1,Nguyễn An,05/09/2012,abc\n';
    r = await chief.postMultipart(url, { thao_tac: 'xem-truoc' }, { tep: { data: Buffer.from(bad), name: 'diem.csv', type: 'text/csv' } });
    assert.equal(r.status, 422);
    assert.match(r.text, /Dòng 2: điểm môn Toán «abc» phải là số/);
    assert.ok(!r.text.includes('name="tep_tam"'), 'no import offered');
    const good = 'Số báo danh,Họ và tên,Ngày sinh,Toán\nA1,Nguyễn An,05/09/2012,9\nA2,<script>alert(1)</script>,06/09/2012,8\n';
    r = await chief.postMultipart(url, { thao_tac: 'xem-truoc' }, { tep: { data: Buffer.from(good), name: 'diem.csv', type: 'text/csv' } });
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes('<script>alert(1)'));
    const token = r.text.match(/name="tep_tam" value="([0-9a-f]{32})"/)[1];
    const id = url.split('/').pop();
    assert.equal(sqlValue(`SELECT COUNT(*) FROM exam_results WHERE exam_id = ${id}`), '0', 'the preview imports nothing');
    r = await chief.post(url, { thao_tac: 'nhap', tep_tam: token });
    assert.equal(r.status, 303);
    assert.equal(sqlValue(`SELECT COUNT(*) FROM exam_results WHERE exam_id = ${id}`), '2');
    r = await chief.post(url, { thao_tac: 'thoi-gian', ten: 'Kỳ thi tải lên thử', mo_luc: '2026-12-01T08:00', dong_luc: '2026-11-01T08:00' });
    assert.equal(r.status, 422);
    assert.match(r.text, /đóng phải sau thời điểm mở/);
    // Staff of a role without exams may not change them.
    const teacher = await new Staff().signIn('giaovien');
    r = await teacher.post(url, { thao_tac: 'nhap', tep_tam: token });
    assert.equal(r.status, 403);
  } finally {
    sql(`DELETE FROM exams WHERE code = '${code}'`);
  }
});

test('permissions: who may see and handle feedback', async () => {
  const id = sqlValue("SELECT id FROM feedback WHERE site_id = 1 AND status = 'received' ORDER BY id LIMIT 1");
  const teacher = await new Staff().signIn('congtacvien');
  const inbox = await teacher.get('/admin/gop-y');
  assert.equal(inbox.status, 200);
  assert.match(inbox.text, /Không có góp ý nào/, 'a contributor sees only what is assigned to them');
  assert.equal((await teacher.get(`/admin/gop-y/${id}`)).status, 403);
  assert.equal((await teacher.post(`/admin/gop-y/${id}`, { thao_tac: 'tra-loi', tra_loi: '<p>x</p>' })).status, 403);
  const otherSchool = await new Staff().signIn('daumoi-mn-hoa-sen');
  assert.equal((await otherSchool.get(`/don-vi/mn-hoa-sen/admin/gop-y/${id}`)).status, 404, 'another site does not see it');
  assert.ok(!(await teacher.get('/admin')).text.includes('Góp ý chờ xử lý'));
  const chief = await new Staff().signIn('truongban');
  const dashboard = await chief.get('/admin');
  const open = sqlValue("SELECT COUNT(*) FROM feedback WHERE (site_id = 1 OR assigned_site_id = 1) AND status IN ('received', 'assigned')");
  assert.match(dashboard.text, new RegExp(`Góp ý chờ xử lý[\\s\\S]*?<span class="count-n">${open}</span> đang xử lý`));
  const noCsrf = await chief.post(`/admin/gop-y/${id}`, { _csrf: 'x'.repeat(64), thao_tac: 'phan-loai', linh_vuc: 'khac' });
  assert.equal(noCsrf.status, 403);
});

test('holidays in /admin: the calendar the deadlines count on', async () => {
  const admin = await new Staff().signIn('quantri');
  const page = await admin.get('/admin/ngay-nghi?nam=2026');
  assert.equal(page.status, 200);
  assert.match(page.text, /Tết Nguyên đán Bính Ngọ/);
  let r = await admin.post('/admin/ngay-nghi', { thao_tac: 'luu', ngay: '2026-12-05', loai: 'nghi', ten: 'Thứ Bảy' });
  assert.equal(r.status, 422);
  assert.match(r.text, /thứ Bảy hoặc Chủ nhật/);
  r = await admin.post('/admin/ngay-nghi', { thao_tac: 'luu', ngay: '2026-12-24', loai: 'nghi', ten: 'Ngày nghỉ thử' });
  assert.equal(r.status, 303);
  try {
    assert.equal(sqlValue("SELECT name FROM holidays WHERE day = '2026-12-24'"), 'Ngày nghỉ thử');
    const editor = await new Staff().signIn('congtacvien');
    assert.equal((await editor.post('/admin/ngay-nghi', { thao_tac: 'xoa', ngay: '2026-12-24' })).status, 403);
    r = await admin.post('/admin/ngay-nghi', { thao_tac: 'xoa', ngay: '2026-12-24' });
    assert.equal(r.status, 303);
    assert.equal(sqlValue("SELECT COUNT(*) FROM holidays WHERE day = '2026-12-24'"), '0');
  } finally {
    sql("DELETE FROM holidays WHERE day = '2026-12-24'");
  }
});
