// Account administration over HTTP (/admin/tai-khoan): accounts made with a one-time
// password that must be changed first, roles per site and who may grant them, lock,
// posting rights, delegations, CSRF, escaping, the audit log and its filters, and the demo
// password refused outside demo mode (a second admin.fcgi with demo_mode = false, spoken
// to over FastCGI, and portalctl).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { BASE, ROOT, STACK, assertValidHtml, sleep, sql, sqlValue } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const RUN = `${Date.now() % 1000000}`;
const started = [];
after(() => { for (const c of started) c.kill('SIGTERM'); });

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

  async signIn(username, password = PASSWORD) {
    const form = await this.get('/admin/dang-nhap');
    const token = form.text.match(/name="_csrf" value="([0-9a-f]+)"/)[1];
    const res = await this.post('/admin/dang-nhap', { _csrf: token, ten_dang_nhap: username, mat_khau: password }, { csrf: false });
    if (res.status === 303) {
      const page = await this.get(res.headers.get('location'));
      this.csrf = (page.text.match(/name="_csrf" value="([0-9a-f]{64})"/) || [])[1];
    }
    return res;
  }
}

const staff = async (username, password) => {
  const s = new Staff();
  const res = await s.signIn(username, password);
  assert.equal(res.status, 303, `${username} signs in`);
  return s;
};

const officeId = () => sqlValue('SELECT id FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1');
const schoolId = () => sqlValue('SELECT id FROM sites WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1');
const userId = (u) => sqlValue(`SELECT id FROM users WHERE username = '${u}'`);
const roles = (u, site) => sql(`SELECT role_code FROM user_roles WHERE user_id = ${userId(u)} AND site_id = ${site} ORDER BY role_code`).map((r) => r[0]);
const category = (slug) => sqlValue(`SELECT c.id FROM categories c JOIN sites s ON s.id = c.site_id WHERE s.parent_id IS NULL AND c.slug = '${slug}'`);

// Creates an account through the form; returns its id and one-time password.
async function createAccount(by, username, fullName, roleCodes, extra = {}) {
  const body = new URLSearchParams({ ten_dang_nhap: username, ho_ten: fullName, email: `${username}@truong.edu.vn`, ...extra });
  for (const r of roleCodes) body.append('vai_tro', r);
  body.set('_csrf', by.csrf);
  const res = await by.post('/admin/tai-khoan/moi', body);
  return res;
}

function oneTimePassword(html) {
  return (html.match(/<code class="one-time-password">([A-Z2-9-]+)<\/code>/) || [])[1];
}

test('the administrator creates an account; its one-time password must be changed at first sign-in', async () => {
  const admin = await staff('quantri');
  const form = await admin.get('/admin/tai-khoan/moi');
  assert.equal(form.status, 200);
  await assertValidHtml(form.text, '/admin/tai-khoan/moi');
  assert.match(form.text, /<label for="ho_ten">Họ và tên<\/label>/);
  const user = `kt-tao-${RUN}`;
  const res = await createAccount(admin, user, 'Nguyễn Văn Tạo', ['cong-tac-vien']);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('cache-control'), /no-store/);
  const otp = oneTimePassword(res.text);
  assert.match(otp, /^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  assert.equal(sqlValue(`SELECT must_change_password FROM users WHERE username = '${user}'`), '1');
  assert.deepEqual(roles(user, officeId()), ['cong-tac-vien']);
  assert.ok(!sqlValue(`SELECT password_hash FROM users WHERE username = '${user}'`).includes(otp), 'only a hash is kept');
  // The same name again keeps what was typed.
  const again = await createAccount(admin, user, 'Người Trùng Tên', ['cong-tac-vien']);
  assert.equal(again.status, 422);
  assert.match(again.text, /đã có người dùng/);
  assert.match(again.text, /value="Người Trùng Tên"/);
  const noRole = await createAccount(admin, `kt-khong-vai-${RUN}`, 'Không Vai Trò', []);
  assert.equal(noRole.status, 422);
  assert.match(noRole.text, /ít nhất một vai trò/);

  const fresh = new Staff();
  const signIn = await fresh.signIn(user, otp);
  assert.equal(signIn.status, 303);
  assert.equal(signIn.headers.get('location'), '/admin/mat-khau');
  const elsewhere = await fresh.get('/admin/bai-viet');
  assert.equal(elsewhere.status, 303, 'every page leads to the password change first');
  assert.equal(elsewhere.headers.get('location'), '/admin/mat-khau');
  const page = await fresh.get('/admin/mat-khau');
  assert.match(page.text, /mật khẩu dùng một lần/);
  const refused = await fresh.post('/admin/bai-viet/moi', { tieu_de: 'Bài trước khi đổi mật khẩu', thao_tac: 'save' });
  assert.equal(refused.status, 403);
  const changed = await fresh.post('/admin/mat-khau', { mat_khau_cu: otp, mat_khau_moi: 'mat-khau-moi-cua-toi-1', nhap_lai: 'mat-khau-moi-cua-toi-1' });
  assert.equal(changed.status, 200);
  assert.match(changed.text, /Đã đổi mật khẩu/);
  assert.equal(sqlValue(`SELECT must_change_password FROM users WHERE username = '${user}'`), '0');
  assert.equal((await fresh.get('/admin/bai-viet')).status, 200);
  const row = sql(`SELECT address, detail FROM audit_log WHERE action = 'account.create' AND object_id = ${userId(user)}`)[0];
  assert.equal(row[0], '127.0.0.1');
  assert.match(row[1], new RegExp(`username=${user} site=phong-gddt roles=cong-tac-vien`));
});

test('roles per site: the administrator grants a role on a school; nobody changes their own roles', async () => {
  const admin = await staff('quantri');
  const user = `kt-vaitro-${RUN}`;
  await createAccount(admin, user, 'Trần Thị Vai Trò', ['giao-vien']);
  const id = userId(user);
  const school = schoolId();
  const body = new URLSearchParams({ thao_tac: 'vai-tro', don_vi: school });
  body.append('vai_tro', 'dau-moi');
  body.append('vai_tro', 'thu-ky');
  const res = await admin.post(`/admin/tai-khoan/${id}`, body);
  assert.equal(res.status, 303);
  assert.deepEqual(roles(user, school), ['dau-moi', 'thu-ky']);
  assert.deepEqual(roles(user, officeId()), ['giao-vien'], 'the office roles are untouched');
  const shown = await admin.get(res.headers.get('location'));
  assert.match(shown.text, /Đã lưu vai trò/);
  assert.match(sqlValue(`SELECT detail FROM audit_log WHERE action = 'account.vai-tro' AND object_id = ${id} ORDER BY id DESC LIMIT 1`),
    /before=\(không\) after=dau-moi,thu-ky/);
  // Own roles and own lock: refused.
  const self = await admin.post(`/admin/tai-khoan/${userId('quantri')}`, { thao_tac: 'khoa' });
  assert.equal(self.status, 403);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE username = 'quantri'`), '0');
});

test('the editor-in-chief manages their site only and never grants quan-tri', async () => {
  const chief = await staff('truongban');
  const user = `kt-truongban-${RUN}`;
  const made = await createAccount(chief, user, 'Lê Văn Được Tạo', ['thu-ky']);
  assert.equal(made.status, 200);
  const id = userId(user);
  const grant = async (site, codes) => {
    const body = new URLSearchParams({ thao_tac: 'vai-tro', don_vi: site });
    for (const c of codes) body.append('vai_tro', c);
    return chief.post(`/admin/tai-khoan/${id}`, body);
  };
  const admin = await grant(officeId(), ['thu-ky', 'quan-tri']);
  assert.equal(admin.status, 403);
  assert.match(admin.text, /Chỉ quản trị viên hệ thống được cấp vai trò quản trị/);
  const other = await grant(schoolId(), ['thu-ky']);
  assert.equal(other.status, 403);
  assert.deepEqual(roles(user, officeId()), ['thu-ky'], 'nothing changed');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM user_roles WHERE user_id = ${id} AND site_id <> ${officeId()}`), '0');
  assert.equal((await createAccount(chief, `kt-qt-${RUN}`, 'Muốn Làm Quản Trị', ['quan-tri'])).status, 403);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM users WHERE username = 'kt-qt-${RUN}'`), '0');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'account.denied' AND object_id = ${id}`)) >= 2);
  // The system administrator's account is not theirs to lock.
  const lockAdmin = await chief.post(`/admin/tai-khoan/${userId('quantri')}`, { thao_tac: 'khoa' });
  assert.equal(lockAdmin.status, 403);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE username = 'quantri'`), '0');
  // Other roles on their own site are fine.
  assert.equal((await grant(officeId(), ['thu-ky', 'cong-tac-vien'])).status, 303);
  assert.deepEqual(roles(user, officeId()), ['cong-tac-vien', 'thu-ky']);
  // Staff without the role see nothing of it.
  const writer = await staff('congtacvien');
  assert.equal((await writer.get('/admin/tai-khoan')).status, 403);
  assert.equal((await writer.post(`/admin/tai-khoan/${id}`, { thao_tac: 'khoa' })).status, 403);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE id = ${id}`), '0');
});

test('a locked account cannot sign in and its sessions end; unlocking lets it back', async () => {
  const admin = await staff('quantri');
  const user = `kt-khoa-${RUN}`;
  const otp = oneTimePassword((await createAccount(admin, user, 'Phạm Văn Khóa', ['giao-vien'])).text);
  const id = userId(user);
  const person = await staff(user, otp);
  assert.equal((await person.get('/admin/mat-khau')).status, 200);
  const locked = await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'khoa' });
  assert.equal(locked.status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`), '0');
  assert.equal((await person.get('/admin/mat-khau')).status, 303, 'the open session has ended');
  const again = await new Staff().signIn(user, otp);
  assert.equal(again.status, 422);
  assert.match(again.text, /Tài khoản đã bị khóa\. Vui lòng liên hệ quản trị viên\./);
  const list = await admin.get('/admin/tai-khoan?khoa=1');
  assert.ok(list.text.includes(user), 'the locked filter lists it');
  assert.equal((await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'mo-khoa' })).status, 303);
  assert.equal((await new Staff().signIn(user, otp)).status, 303);
  // Reset: a new one-time password; the old one no longer works; sessions end.
  const reset = await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'dat-lai-mat-khau' });
  assert.equal(reset.status, 200);
  const otp2 = oneTimePassword(reset.text);
  assert.ok(otp2 && otp2 !== otp);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`), '0');
  assert.equal((await new Staff().signIn(user, otp)).status, 422);
  assert.equal((await new Staff().signIn(user, otp2)).headers.get('location'), '/admin/mat-khau');
  // Signing out everywhere.
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`)) >= 1);
  assert.equal((await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'dang-xuat-tat-ca' })).status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`), '0');
  const actions = sql(`SELECT action FROM audit_log WHERE object_type = 'user' AND object_id = ${id} ORDER BY id`).map((r) => r[0]);
  for (const a of ['account.create', 'account.khoa', 'signin.locked', 'account.mo-khoa', 'account.dat-lai-mat-khau', 'account.dang-xuat-tat-ca']) {
    assert.ok(actions.includes(a), `${a} in ${actions}`);
  }
});

test('revoked posting rights refuse "Gửi duyệt"; restored, they work', async () => {
  const admin = await staff('quantri');
  const user = `kt-thuhoi-${RUN}`;
  const otp = oneTimePassword((await createAccount(admin, user, 'Đỗ Thị Thu Hồi', ['cong-tac-vien'])).text);
  const id = userId(user);
  const writer = await staff(user, otp);
  await writer.post('/admin/mat-khau', { mat_khau_cu: otp, mat_khau_moi: 'mat-khau-viet-bai-1', nhap_lai: 'mat-khau-viet-bai-1' });
  assert.equal((await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'thu-hoi' })).status, 303);
  const article = {
    tieu_de: `Bài của người bị thu hồi quyền ${RUN}`, chuyen_muc: category('tin-giao-duc'), the_loai: 'tin-ngan',
    tom_tat: 'Tóm tắt.', noi_dung: '<p>Nội dung.</p>', thao_tac: 'submit',
  };
  const before = sqlValue('SELECT COUNT(*) FROM articles');
  const refused = await writer.post('/admin/bai-viet/moi', article);
  assert.equal(refused.status, 403);
  assert.equal(sqlValue('SELECT COUNT(*) FROM articles'), before);
  assert.equal((await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'khoi-phuc' })).status, 303);
  const ok = await writer.post('/admin/bai-viet/moi', article);
  assert.equal(ok.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE title = '${article.tieu_de}'`), 'submitted');
});

test('a category delegated to a new board member lets them approve it', async () => {
  const chief = await staff('truongban');
  const user = `kt-uyvien-${RUN}`;
  const otp = oneTimePassword((await createAccount(chief, user, 'Vũ Văn Ủy Viên', ['uy-vien'])).text);
  const id = userId(user);
  const cat = category('thong-bao');
  const page = await chief.get(`/admin/tai-khoan/${id}`);
  assert.match(page.text, /Chuyên mục giao duyệt/);
  const foreign = sqlValue(`SELECT id FROM categories WHERE site_id <> ${officeId()} LIMIT 1`);
  const bad = new URLSearchParams({ thao_tac: 'uy-quyen', chuyen_muc: foreign });
  assert.equal((await chief.post(`/admin/tai-khoan/${id}`, bad)).status, 422);
  const body = new URLSearchParams({ thao_tac: 'uy-quyen', chuyen_muc: cat });
  assert.equal((await chief.post(`/admin/tai-khoan/${id}`, body)).status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM category_delegations WHERE user_id = ${id}`), '1');

  const title = `Thông báo tuyển sinh lớp 6 ${RUN}`;
  const form = { tieu_de: title, chuyen_muc: cat, the_loai: 'tin-ngan', tom_tat: 'Tóm tắt.', noi_dung: '<p>Nội dung thông báo.</p>' };
  const writer = await staff('congtacvien');
  const created = await writer.post('/admin/bai-viet/moi', { ...form, thao_tac: 'submit' });
  const article = created.headers.get('location').match(/bai-viet\/(\d+)/)[1];
  const secretary = await staff('thuky');
  assert.equal((await secretary.post(`/admin/bai-viet/${article}`, { ...form, thao_tac: 'forward' })).status, 303);
  const board = await staff(user, otp);
  await board.post('/admin/mat-khau', { mat_khau_cu: otp, mat_khau_moi: 'mat-khau-uy-vien-1', nhap_lai: 'mat-khau-uy-vien-1' });
  const approved = await board.post(`/admin/bai-viet/${article}`, { ...form, thao_tac: 'approve' });
  assert.equal(approved.status, 303);
  assert.equal(sqlValue(`SELECT status FROM articles WHERE id = ${article}`), 'published');
  // Taking the board member role away takes the delegation with it.
  const body2 = new URLSearchParams({ thao_tac: 'vai-tro', don_vi: officeId(), vai_tro: 'giao-vien' });
  assert.equal((await chief.post(`/admin/tai-khoan/${id}`, body2)).status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM category_delegations WHERE user_id = ${id}`), '0');
});

test('without the CSRF token nothing changes', async () => {
  const admin = await staff('quantri');
  const id = userId('giaovien');
  const res = await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'khoa', _csrf: 'sai' });
  assert.equal(res.status, 403);
  const none = await admin.post(`/admin/tai-khoan/${id}`, { thao_tac: 'khoa' }, { csrf: false });
  assert.equal(none.status, 403);
  const body = new URLSearchParams({ ten_dang_nhap: `kt-csrf-${RUN}`, ho_ten: 'Không Có Mã', vai_tro: 'giao-vien' });
  assert.equal((await admin.post('/admin/tai-khoan/moi', body, { csrf: false })).status, 403);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE id = ${id}`), '0');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM users WHERE username = 'kt-csrf-${RUN}'`), '0');
});

test('a full name with markup is shown escaped', async () => {
  const admin = await staff('quantri');
  const user = `kt-xss-${RUN}`;
  const name = `<script>alert(1)</script><img src=x onerror=alert(2)> Hồ "Xuân" ${RUN}`;
  const res = await createAccount(admin, user, name, ['giao-vien']);
  assert.equal(res.status, 200);
  const list = await admin.get(`/admin/tai-khoan?tim=${encodeURIComponent(RUN)}`);
  const detail = await admin.get(`/admin/tai-khoan/${userId(user)}`);
  for (const page of [res.text, list.text, detail.text]) {
    assert.ok(!page.includes('<script>alert(1)'), 'no raw script');
    assert.ok(!page.includes('<img src=x'), 'no raw img');
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped');
  }
  await assertValidHtml(list.text, '/admin/tai-khoan');
  await assertValidHtml(detail.text, '/admin/tai-khoan/:id');
  // Search and role filter.
  assert.ok(list.text.includes(user));
  const byRole = await admin.get('/admin/tai-khoan?vai-tro=uy-vien');
  assert.ok(byRole.text.includes('uyvien') && !byRole.text.includes('>congtacvien<'));
  const sqlish = await admin.get(`/admin/tai-khoan?tim=${encodeURIComponent("' OR 1=1 -- %")}`);
  assert.equal(sqlish.status, 200);
  assert.match(sqlish.text, /Không có tài khoản nào phù hợp/);
});

test('the audit log: who, from where and what; filters by account, action, site and dates; pages', async () => {
  const admin = await staff('quantri');
  const chief = await staff('truongban');
  const mine = await chief.get('/admin/nhat-ky?thao-tac=account.');
  assert.equal(mine.status, 200);
  await assertValidHtml(mine.text, '/admin/nhat-ky');
  assert.match(mine.text, /<td>account\.create<\/td>/);
  assert.doesNotMatch(mine.text, /<td>signin\./, 'filtered by action prefix');
  assert.match(mine.text, /<td>127\.0\.0\.1<\/td>/, 'from where');
  const byUser = await chief.get(`/admin/nhat-ky?nguoi-dung=kt-khoa-${RUN}`);
  assert.match(byUser.text, /signin\.locked/, 'the account acted on, too');
  assert.match(byUser.text, /locked=1, sessions ended/, 'what changed');
  const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  const inRange = await chief.get(`/admin/nhat-ky?thao-tac=account.&tu-ngay=${today}&den-ngay=${today}`);
  assert.match(inRange.text, /<td>account\.create<\/td>/);
  const past = await chief.get('/admin/nhat-ky?thao-tac=account.&tu-ngay=2020-01-01&den-ngay=2020-01-31');
  assert.doesNotMatch(past.text, /<td>account\./);
  assert.match(past.text, /Không có mục nào phù hợp/);
  const bad = await chief.get('/admin/nhat-ky?tu-ngay=2026-02-31');
  assert.equal(bad.status, 422);
  assert.match(bad.text, /không hợp lệ/);
  // The editor-in-chief sees their site only; the administrator any, or all.
  const school = sqlValue(`SELECT slug FROM sites WHERE id = ${schoolId()}`);
  assert.equal((await chief.get(`/admin/nhat-ky?don-vi=${school}`)).status, 403);
  assert.equal((await admin.get(`/admin/nhat-ky?don-vi=${school}`)).status, 200);
  const all = await admin.get('/admin/nhat-ky?don-vi=tat-ca&thao-tac=password.reset');
  assert.equal(all.status, 200);
  assert.equal((await (await staff('giaovien')).get('/admin/nhat-ky')).status, 403);
  // Keyset pages: the next page starts below the last id shown.
  for (let i = 0; i < 3; i += 1) sql(`INSERT INTO audit_log (user_id, site_id, address, action, object_type, detail) SELECT id, ${officeId()}, '10.0.0.${i}', 'kiemthu.trang.${RUN}', '', 'trang ${i}' FROM users WHERE username = 'quantri'`);
  sql(`INSERT INTO audit_log (user_id, site_id, address, action, object_type, detail) SELECT u.id, ${officeId()}, '10.0.1.1', 'kiemthu.trang.${RUN}', '', CONCAT('loat ', s.seq) FROM users u, seq_1_to_101 s WHERE u.username = 'quantri'`);
  const first = await admin.get(`/admin/nhat-ky?thao-tac=kiemthu.trang.${RUN}`);
  const more = first.text.match(/href="([^"]*truoc=\d+[^"]*)"/);
  assert.ok(more, 'a link to older entries');
  const second = await admin.get(more[1].replace(/&amp;/g, '&'));
  assert.match(second.text, /trang 0/);
  assert.doesNotMatch(second.text, /loat 101</, 'the newest are on the first page only');
  assert.match(first.text, /loat 101</);
  sql(`DELETE FROM audit_log WHERE action = 'kiemthu.trang.${RUN}'`);
});

test('the demo password is refused outside demo mode: over HTTP and by portalctl', async () => {
  const admin = await staff('quantri');
  const user = `kt-demo-${RUN}`;
  const otp = oneTimePassword((await createAccount(admin, user, 'Thử Mật Khẩu Demo', ['giao-vien'])).text);
  const person = await staff(user, otp);
  // A second admin.fcgi on the same database, with demo_mode = false.
  const conf = path.join(STACK, 'not-demo-admin.conf');
  fs.writeFileSync(conf, fs.readFileSync(path.join(STACK, 'eduportal.conf'), 'utf8').replace('demo_mode = true', 'demo_mode = false'));
  const sock = path.join(STACK, 'run', 'admin-not-demo.sock');
  const child = spawn(path.join(ROOT, 'build/bin/admin.fcgi'), ['--config', conf, '--socket', sock], { stdio: 'ignore' });
  started.push(child);
  for (let i = 0; i < 100 && !fs.existsSync(sock); i += 1) await sleep(50);
  assert.ok(fs.existsSync(sock), 'the second admin.fcgi listens');
  const host = new URL(BASE).host;
  const body = new URLSearchParams({ _csrf: person.csrf, mat_khau_cu: otp, mat_khau_moi: PASSWORD, nhap_lai: PASSWORD }).toString();
  const out = execFileSync('cgi-fcgi', ['-bind', '-connect', sock], {
    env: {
      REQUEST_METHOD: 'POST', REQUEST_URI: '/admin/mat-khau', HTTP_HOST: host, REMOTE_ADDR: '127.0.0.1',
      HTTP_SEC_FETCH_SITE: 'same-origin', HTTP_COOKIE: person.cookieHeader(),
      CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)),
    },
    input: body, encoding: 'utf8',
  });
  assert.match(out, /^Status: 422/m);
  assert.match(out, /Không được dùng mật khẩu của tài khoản trình diễn/);
  assert.equal(sqlValue(`SELECT must_change_password FROM users WHERE username = '${user}'`), '1', 'nothing changed');
  // The demo stack itself (demo mode) accepts it, so the refusal is the mode's.
  const ok = await person.post('/admin/mat-khau', { mat_khau_cu: otp, mat_khau_moi: PASSWORD, nhap_lai: PASSWORD });
  assert.equal(ok.status, 200);
  // portalctl: neither a new account nor a reset takes it.
  const ctl = (args) => spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', conf, ...args], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  const add = ctl(['user', 'add', '--username', `kt-demo2-${RUN}`, '--name', 'Không Được Tạo']);
  assert.equal(add.status, 1);
  assert.match(add.stderr, /chỉ được dùng ở chế độ demo/);
  const passwd = ctl(['user', 'passwd', '--username', user]);
  assert.equal(passwd.status, 1);
  assert.match(passwd.stderr, /chỉ được dùng ở chế độ demo/);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM users WHERE username = 'kt-demo2-${RUN}'`), '0');
});
