// The public portal over HTTP, through the real nginx, portal.fcgi and MariaDB, on the
// demo data: the URL contract, headers, Vietnamese content, valid HTML5, pagination,
// redirects and error pages, for the office and for every member site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertValidHtml, get, getWithHost, links, lit, sites, sleep, sql, sqlValue,
} from './lib.mjs';

const all = sites();
const office = all.find((s) => s.parent === null);
const schools = all.filter((s) => s.parent !== null);
const DATE_LINE = /(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), ngày \d{2}\/\d{2}\/\d{4}/;

function prefixOf(site) { return site.id === office.id ? '' : `/don-vi/${site.slug}`; }

function assertPage(res, where) {
  assert.equal(res.status, 200, `${where}: status`);
  assert.match(res.headers.get('content-type'), /^text\/html; charset=utf-8/i, `${where}: type`);
  assert.match(res.text, /^<!DOCTYPE html>\s*<html lang="vi">/, `${where}: lang`);
}

test('the office home page has the date line, its name, featured and latest news', async () => {
  const res = await get('/');
  assertPage(res, '/');
  assert.match(res.text, DATE_LINE);
  assert.ok(res.text.includes(office.name.replace(/&/g, '&amp;')), 'office name');
  assert.match(res.text, /Tin nổi bật/);
  assert.match(res.text, /Tin mới/);
  const articleLinks = links(res.text).filter((l) => l.startsWith('/bai-viet/'));
  assert.ok(articleLinks.length >= 10, `article links on home: ${articleLinks.length}`);
  await assertValidHtml(res.text, '/');
});

test('security headers are on every page', async () => {
  for (const p of ['/', '/tin-tuc', '/khong-co-trang-nay', '/static/css/portal.css']) {
    const res = await get(p);
    const csp = res.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'self'/, `${p}: CSP`);
    assert.match(csp, /script-src 'self'/, `${p}: CSP script-src`);
    assert.doesNotMatch(csp, /unsafe-inline/, `${p}: no unsafe-inline`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${p}: nosniff`);
    assert.ok(res.headers.get('referrer-policy'), `${p}: Referrer-Policy`);
  }
});

test('no inline script or style on public pages', async () => {
  for (const p of ['/', '/tin-tuc', '/gioi-thieu', '/danh-ba', '/don-vi']) {
    const { text } = await get(p);
    assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)[^>]*>/i, `${p}: inline script`);
    assert.doesNotMatch(text, /\sstyle="/i, `${p}: inline style`);
    assert.doesNotMatch(text, /\son[a-z]+="/i, `${p}: event handler attribute`);
  }
});

test('every member site is served under /don-vi/<slug>/ with its own name and pages', async () => {
  assert.ok(schools.length >= 8, `schools: ${schools.length}`);
  for (const school of schools) {
    const p = `/don-vi/${school.slug}/`;
    const res = await get(p);
    assertPage(res, p);
    assert.ok(res.text.includes(school.name), `${p}: name`);
    assert.match(res.text, DATE_LINE, `${p}: date line`);
    // Links inside the site keep its prefix.
    assert.ok(links(res.text).includes(`/don-vi/${school.slug}/tin-tuc`), `${p}: news link`);
    for (const sub of ['tin-tuc', 'gioi-thieu', 'danh-ba']) {
      const r = await get(`${p}${sub}`);
      assertPage(r, `${p}${sub}`);
    }
  }
  await assertValidHtml((await get(`/don-vi/${schools[0].slug}/`)).text, 'school home');
});

test('/don-vi/<slug> without the slash redirects; an unknown unit is a 404', async () => {
  const school = schools[0];
  const res = await get(`/don-vi/${school.slug}?a=1`);
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), `/don-vi/${school.slug}/?a=1`);
  const missing = await get('/don-vi/truong-khong-ton-tai/');
  assert.equal(missing.status, 404);
  assert.match(missing.text, /Không tìm thấy/);
});

test('/don-vi lists every member unit as a tree linking to its site', async () => {
  const res = await get('/don-vi');
  assertPage(res, '/don-vi');
  const hrefs = links(res.text);
  for (const school of schools) {
    assert.ok(hrefs.includes(`/don-vi/${school.slug}/`), `link to ${school.slug}`);
  }
  await assertValidHtml(res.text, '/don-vi');
  // A school has no member units and says so.
  const leaf = await get(`/don-vi/${schools[0].slug}/don-vi`);
  assertPage(leaf, 'school /don-vi');
  assert.match(leaf.text, /không có đơn vị trực thuộc/);
});

// Follows "Tin cũ hơn" from the first page to the end; returns the article ids in order.
async function walkList(listPath) {
  const ids = [];
  let next = listPath;
  let pages = 0;
  while (next) {
    const res = await get(next);
    assertPage(res, next);
    pages += 1;
    assert.ok(pages < 200, 'pagination ends');
    const pageIds = [...res.text.matchAll(/<h3 class="card-title"><a href="[^"]*\/bai-viet\/(\d+)-/g)].map((m) => Number(m[1]));
    assert.ok(pageIds.length > 0, `${next}: has items`);
    ids.push(...pageIds);
    const older = res.text.match(/class="pager-older" href="([^"]+)"/);
    next = older ? older[1].replace(/&amp;/g, '&') : null;
  }
  return { ids, pages };
}

test('news pagination reaches the oldest article, once each, newest first', async () => {
  const expected = sql(`SELECT id FROM articles WHERE site_id = ${office.id} AND status = 'published'
      AND published_at <= UTC_TIMESTAMP() ORDER BY published_at DESC, id DESC`).map((r) => Number(r[0]));
  assert.ok(expected.length > 20, 'more than one page of news');
  const { ids, pages } = await walkList('/tin-tuc');
  assert.ok(pages >= 2);
  assert.deepEqual(ids, expected);
});

test('a category list pages through all its articles and back', async () => {
  const [catId, slug] = sql(`SELECT c.id, c.slug FROM categories c JOIN articles a ON a.category_id = c.id
      WHERE c.site_id = ${office.id} AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()
      GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1`)[0];
  const expected = sql(`SELECT id FROM articles WHERE category_id = ${catId} AND status = 'published'
      AND published_at <= UTC_TIMESTAMP() ORDER BY published_at DESC, id DESC`).map((r) => Number(r[0]));
  const { ids } = await walkList(`/tin-tuc/${slug}`);
  assert.deepEqual(ids, expected);
  if (expected.length > 20) {
    // From the second page, "Tin mới hơn" leads back to the first page's items.
    const first = await get(`/tin-tuc/${slug}`);
    const older = first.text.match(/class="pager-older" href="([^"]+)"/)[1].replace(/&amp;/g, '&');
    const second = await get(older);
    const newer = second.text.match(/class="pager-newer" href="([^"]+)"/)[1].replace(/&amp;/g, '&');
    const back = await get(newer);
    const backIds = [...back.text.matchAll(/<h3 class="card-title"><a href="[^"]*\/bai-viet\/(\d+)-/g)].map((m) => Number(m[1]));
    assert.deepEqual(backIds, expected.slice(0, 20));
  }
});

test('a cursor past the end, a malformed one, or two at once answer 404', async () => {
  const slug = sqlValue(`SELECT slug FROM categories WHERE site_id = ${office.id} ORDER BY sort_order LIMIT 1`);
  for (const q of ['?sau=1-1', '?truoc=253402300799-4294967295', '?sau=abc', '?sau=12', '?sau=1-0',
    '?sau=-5-3', '?sau=1700000000-1&truoc=1700000000-2', '?sau=%zz']) {
    for (const base of ['/tin-tuc', `/tin-tuc/${slug}`]) {
      const res = await get(base + q);
      assert.equal(res.status, 404, `${base}${q}`);
      assert.match(res.text, /<html lang="vi">/);
    }
  }
  assert.equal((await get('/tin-tuc/khong-co-chuyen-muc')).status, 404);
});

test('list pages run the same number of statements on page 1 and deep in the list', async () => {
  const first = await get('/tin-tuc', { headers: { Cookie: 'eduportal_session=x' } });
  const older = first.text.match(/class="pager-older" href="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const deep = await get(older, { headers: { Cookie: 'eduportal_session=x' } });
  assert.equal(first.headers.get('x-db-queries'), deep.headers.get('x-db-queries'));
  const home = await get('/', { headers: { Cookie: 'eduportal_session=x' } });
  assert.ok(Number(home.headers.get('x-db-queries')) <= 8, `home queries: ${home.headers.get('x-db-queries')}`);
});

test('an article shows its content, Dublin Core metadata and related news', async () => {
  const [id, slug, title] = sql(`SELECT id, slug, title FROM articles WHERE site_id = ${office.id}
      AND status = 'published' AND published_at <= UTC_TIMESTAMP() ORDER BY published_at DESC LIMIT 1`)[0];
  const res = await get(`/bai-viet/${id}-${slug}`);
  assertPage(res, 'article');
  assert.ok(res.text.includes(`<h1 class="article-title">${title.replace(/&/g, '&amp;')}</h1>`), 'title');
  for (const dc of ['DC.title', 'DC.creator', 'DC.date', 'DC.description', 'DC.publisher', 'DC.identifier']) {
    assert.ok(res.text.includes(`<meta name="${dc}"`), dc);
  }
  assert.match(res.text, /Tin cùng chuyên mục|Đọc nhiều nhất/);
  await assertValidHtml(res.text, 'article');
});

test('a wrong or missing slug answers 301 to the canonical article URL', async () => {
  const [id, slug] = sql(`SELECT id, slug FROM articles WHERE site_id = ${office.id} AND status = 'published'
      AND published_at <= UTC_TIMESTAMP() LIMIT 1`)[0];
  for (const wrong of [`/bai-viet/${id}-sai-duong-dan`, `/bai-viet/${id}`, `/bai-viet/${id}-`]) {
    const res = await get(wrong);
    assert.equal(res.status, 301, wrong);
    assert.equal(res.headers.get('location'), `/bai-viet/${id}-${slug}`, wrong);
  }
  for (const bad of ['/bai-viet/0-x', '/bai-viet/00012-x', '/bai-viet/abc', '/bai-viet/99999999-x']) {
    assert.equal((await get(bad)).status, 404, bad);
  }
});

test('drafts, scheduled articles and other sites\' articles are not shown', async () => {
  const draft = sql(`SELECT id, slug FROM articles WHERE status <> 'published' LIMIT 1`)[0];
  if (draft) assert.equal((await get(`/bai-viet/${draft[0]}-${draft[1]}`)).status, 404, 'draft');
  const school = schools[0];
  const [id, slug] = sql(`SELECT id, slug FROM articles WHERE site_id = ${school.id} AND status = 'published' LIMIT 1`)[0];
  assert.equal((await get(`/bai-viet/${id}-${slug}`)).status, 404, 'school article on the office site');
  assert.equal((await get(`/don-vi/${school.slug}/bai-viet/${id}-${slug}`)).status, 200, 'on its own site');
});

test('a scheduled article appears at its time, with no cron job', async () => {
  const cat = sqlValue(`SELECT id FROM categories WHERE site_id = ${office.id} ORDER BY sort_order LIMIT 1`);
  sql(`INSERT INTO articles (site_id, category_id, title, slug, summary, body, status, published_at)
       VALUES (${office.id}, ${cat}, 'Lịch hẹn giờ đăng bài thử nghiệm', 'lich-hen-gio', 'Tóm tắt.',
       '<p>Nội dung.</p>', 'published', UTC_TIMESTAMP() + INTERVAL 3 SECOND)`);
  const id = sqlValue(`SELECT MAX(id) FROM articles WHERE slug = 'lich-hen-gio'`);
  try {
    assert.equal((await get(`/bai-viet/${id}-lich-hen-gio`)).status, 404, 'before its time');
    await sleep(3500);
    assert.equal((await get(`/bai-viet/${id}-lich-hen-gio`)).status, 200, 'at its time');
  } finally {
    sql(`DELETE FROM articles WHERE id = ${id}`);
  }
});

test('reposted content shows its source attribution', async () => {
  const row = sql(`SELECT a.id, a.slug, a.source_name, s.slug, s.parent_id FROM articles a JOIN sites s ON s.id = a.site_id
      WHERE a.source_name IS NOT NULL AND a.source_name <> '' AND a.status = 'published'
      AND a.published_at <= UTC_TIMESTAMP() LIMIT 1`)[0];
  assert.ok(row, 'the demo has a reposted article');
  const prefix = row[4] === 'NULL' ? '' : `/don-vi/${row[3]}`;
  const res = await get(`${prefix}/bai-viet/${row[0]}-${row[1]}`);
  assert.equal(res.status, 200);
  assert.match(res.text, /class="article-source">Nguồn: /);
  assert.ok(res.text.includes(row[2].replace(/&/g, '&amp;')), 'source name');
});

test('introduction pages: the index, each page, the leadership with duties', async () => {
  const res = await get('/gioi-thieu');
  assertPage(res, '/gioi-thieu');
  for (const slug of ['lich-su', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'ban-lanh-dao']) {
    assert.ok(links(res.text).includes(`/gioi-thieu/${slug}`), `link ${slug}`);
    const page = await get(`/gioi-thieu/${slug}`);
    assertPage(page, slug);
    await assertValidHtml(page.text, `/gioi-thieu/${slug}`);
  }
  const leaders = await get('/gioi-thieu/ban-lanh-dao');
  const leader = sqlValue(`SELECT full_name FROM staff WHERE site_id = ${office.id} AND is_leader = 1 ORDER BY position_rank LIMIT 1`);
  assert.ok(leaders.text.includes(leader), 'leader listed');
  assert.equal((await get('/gioi-thieu/khong-co')).status, 404);
});

test('the staff directory is ordered by position, then by Vietnamese given name', async () => {
  const res = await get('/danh-ba');
  assertPage(res, '/danh-ba');
  await assertValidHtml(res.text, '/danh-ba');
  assert.match(res.text, /<th scope="col">Họ và tên<\/th>/);
  const names = [...res.text.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
  const staff = sql(`SELECT full_name, position_rank FROM staff WHERE site_id = ${office.id}`);
  assert.equal(names.length, staff.length);
  const rank = new Map(staff.map(([n, r]) => [n, Number(r)]));
  const collator = new Intl.Collator('vi');
  const given = (n) => n.trim().split(/\s+/).pop();
  for (let i = 1; i < names.length; i += 1) {
    const [a, b] = [names[i - 1], names[i]];
    if (rank.get(a) !== rank.get(b)) {
      assert.ok(rank.get(a) < rank.get(b), `${a} before ${b} by position`);
    } else {
      assert.ok(collator.compare(given(a), given(b)) <= 0, `${a} before ${b} by given name`);
    }
  }
});

test('a 404 page is Vietnamese, uses the site layout, and is not cached', async () => {
  const res = await get('/trang-khong-ton-tai');
  assert.equal(res.status, 404);
  assert.match(res.text, /<html lang="vi">/);
  assert.match(res.text, /Không tìm thấy trang/);
  assert.match(res.text, /Về trang chủ/);
  await assertValidHtml(res.text, '404');
  const school = await get(`/don-vi/${schools[0].slug}/khong-co`);
  assert.equal(school.status, 404);
  assert.ok(school.text.includes(schools[0].name), 'school 404 in the school layout');
});

test('a POST to a page answers 405; HEAD answers without a body', async () => {
  const post = await get('/tin-tuc', { method: 'POST', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(post.status, 405);
  const head = await get('/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
});

test('anonymous pages are micro-cached; signed-in requests never get a cached page', async () => {
  await get('/gioi-thieu');
  const second = await get('/gioi-thieu');
  assert.equal(second.headers.get('x-cache'), 'HIT');
  for (let i = 0; i < 2; i += 1) {
    const signed = await get('/gioi-thieu', { headers: { Cookie: 'eduportal_session=abc' } });
    assert.equal(signed.headers.get('x-cache'), 'BYPASS');
  }
  // Error pages are not stored.
  await get('/khong-co-gi');
  assert.notEqual((await get('/khong-co-gi')).headers.get('x-cache'), 'HIT');
});

test('a page changed in the database is visible within the cache time', async () => {
  const school = schools[1];
  const pageId = sqlValue(`SELECT id FROM pages WHERE site_id = ${school.id} AND slug = 'lich-su'`);
  const before = sqlValue(`SELECT title FROM pages WHERE id = ${pageId}`);
  await get(`/don-vi/${school.slug}/gioi-thieu/lich-su`);
  sql(`UPDATE pages SET title = 'Lịch sử hình thành và phát triển (đã sửa)' WHERE id = ${pageId}`);
  try {
    await sleep(2100);
    const res = await get(`/don-vi/${school.slug}/gioi-thieu/lich-su`);
    assert.match(res.text, /đã sửa/);
  } finally {
    sql(`UPDATE pages SET title = ${lit(before)} WHERE id = ${pageId}`);
  }
});

test('view counts stay right with the cache on: counted by a never-cached pixel, flushed in batches', async () => {
  const [id, slug] = sql(`SELECT id, slug FROM articles WHERE site_id = ${office.id} AND status = 'published'
      AND published_at <= UTC_TIMESTAMP() ORDER BY id LIMIT 1 OFFSET 3`)[0];
  const page = await get(`/bai-viet/${id}-${slug}`);
  assert.ok(page.text.includes(`src="/luot-xem/${id}"`), 'the page carries the pixel');
  const before = Number(sqlValue(`SELECT view_count FROM articles WHERE id = ${id}`));
  for (let i = 0; i < 4; i += 1) {
    const px = await get(`/luot-xem/${id}`);
    assert.equal(px.status, 200);
    assert.equal(px.headers.get('content-type'), 'image/gif');
    assert.equal(px.headers.get('cache-control'), 'no-store');
    assert.notEqual(px.headers.get('x-cache'), 'HIT');
  }
  let after = before;
  for (let i = 0; i < 40 && after < before + 4; i += 1) {
    await sleep(250);
    after = Number(sqlValue(`SELECT view_count FROM articles WHERE id = ${id}`));
  }
  assert.equal(after, before + 4);
  assert.equal((await get('/luot-xem/abc')).status, 404);
});

test('a member site can be served on its own hostname', async () => {
  const school = schools[2];
  sql(`UPDATE sites SET hostname = 'truong-thu.example.vn' WHERE id = ${school.id}`);
  try {
    let res;
    for (let i = 0; i < 30; i += 1) {  // the site list is reloaded every 5 seconds
      res = await getWithHost('/', 'truong-thu.example.vn');
      if (res.text.includes(school.name)) break;
      await sleep(250);
    }
    assert.equal(res.status, 200);
    assert.ok(res.text.includes(school.name), 'served as the school');
    assert.ok(res.text.includes('href="/tin-tuc"'), 'links without the /don-vi prefix');
  } finally {
    sql(`UPDATE sites SET hostname = NULL WHERE id = ${school.id}`);
  }
});
