// portalctl against the real database: migrations apply once, sites nest to any depth,
// accounts are created with roles, and the demo password is refused outside demo mode.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, STACK, get, sleep, sql, sqlValue } from './lib.mjs';

const CONF = path.join(STACK, 'eduportal.conf');

function portalctl(args, { input = '', conf = CONF } = {}) {
  const r = spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', conf, ...args],
    { input, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

test('migrate applies each migration once', () => {
  const r = portalctl(['migrate']);
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /migrate: 0 applied/);
  const files = fs.readdirSync(path.join(ROOT, 'db/migrations')).filter((f) => f.endsWith('.sql'));
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM schema_migrations')), files.length);
});

test('demo data loads only into an empty database', () => {
  const r = portalctl(['demo']);
  assert.equal(r.status, 1);
  assert.match(r.err, /chỉ nạp vào cơ sở dữ liệu trống/);
});

test('sites nest to any depth and appear under their parent', async () => {
  const school = sql(`SELECT slug, name FROM sites WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1`)[0];
  const r = portalctl(['site', 'add', '--name', 'Điểm trường Bản Thí nghiệm', '--level', 'khac', '--parent', school[0]]);
  assert.equal(r.status, 0, r.err);
  const slug = 'diem-truong-ban-thi-nghiem';
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sites WHERE slug = '${slug}'`), '1');
  let res;
  for (let i = 0; i < 40; i += 1) {  // the site list is reloaded every 5 seconds
    res = await get(`/don-vi/${school[0]}/don-vi`);
    if (res.text.includes(`/don-vi/${slug}/`)) break;
    await sleep(250);
  }
  assert.ok(res.text.includes(`/don-vi/${slug}/`), 'listed under its school');
  const page = await get(`/don-vi/${slug}/`);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes('Điểm trường Bản Thí nghiệm'));
  const dup = portalctl(['site', 'add', '--name', 'Điểm trường Bản Thí nghiệm', '--parent', school[0]]);
  assert.equal(dup.status, 1);
  assert.match(dup.err, /đã tồn tại/);
});

test('accounts are created with a scrypt hash and roles per site', () => {
  const office = sqlValue('SELECT slug FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1');
  const r = portalctl(['user', 'add', '--username', 'kiemthu1', '--name', 'Người Kiểm Thử', '--role', `thu-ky@${office}`],
    { input: 'mat-khau-rat-dai-123\n' });
  assert.equal(r.status, 0, r.err);
  assert.match(sqlValue(`SELECT password_hash FROM users WHERE username = 'kiemthu1'`), /^scrypt\$32768\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
  assert.equal(sqlValue(`SELECT role_code FROM user_roles ur JOIN users u ON u.id = ur.user_id WHERE u.username = 'kiemthu1'`), 'thu-ky');
  const short = portalctl(['user', 'add', '--username', 'kiemthu2', '--name', 'A'], { input: 'ngan\n' });
  assert.equal(short.status, 1);
  assert.match(short.err, /ít nhất 10 ký tự/);
  const badRole = portalctl(['user', 'add', '--username', 'kiemthu3', '--name', 'B', '--role', `vai-tro-la@${office}`],
    { input: 'mat-khau-rat-dai-123\n' });
  assert.equal(badRole.status, 1);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM users WHERE username = 'kiemthu3'`), '0', 'nothing half-saved');
});

test('the demo password is refused outside demo mode', () => {
  const conf = path.join(STACK, 'not-demo.conf');
  fs.writeFileSync(conf, fs.readFileSync(CONF, 'utf8').replace('demo_mode = true', 'demo_mode = false'));
  const r = portalctl(['user', 'add', '--username', 'kiemthu4', '--name', 'C'], { input: 'eduportal-demo\n', conf });
  assert.equal(r.status, 1);
  assert.match(r.err, /chế độ demo/);
  const demo = portalctl(['demo'], { conf });
  assert.equal(demo.status, 1);
});

test('the demo accounts exist with the demo password', () => {
  const names = sql('SELECT username FROM users').map((r) => r[0]);
  for (const u of ['quantri', 'truongban', 'phoban', 'uyvien', 'thuky', 'congtacvien', 'giaovien', 'vanthu']) {
    assert.ok(names.includes(u), u);
  }
  const schools = sql('SELECT slug FROM sites WHERE parent_id IS NOT NULL').map((r) => r[0]);
  for (const s of schools.filter((x) => x !== 'diem-truong-ban-thi-nghiem')) {
    assert.ok(names.includes(`daumoi-${s}`), `daumoi-${s}`);
  }
});

test('an administrator resets a password and locks an account; both end its sessions', () => {
  const user = `kiemthu-datlai-${Date.now() % 1000000}`;
  assert.equal(portalctl(['user', 'add', '--username', user, '--name', 'Người Đặt Lại'], { input: 'mat-khau-ban-dau-1\n' }).status, 0);
  const id = sqlValue(`SELECT id FROM users WHERE username = '${user}'`);
  sql(`INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES (SHA2('${user}', 256), ${id}, REPEAT('a', 64), UTC_TIMESTAMP() + INTERVAL 1 HOUR)`);
  const before = sqlValue(`SELECT password_hash FROM users WHERE id = ${id}`);
  const short = portalctl(['user', 'passwd', '--username', user], { input: 'ngan\n' });
  assert.equal(short.status, 1);
  const reset = portalctl(['user', 'passwd', '--username', user], { input: 'mat-khau-moi-dai-2\n' });
  assert.equal(reset.status, 0, reset.err);
  assert.notEqual(sqlValue(`SELECT password_hash FROM users WHERE id = ${id}`), before);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE user_id = ${id}`), '0');
  assert.equal(portalctl(['user', 'lock', '--username', user]).status, 0);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE id = ${id}`), '1');
  assert.equal(portalctl(['user', 'unlock', '--username', user]).status, 0);
  assert.equal(sqlValue(`SELECT locked FROM users WHERE id = ${id}`), '0');
  assert.equal(portalctl(['user', 'lock', '--username', 'khong-co-ai']).status, 1);
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action IN ('password.reset', 'user.lock', 'user.unlock') AND detail LIKE '%${user}'`)) >= 3);
});
