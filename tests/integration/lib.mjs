// Helpers for the integration tests: HTTP against the real stack started by
// scripts/check.sh (nginx + the FastCGI modules + MariaDB), SQL on its database, and an
// HTML5 validator.
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
