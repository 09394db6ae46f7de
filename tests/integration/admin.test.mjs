// The staff area over HTTP with the demo accounts: sign-in and its throttle, sessions and
// CSRF, the approval chain from a contributor's draft to the public site, returns with a
// reason, delegation, scheduling, sanitising, revisions and the audit log.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { test } from 'node:test';
import { BASE, ROOT, STACK, assertValidHtml, get, sleep, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';

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

  async post(p, fields, { origin = BASE, csrf = true } = {}) {
    const body = new URLSearchParams(fields);
    if (csrf && !body.has('_csrf') && this.csrf) body.set('_csrf', this.csrf);
    const res = await fetch(BASE + p, {
      method: 'POST', redirect: 'manual', body,
      headers: { Cookie: this.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  async signIn(username, password = PASSWORD) {
    const form = await this.get('/admin/dang-nhap');
    const token = form.text.match(/name="_csrf" value="([0-9a-f]+)"/)[1];
    const res = await this.post('/admin/dang-nhap', { _csrf: token, ten_dang_nhap: username, mat_khau: password }, { csrf: false });
    if (res.status === 303) {
      const page = await this.get('/admin');
      this.csrf = (page.text.match(/name="_csrf" value="([0-9a-f]{64})"/) || [])[1];
    }
    return res;
  }
}

function officeCategory(slug) {
  return sqlValue(`SELECT c.id FROM categories c JOIN sites s ON s.id = c.site_id WHERE s.parent_id IS NULL AND c.slug = '${slug}'`);
}

function articleForm(title, category, extra = {}) {
  return {
    tieu_de: title, chuyen_muc: category, the_loai: 'tin-ngan',
    tom_tat: 'Tóm tắt bài kiểm thử quy trình duyệt.', noi_dung: '<p>Nội dung bài viết kiểm thử quy trình duyệt tin.</p>',
    tac_gia: 'Người kiểm thử', ...extra,
  };
}

test('the sign-in form has the labels staff expect, and bad passwords are refused', async () => {
  const s = new Staff();
  const form = await s.get('/admin/dang-nhap');
  assert.equal(form.status, 200);
  assert.match(form.text, /<label for="ten_dang_nhap">Tên đăng nhập<\/label>/);
  assert.match(form.text, /<label for="mat_khau">Mật khẩu<\/label>/);
  assert.match(form.text, /<button type="submit" class="button">Đăng nhập<\/button>/);
  assert.match(form.headers.get('cache-control'), /no-store/);
  await assertValidHtml(form.text, 'sign-in');
  const bad = await s.signIn('thuky', 'sai-mat-khau-roi');
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Tên đăng nhập hoặc mật khẩu không đúng/);
  assert.match(bad.text, /value="thuky"/, 'keeps what was typed');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'signin.fail' AND detail = 'username=thuky'`)) >= 1);
});

test('a session cookie is HttpOnly and SameSite, kept only as a hash; sign-out ends it', async () => {
  const s = new Staff();
  const res = await s.signIn('congtacvien');
  assert.equal(res.status, 303);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('eduportal_session='));
  assert.match(cookie, /^eduportal_session=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Lax/);
  const token = cookie.split(';')[0].split('=')[1];
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE token_hash = '${token}'`), '0', 'the token is not stored');
  const home = await s.get('/admin');
  assert.equal(home.status, 200);
  assert.match(home.text, /Bảng điều khiển/);
  const out = await s.post('/admin/dang-xuat', {});
  assert.equal(out.status, 303);
  const after = await fetch(`${BASE}/admin`, { redirect: 'manual', headers: { Cookie: `eduportal_session=${token}` } });
  assert.equal(after.status, 303, 'the old cookie no longer works');
  assert.match(after.headers.get('location'), /^\/admin\/dang-nhap\?tiep=/);
});

test('state-changing requests need the CSRF token, the same origin and a session', async () => {
  const s = new Staff();
  await s.signIn('congtacvien');
  const form = articleForm('Bài thử không có mã CSRF', officeCategory('tin-giao-duc'), { thao_tac: 'save' });
  const before = sqlValue('SELECT COUNT(*) FROM articles');
  const noToken = await s.post('/admin/bai-viet/moi', { ...form, _csrf: 'sai' });
  assert.equal(noToken.status, 403);
  const otherSite = await s.post('/admin/bai-viet/moi', form, { origin: 'https://ke-gian.example' });
  assert.equal(otherSite.status, 403);
  const anonymous = await new Staff().post('/admin/bai-viet/moi', form, { csrf: false });
  assert.equal(anonymous.status, 403);
  assert.equal(sqlValue('SELECT COUNT(*) FROM articles'), before, 'nothing saved');
});

test('the full chain: contributor writes, secretary forwards, delegated board member approves, it is public', async () => {
  const title = `Hội thảo chuyển đổi số trong dạy học ${Date.now()}`;
  const writer = new Staff();
  await writer.signIn('congtacvien');
  const created = await writer.post('/admin/bai-viet/moi', articleForm(title, officeCategory('tin-giao-duc'), {
    thao_tac: 'submit', noi_dung: '<p class="MsoNormal" style="mso-line-height:1">Nội dung <b>đậm</b><script>alert(1)</script><img src=x onerror=alert(2)></p>',
  }));
  assert.equal(created.status, 303);
  const id = created.headers.get('location').match(/bai-viet\/(\d+)/)[1];
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'submitted');
  const body = sqlValue(`SELECT body FROM articles WHERE id = ${id}`);
  assert.doesNotMatch(body, /script|onerror|mso-|class=/i, 'sanitised on save');
  assert.match(body, /<strong>đậm<\/strong>/);

  const secretary = new Staff();
  await secretary.signIn('thuky');
  const page = await secretary.get(`/admin/bai-viet/${id}`);
  assert.match(page.text, /value="forward"[^>]*>Chuyển duyệt</);
  assert.doesNotMatch(page.text, /value="approve"/, 'the secretary does not approve');
  const fwd = await secretary.post(`/admin/bai-viet/${id}`, articleForm(title, officeCategory('tin-giao-duc'), { thao_tac: 'forward' }));
  assert.equal(fwd.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'forwarded');

  const board = new Staff();
  await board.signIn('uyvien');
  const ok = await board.post(`/admin/bai-viet/${id}`, articleForm(title, officeCategory('tin-giao-duc'), { thao_tac: 'approve' }));
  assert.equal(ok.status, 303);
  const [status, slug] = sql(`SELECT status, slug FROM articles WHERE id = ${id}`)[0];
  assert.equal(status, 'published');
  const pub = await get(`/bai-viet/${id}-${slug}`);
  assert.equal(pub.status, 200);
  assert.ok(pub.text.includes(title));
  const steps = sql(`SELECT action, from_status, to_status FROM article_events WHERE article_id = ${id} ORDER BY id`);
  assert.deepEqual(steps, [['submit', 'draft', 'submitted'], ['forward', 'submitted', 'forwarded'], ['approve', 'forwarded', 'published']]);
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE object_type = 'article' AND object_id = ${id}`)) >= 3);
});

test('a return needs a reason; the author sees it, fixes the article and resubmits', async () => {
  const title = `Kế hoạch tổ chức hội giảng cấp huyện ${Date.now()}`;
  const writer = new Staff();
  await writer.signIn('congtacvien');
  const created = await writer.post('/admin/bai-viet/moi', articleForm(title, officeCategory('tin-giao-duc'), { thao_tac: 'submit' }));
  const id = created.headers.get('location').match(/bai-viet\/(\d+)/)[1];
  const secretary = new Staff();
  await secretary.signIn('thuky');
  const noReason = await secretary.post(`/admin/bai-viet/${id}`, articleForm(title, officeCategory('tin-giao-duc'), { thao_tac: 'return' }));
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /vui lòng chọn lý do/);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'submitted', 'nothing changed');
  const ret = await secretary.post(`/admin/bai-viet/${id}`, articleForm(title, officeCategory('tin-giao-duc'), {
    thao_tac: 'return', ly_do: 'e', ghi_chu: 'Bổ sung số liệu về số giáo viên tham gia.',
  }));
  assert.equal(ret.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'returned');
  const seen = await writer.get(`/admin/bai-viet/${id}`);
  assert.match(seen.text, /Thông tin không bảo đảm chất lượng/);
  assert.match(seen.text, /Bổ sung số liệu về số giáo viên tham gia\./);
  const fixed = await writer.post(`/admin/bai-viet/${id}`, articleForm(title, officeCategory('tin-giao-duc'), {
    thao_tac: 'submit', noi_dung: '<p>Có 120 giáo viên tham gia hội giảng.</p>',
  }));
  assert.equal(fixed.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'submitted');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM article_revisions WHERE article_id = ${id}`), '2');
  const history = await writer.get(`/admin/bai-viet/${id}/lich-su`);
  assert.match(history.text, /<ins>[^<]*120/);
});

test('a board member cannot approve a category not delegated to them, nor a repost', async () => {
  const title = `Thông báo lịch thi học kỳ ${Date.now()}`;
  const cat = officeCategory('thong-bao');
  const writer = new Staff();
  await writer.signIn('congtacvien');
  const created = await writer.post('/admin/bai-viet/moi', articleForm(title, cat, { thao_tac: 'submit' }));
  const id = created.headers.get('location').match(/bai-viet\/(\d+)/)[1];
  const secretary = new Staff();
  await secretary.signIn('thuky');
  await secretary.post(`/admin/bai-viet/${id}`, articleForm(title, cat, { thao_tac: 'forward' }));
  const board = new Staff();
  await board.signIn('uyvien');
  const page = await board.get(`/admin/bai-viet/${id}`);
  assert.doesNotMatch(page.text, /value="approve"/, 'no approve button');
  const denied = await board.post(`/admin/bai-viet/${id}`, articleForm(title, cat, { thao_tac: 'approve' }));
  assert.equal(denied.status, 403);
  assert.match(denied.text, /không được giao duyệt chuyên mục/);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${id}`), 'forwarded');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'article.denied' AND object_id = ${id}`)) >= 1);
  // The deputy approves it, on a set time: it appears when due.
  const deputy = new Staff();
  await deputy.signIn('phoban');
  const soon = new Date(Date.now() + 7 * 3600 * 1000 + 90 * 1000);  // Vietnam time, 1.5 minutes ahead
  const local = soon.toISOString().slice(0, 16);
  const approved = await deputy.post(`/admin/bai-viet/${id}`, articleForm(title, cat, { thao_tac: 'approve', dang_luc: local }));
  assert.equal(approved.status, 303);
  const slug = sqlValue(`SELECT slug FROM articles WHERE id = ${id}`);
  assert.equal((await get(`/bai-viet/${id}-${slug}`)).status, 404, 'not before its time');
  sql(`UPDATE articles SET published_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE id = ${id}`);
  assert.equal((await get(`/bai-viet/${id}-${slug}`)).status, 200, 'at its time, with no cron job');
  // A repost needs the editor-in-chief.
  const repostTitle = `Đăng lại: Bộ hướng dẫn nhiệm vụ năm học ${Date.now()}`;
  const rep = await writer.post('/admin/bai-viet/moi', articleForm(repostTitle, officeCategory('tin-giao-duc'), {
    thao_tac: 'submit', nguon: 'Cổng TTĐT Bộ GD&ĐT', nguon_url: 'https://moet.gov.vn/tin-tuc',
  }));
  const rid = rep.headers.get('location').match(/bai-viet\/(\d+)/)[1];
  await secretary.post(`/admin/bai-viet/${rid}`, articleForm(repostTitle, officeCategory('tin-giao-duc'), { thao_tac: 'forward', nguon: 'Cổng TTĐT Bộ GD&ĐT' }));
  const byBoard = await board.post(`/admin/bai-viet/${rid}`, articleForm(repostTitle, officeCategory('tin-giao-duc'), { thao_tac: 'approve', nguon: 'Cổng TTĐT Bộ GD&ĐT' }));
  assert.equal(byBoard.status, 403);
  assert.match(byBoard.text, /chỉ Trưởng ban được duyệt/);
  const chief = new Staff();
  await chief.signIn('truongban');
  const byChief = await chief.post(`/admin/bai-viet/${rid}`, articleForm(repostTitle, officeCategory('tin-giao-duc'), { thao_tac: 'approve', nguon: 'Cổng TTĐT Bộ GD&ĐT' }));
  assert.equal(byChief.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${rid}`), 'published');
});

test('bad input keeps what was typed and saves nothing', async () => {
  const s = new Staff();
  await s.signIn('congtacvien');
  const before = sqlValue('SELECT COUNT(*) FROM articles');
  const res = await s.post('/admin/bai-viet/moi', articleForm('Ngắn', officeCategory('tin-giao-duc'), {
    thao_tac: 'save', tom_tat: "Tóm tắt giữ lại'; DROP TABLE articles; --",
  }));
  assert.equal(res.status, 422);
  assert.match(res.text, /Tiêu đề phải có ít nhất 5 ký tự/);
  assert.ok(res.text.includes('Tóm tắt giữ lại&#39;; DROP TABLE articles; --'), 'the typed summary is shown again, escaped');
  assert.equal(sqlValue('SELECT COUNT(*) FROM articles'), before);
  // A category of another site is refused.
  const foreign = sqlValue(`SELECT id FROM categories WHERE site_id <> (SELECT id FROM sites WHERE parent_id IS NULL) LIMIT 1`);
  const other = await s.post('/admin/bai-viet/moi', articleForm('Bài thử sai chuyên mục', foreign, { thao_tac: 'save' }));
  assert.equal(other.status, 422);
  assert.match(other.text, /Chuyên mục không thuộc trang/);
});

test('sign-in slows down after repeated failures, then locks, with a Vietnamese time to retry', async () => {
  const USER = `kiemthu-khoa-${Date.now() % 1000000}`;
  const r = spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', path.join(STACK, 'eduportal.conf'),
    'user', 'add', '--username', USER, '--name', 'Người Thử Khóa'], { input: 'mat-khau-that-dai-1\n', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const s = new Staff();
  let res;
  for (let i = 0; i < 5; i += 1) res = await s.signIn(USER, `sai-${i}`);
  assert.match(res.text, /không đúng/);
  res = await s.signIn(USER, 'mat-khau-that-dai-1');
  assert.equal(res.status, 422, 'even the right password waits');
  assert.match(res.text, /Vui lòng đợi \d+ giây rồi thử lại \(sau \d{2}:\d{2}\)/);
  sql(`UPDATE signin_attempts SET at = at - INTERVAL 40 SECOND WHERE username = '${USER}'`);
  for (let i = 0; i < 5; i += 1) {
    await s.signIn(USER, `sai-nua-${i}`);
    sql(`UPDATE signin_attempts SET at = at - INTERVAL 40 SECOND WHERE username = '${USER}'`);
  }
  res = await s.signIn(USER, 'mat-khau-that-dai-1');
  assert.match(res.text, /Tài khoản tạm khóa do đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d{2}:\d{2}\./);
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'signin.throttled' AND detail = 'username=${USER}'`)) >= 1);
  sql(`DELETE FROM signin_attempts WHERE username = '${USER}'`);
});

test('the audit log is for the administrator and the editor-in-chief, filterable', async () => {
  const chief = new Staff();
  await chief.signIn('truongban');
  const log = await chief.get('/admin/nhat-ky?thao-tac=signin');
  assert.equal(log.status, 200);
  assert.match(log.text, /signin\.ok/);
  assert.doesNotMatch(log.text, /<td>article\./, 'filtered by action');
  const writer = new Staff();
  await writer.signIn('congtacvien');
  assert.equal((await writer.get('/admin/nhat-ky')).status, 403);
});

test('admin pages are valid HTML and never cached', async () => {
  const s = new Staff();
  await s.signIn('thuky');
  for (const p of ['/admin', '/admin/bai-viet', '/admin/bai-viet/moi', '/admin/mat-khau']) {
    const res = await s.get(p);
    assert.equal(res.status, 200, p);
    assert.match(res.headers.get('cache-control'), /no-store/, p);
    await assertValidHtml(res.text, p);
  }
  await sleep(1);
});

// RFC 6238 code of a Base32 secret at a unix time (an authenticator app, in the test).
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

test('TOTP: set up with a QR code, then sign-in asks for the code; a recovery code works once', async () => {
  const user = `kiemthu-2fa-${Date.now() % 1000000}`;
  const r = spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', path.join(STACK, 'eduportal.conf'),
    'user', 'add', '--username', user, '--name', 'Người Thử Hai Lớp', '--role', 'cong-tac-vien@phong-gddt'],
  { input: 'mat-khau-hai-lop-12\n', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const s = new Staff();
  assert.equal((await s.signIn(user, 'mat-khau-hai-lop-12')).status, 303);
  const setup = await s.get('/admin/bao-mat');
  assert.match(setup.text, /<svg[^>]*role="img"/, 'QR code as SVG');
  const secret = setup.text.match(/Nhập khóa: <code>([A-Z2-7]+)<\/code>/)[1];
  const wrong = await s.post('/admin/bao-mat', { ma: '000000' === totp(secret) ? '111111' : '000000' });
  assert.equal(wrong.status, 422);
  const enabled = await s.post('/admin/bao-mat', { ma: totp(secret) });
  assert.equal(enabled.status, 200);
  const codes = [...enabled.text.matchAll(/<code>([A-Z2-9]{5}-[A-Z2-9]{5})<\/code>/g)].map((m) => m[1]);
  assert.equal(codes.length, 10);
  await s.post('/admin/dang-xuat', {});

  const again = new Staff();
  const first = await again.signIn(user, 'mat-khau-hai-lop-12');
  assert.equal(first.status, 303);
  assert.match(first.headers.get('location'), /^\/admin\/xac-thuc/);
  assert.equal((await again.get('/admin/bai-viet')).status, 303, 'nothing before the second factor');
  const form = await again.get('/admin/xac-thuc');
  again.csrf = form.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
  const bad = await again.post('/admin/xac-thuc', { ma: '12345x' });
  assert.equal(bad.status, 422);
  // The step just used at setup is spent: the next one (or the same step, if time moved on) works.
  const ok = await again.post('/admin/xac-thuc', { ma: totp(secret, Date.now() / 1000 + 30) });
  assert.equal(ok.status, 303);
  assert.equal((await again.get('/admin/bai-viet')).status, 200);

  const third = new Staff();
  await third.signIn(user, 'mat-khau-hai-lop-12');
  const form3 = await third.get('/admin/xac-thuc');
  third.csrf = form3.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
  assert.equal((await third.post('/admin/xac-thuc', { ma_du_phong: codes[0].toLowerCase() })).status, 303);
  const fourth = new Staff();
  await fourth.signIn(user, 'mat-khau-hai-lop-12');
  const form4 = await fourth.get('/admin/xac-thuc');
  fourth.csrf = form4.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
  assert.equal((await fourth.post('/admin/xac-thuc', { ma_du_phong: codes[0] })).status, 422, 'used once only');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action IN ('totp.ok', 'totp.fail', 'totp.enable')`)) >= 4);
});
