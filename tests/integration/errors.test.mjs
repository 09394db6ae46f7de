// Error pages when the infrastructure breaks: a second portal.fcgi, spoken to directly
// over FastCGI (cgi-fcgi), against a database whose articles table is gone (500) and
// with a wrong database password (503). The pages are Vietnamese and leak nothing.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, STACK, sleep, sql } from './lib.mjs';

const conf = fs.readFileSync(path.join(STACK, 'eduportal.conf'), 'utf8');
const started = [];

async function startPortal(name, edit) {
  const confPath = path.join(STACK, `${name}.conf`);
  fs.writeFileSync(confPath, edit(conf));
  const sock = path.join(STACK, 'run', `${name}.sock`);
  const child = spawn(path.join(ROOT, 'build/bin/portal.fcgi'), ['--config', confPath, '--socket', sock],
    { stdio: 'ignore' });
  started.push(child);
  for (let i = 0; i < 100 && !fs.existsSync(sock); i += 1) await sleep(50);
  assert.ok(fs.existsSync(sock), `${name} listens`);
  return sock;
}

function fastcgi(sock, uri) {
  const out = execFileSync('cgi-fcgi', ['-bind', '-connect', sock], {
    env: { REQUEST_METHOD: 'GET', REQUEST_URI: uri, HTTP_HOST: '127.0.0.1', REMOTE_ADDR: '127.0.0.1' },
    encoding: 'utf8',
  });
  const [head, ...rest] = out.split('\r\n\r\n');
  const status = Number((head.match(/^Status: (\d+)/m) || [])[1]);
  return { status, head, body: rest.join('\r\n\r\n') };
}

before(() => {
  sql(`DROP DATABASE IF EXISTS eduportal_broken`);
  sql(`CREATE DATABASE eduportal_broken CHARACTER SET utf8mb4`);
  sql(`GRANT ALL PRIVILEGES ON eduportal_broken.* TO 'eduportal'@'localhost'`);
  for (const f of fs.readdirSync(path.join(ROOT, 'db/migrations')).sort()) {
    execFileSync('mariadb', ['--no-defaults', '-S', path.join(STACK, 'run/mysql.sock'), '-uroot', 'eduportal_broken'],
      { input: fs.readFileSync(path.join(ROOT, 'db/migrations', f)) });
  }
  sql(`INSERT INTO eduportal_broken.sites (slug, level_code, name, short_name)
       VALUES ('phong-hong', 'phong', 'Phòng Giáo dục và Đào tạo thử lỗi', 'Phòng GD&ĐT thử lỗi')`);
  sql(`SET FOREIGN_KEY_CHECKS = 0; DROP TABLE eduportal_broken.articles`);
});

after(() => {
  for (const c of started) c.kill('SIGTERM');
  sql(`DROP DATABASE IF EXISTS eduportal_broken`);
});

test('a server error shows a Vietnamese 500 page that leaks nothing', async () => {
  const sock = await startPortal('portal-broken', (c) => c.replace(/^name = eduportal$/m, 'name = eduportal_broken'));
  const res = fastcgi(sock, '/');
  assert.equal(res.status, 500);
  assert.match(res.body, /<html lang="vi">/);
  assert.match(res.body, /Đã có lỗi xảy ra/);
  assert.match(res.body, /Mã tra cứu: [0-9a-f]+-[0-9a-f]+/);
  for (const leak of ['articles', 'eduportal_broken', "doesn't exist", 'SELECT', 'Table']) {
    assert.ok(!res.body.includes(leak), `leaks "${leak}"`);
  }
  assert.doesNotMatch(res.head, /X-Accel-Expires/i, 'an error page is never cached');
  // Pages that do not touch the broken table still work.
  assert.equal(fastcgi(sock, '/danh-ba').status, 200);
});

test('an unreachable database gives a Vietnamese 503 page', async () => {
  const sock = await startPortal('portal-nodb', (c) => c.replace(/^user = eduportal$/m, 'user = khong_co_nguoi_nay'));
  const res = fastcgi(sock, '/');
  assert.equal(res.status, 503);
  assert.match(res.body, /<html lang="vi">/);
  assert.match(res.body, /Hệ thống đang bận/);
  assert.ok(!res.body.includes('khong_co_nguoi_nay'), 'leaks the user name');
  assert.ok(!res.body.includes('Access denied'), 'leaks the database error');
});
