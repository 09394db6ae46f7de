// The shared plumbing of uploads and mail: the outbox sender (`portalctl mail --follow`,
// started by the stack) delivers a queued mail through the configured sendmail command
// (here the stand-in that writes files into $EDUPORTAL_STACK/mail), and private files are
// never reachable by URL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { STACK, get, lit, sleep, sql, sqlValue } from './lib.mjs';

function mailFiles() {
  const dir = path.join(STACK, 'mail');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => path.join(dir, f)) : [];
}

test('a queued mail is delivered within seconds and marked sent', async () => {
  const marker = `outbox-test-${Date.now()}`;
  sql(`INSERT INTO mail_outbox (site_id, kind, recipient, subject, body)
       VALUES (1, 'test', 'phuhuynh@example.vn', ${lit('Thư thử: trả lời góp ý')}, ${lit(`Xin chào ${marker}\n`)})`);
  const id = sqlValue('SELECT MAX(id) FROM mail_outbox');
  let file;
  for (let i = 0; i < 50 && !file; ++i) {
    file = mailFiles().find((f) => fs.readFileSync(f, 'utf8').includes(marker));
    if (!file) await sleep(200);
  }
  assert.ok(file, 'the mail file was written');
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /^To: phuhuynh@example\.vn$/m);
  assert.match(text, /^Subject: =\?UTF-8\?B\?/m);
  assert.match(text, /^Content-Type: text\/plain; charset=utf-8$/m);
  for (let i = 0; i < 20 && sqlValue(`SELECT sent_at IS NOT NULL FROM mail_outbox WHERE id = ${id}`) !== '1'; ++i) await sleep(100);
  assert.equal(sqlValue(`SELECT sent_at IS NOT NULL FROM mail_outbox WHERE id = ${id}`), '1');
  sql(`DELETE FROM mail_outbox WHERE id = ${id}`);
  fs.unlinkSync(file);
});

test('private files are not reachable by URL', async () => {
  const dir = path.join(STACK, 'data/private/test');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'secret.pdf'), '%PDF-1.4 content-of-a-private-file');
  try {
    for (const url of ['/_private/test/secret.pdf', '/uploads/../private/test/secret.pdf', '/_private/../private/test/secret.pdf']) {
      const res = await get(url);
      assert.notEqual(res.status, 200, url);
      assert.ok(!res.text.includes('content-of-a-private-file'), url);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
