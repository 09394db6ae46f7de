// The contact page (liên hệ, SPEC A15) of the office and of every school: address, phone,
// fax, official e-mail, working hours, a plain link to a map search, the spokesperson
// (người phát ngôn) and who answers for the portal; nothing loaded from another host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertValidHtml, get, links, lit, sites, sql } from './lib.mjs';

const all = sites();
const office = all.find((s) => s.parent === null);
const schools = all.filter((s) => s.parent !== null);
const prefixOf = (site) => (site.id === office.id ? '' : `/don-vi/${site.slug}`);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const nbsp = (s) => s.replace(/ /g, '\u00a0');
// Requests with a session cookie bypass nginx's micro-cache: pages the tests just changed.
const fresh = (p) => get(p, { headers: { Cookie: 'eduportal_session=lien-he-test' } });

const CONTACT_COLUMNS = ['fax', 'working_hours', 'map_url', 'spokesperson_name', 'spokesperson_position',
  'spokesperson_phone', 'spokesperson_email', 'editor_in_chief_name', 'editor_in_chief_position',
  'administrator_name', 'administrator_phone', 'administrator_email', 'press_note'];
function contactOf(siteId) {
  const row = sql(`SELECT ${CONTACT_COLUMNS.join(', ')} FROM site_contacts WHERE site_id = ${siteId}`)[0];
  // mariadb -B writes a newline inside a value as "\n".
  return row && Object.fromEntries(CONTACT_COLUMNS.map((c, i) => [c, row[i].replace(/\\n/g, '\n')]));
}
function siteRow(siteId) {
  const [address, phone, email] = sql(`SELECT address, phone, email FROM sites WHERE id = ${siteId}`)[0];
  return { address, phone, email };
}

test('the office contact page has address, phone, fax, e-mail, hours, a map link and the spokesperson', async () => {
  const res = await get('/lien-he');
  assert.equal(res.status, 200);
  const c = contactOf(office.id);
  const s = siteRow(office.id);
  assert.ok(c && c.fax && c.spokesperson_name, 'the demo has the office contact');
  assert.ok(res.text.includes(esc(s.address)), 'address');
  assert.ok(res.text.includes(`<a href="tel:${s.phone.replace(/\s/g, '')}">${nbsp(s.phone)}</a>`), 'phone');
  assert.ok(res.text.includes(`<dt>Fax</dt><dd>${nbsp(c.fax)}</dd>`), 'fax');
  assert.ok(res.text.includes(`<a href="mailto:${s.email}">${s.email}</a>`), 'official e-mail');
  for (const line of c.working_hours.split('\n')) assert.ok(res.text.includes(`<li>${esc(line)}</li>`), `hours: ${line}`);
  // The spokesperson (seed 003 §2.16) with position, phone and e-mail.
  const person = res.text.match(/<div class="person spokesperson">([\s\S]*?)<\/div>/);
  assert.ok(person, 'spokesperson block');
  assert.ok(person[1].includes(`<h3 class="person-name">${c.spokesperson_name}</h3>`));
  assert.ok(person[1].includes(`Người phát ngôn – ${c.spokesperson_position}`));
  assert.ok(person[1].includes(`tel:${c.spokesperson_phone.replace(/\s/g, '')}`));
  assert.ok(person[1].includes(`mailto:${c.spokesperson_email}`));
  // Who answers for the portal's content, and who runs it.
  assert.ok(res.text.includes(`<dt>Chịu trách nhiệm nội dung</dt><dd>${c.editor_in_chief_name}, ${c.editor_in_chief_position}</dd>`));
  assert.match(res.text, new RegExp(`<dt>Quản trị kỹ thuật</dt><dd>${c.administrator_name}<br>`));
  // The map is an ordinary https link to a search of the address; nothing is embedded.
  const map = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(s.address)}`;
  assert.ok(links(res.text).includes(map), 'map search link');
  assert.doesNotMatch(res.text, /<iframe|<embed|<object/i);
  assert.doesNotMatch(res.text, /\ssrc="(https?:)?\/\//i, 'nothing loaded from another host');
  await assertValidHtml(res.text, '/lien-he');
});

test('every school has its contact page with its own spokesperson', async () => {
  for (const school of schools) {
    const p = `${prefixOf(school)}/lien-he`;
    const res = await get(p);
    assert.equal(res.status, 200, p);
    assert.ok(res.text.includes(school.name), `${p}: school layout`);
    const c = contactOf(school.id);
    assert.ok(c, `${p}: demo contact row`);
    assert.ok(res.text.includes(`<h3 class="person-name">${c.spokesperson_name}</h3>`), `${p}: spokesperson`);
    assert.ok(res.text.includes(esc(siteRow(school.id).address)), `${p}: address`);
    if (c.fax) assert.ok(res.text.includes(nbsp(c.fax)), `${p}: fax`);
    else assert.doesNotMatch(res.text, /<dt>Fax<\/dt>/, `${p}: no fax line without a fax`);
  }
  await assertValidHtml((await get(`${prefixOf(schools[0])}/lien-he`)).text, 'school /lien-he');
});

test('a site without contact details still shows its address and says it has no spokesperson', async () => {
  const school = schools[schools.length - 1];
  const saved = contactOf(school.id);
  sql(`DELETE FROM site_contacts WHERE site_id = ${school.id}`);
  try {
    const res = await fresh(`${prefixOf(school)}/lien-he`);
    assert.equal(res.status, 200);
    assert.match(res.text, /Đơn vị chưa công bố người phát ngôn\./);
    assert.ok(res.text.includes(esc(siteRow(school.id).address)), 'address from sites');
    assert.doesNotMatch(res.text, /<dt>Fax<\/dt>|Giờ làm việc|Chịu trách nhiệm nội dung/);
    await assertValidHtml(res.text, 'contact without details');
  } finally {
    sql(`INSERT INTO site_contacts (site_id, ${CONTACT_COLUMNS.join(', ')}) VALUES
         (${school.id}, ${CONTACT_COLUMNS.map((col) => lit(saved[col])).join(', ')})`);
  }
});

test('a configured map link is used only when it is https', async () => {
  const saved = contactOf(office.id).map_url;
  try {
    sql(`UPDATE site_contacts SET map_url = 'https://www.openstreetmap.org/?mlat=15.5&mlon=108.0' WHERE site_id = ${office.id}`);
    let res = await fresh('/lien-he');
    assert.ok(links(res.text).includes('https://www.openstreetmap.org/?mlat=15.5&mlon=108.0'), 'configured link');
    for (const bad of ['javascript:alert(1)', 'http://maps.example.vn/']) {
      sql(`UPDATE site_contacts SET map_url = ${lit(bad)} WHERE site_id = ${office.id}`);
      res = await fresh('/lien-he');
      assert.ok(!res.text.includes(bad), `${bad} not linked`);
      assert.ok(links(res.text).some((l) => l.startsWith('https://www.google.com/maps/search/?api=1&query=')), 'falls back to a search');
    }
  } finally {
    sql(`UPDATE site_contacts SET map_url = ${lit(saved)} WHERE site_id = ${office.id}`);
  }
});
