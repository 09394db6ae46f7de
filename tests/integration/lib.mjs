// Helpers for the integration tests: HTTP against the real stack started by
// scripts/check.sh (nginx + the FastCGI modules + MariaDB), SQL on its database, and an
// HTML5 validator.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

export const BASE = process.env.EDUPORTAL_URL;
export const STACK = process.env.EDUPORTAL_STACK;
export const ROOT = process.env.EDUPORTAL_ROOT;
if (!BASE || !STACK || !ROOT) {
  throw new Error('run through `make check` (EDUPORTAL_URL, EDUPORTAL_STACK, EDUPORTAL_ROOT unset)');
}

// GET (or another method) without following redirects.
export async function get(urlPath, { method = 'GET', headers = {}, body } = {}) {
  const res = await fetch(BASE + urlPath, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text };
}

// A request with a chosen Host header (fetch does not allow setting it).
export function getWithHost(urlPath, host) {
  const { hostname, port } = new URL(BASE);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: urlPath, headers: { Host: host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Runs SQL as root on the stack's database; returns rows as arrays of strings.
export function sql(query) {
  const out = execFileSync('mariadb', ['--no-defaults', '-S', path.join(STACK, 'run/mysql.sock'),
    '-uroot', '-N', '-B', 'eduportal', '-e', query], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

export function sqlValue(query) {
  const rows = sql(query);
  return rows.length ? rows[0][0] : undefined;
}

// Escapes a string for a SQL literal in tests' own statements.
export function lit(s) {
  return "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
}

// The project's rules (.htmlvalidate.json): the standard set without whitespace style.
const validator = new HtmlValidate(JSON.parse(fs.readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')));

// Throws with the validator's messages when the page is not valid HTML5.
export async function assertValidHtml(html, where) {
  const report = await validator.validateString(html);
  if (!report.valid) {
    const msgs = report.results.flatMap((r) => r.messages)
      .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).slice(0, 15);
    throw new Error(`invalid HTML at ${where}:\n${msgs.join('\n')}`);
  }
}

// Links in a page (href values), decoded from HTML entities.
export function links(html) {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

export function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

// The office (main site) and the schools, from the database.
export function sites() {
  return sql('SELECT id, slug, name, parent_id FROM sites ORDER BY id').map(([id, slug, name, parent]) => ({
    id: Number(id), slug, name, parent: parent === 'NULL' ? null : Number(parent),
  }));
}

// The password of every demo account (db/demo).
export const DEMO_PASSWORD = 'eduportal-demo';

// A demo staff account with a browser's cookies: Staff.as('vanthu') signs in and keeps the
// session's CSRF token; post() sends a form (multipart when it carries files).
export class Staff {
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

  async post(p, fields, { files = [], csrf = true } = {}) {
    const headers = { Cookie: this.cookieHeader(), Origin: BASE };
    let body;
    if (files.length) {
      body = new FormData();
      if (csrf) body.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields)) body.append(k, v);
      for (const f of files) body.append(f.field, new Blob([f.data], { type: 'application/octet-stream' }), f.name);
    } else {
      body = new URLSearchParams();
      if (csrf) body.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields)) body.append(k, v);
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
    const res = await fetch(BASE + '/admin/dang-nhap', {
      method: 'POST', redirect: 'manual',
      body: new URLSearchParams({ _csrf: token, ten_dang_nhap: username, mat_khau: DEMO_PASSWORD }),
      headers: { Cookie: s.cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    });
    s.remember(res);
    assert.equal(res.status, 303, `${username} signs in`);
    const page = await s.get('/admin');
    assert.equal(page.status, 200);
    s.csrf = page.text.match(/name="_csrf" value="([0-9a-f]{64})"/)[1];
    return s;
  }
}
