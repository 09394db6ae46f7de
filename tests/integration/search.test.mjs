// Search (SPEC A17) over HTTP on the demo data: Vietnamese words with and without marks,
// the queue and the indexer (an article inserted through SQL becomes searchable), the
// messages for no results and malformed queries, one site's results kept to that site.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertValidHtml, get, lit, sites, sleep, sql, sqlValue } from './lib.mjs';

const all = sites();
const office = all.find((s) => s.parent === null);
const school = all.find((s) => s.parent !== null);
const prefixOf = (site) => (site.id === office.id ? '' : `/don-vi/${site.slug}`);

// The results of a page: [{ url, title }].
function results(html) {
  const out = [];
  const re = /<h2 class="search-result-title"><a href="([^"]*)">([^<]*)<\/a><\/h2>/g;
  for (let m; (m = re.exec(html));) out.push({ url: m[1].replace(/&amp;/g, '&'), title: m[2] });
  return out;
}

async function search(sitePrefix, q, extra = '') {
  const res = await get(`${sitePrefix}/tim-kiem?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(res.status, 200, `${sitePrefix}/tim-kiem?q=${q}: ${res.text.slice(0, 300)}`);
  return res;
}

// Polls until `check` holds (the indexer applies the queue every second).
async function eventually(check, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await sleep(200);
  }
}

describe('search', () => {
  test('"giáo dục" and "giao duc" both find an article titled with "giáo dục"', async () => {
    for (const q of ['giáo dục', 'giao duc', 'GIÁO DỤC']) {
      const res = await search('', q);
      const found = results(res.text);
      assert.ok(found.length > 0, `${q}: results`);
      assert.ok(found.some((r) => r.title.toLowerCase().includes('giáo dục')), `${q}: a title with "giáo dục"`);
      assert.match(res.text, /<mark>/, `${q}: highlighted snippet`);
      await assertValidHtml(res.text, `/tim-kiem?q=${q}`);
    }
  });

  test('the office\'s results stay in the office; a school\'s in the school', async () => {
    for (const site of [office, school]) {
      const res = await search(prefixOf(site), 'học sinh');
      for (const r of results(res.text)) {
        assert.ok(r.url.startsWith(`${prefixOf(site)}/bai-viet/`) || r.url.startsWith(`${prefixOf(site)}/gioi-thieu/`)
          || r.url.startsWith(`${prefixOf(site)}/hoi-dap/`) || r.url.startsWith(`${prefixOf(site)}/van-ban/`)
          || r.url.startsWith(`${prefixOf(site)}/thu-tuc-hanh-chinh/`),
          `${site.slug}: ${r.url}`);
      }
    }
    const ids = sql(`SELECT id FROM articles WHERE site_id = ${school.id} AND status = 'published'`).map((r) => r[0]);
    const officeRes = await search('', 'học sinh');
    for (const r of results(officeRes.text)) {
      const id = (r.url.match(/\/bai-viet\/(\d+)-/) || [])[1];
      if (id) assert.ok(!ids.includes(id), `office results hold the school's article ${id}`);
    }
  });

  test('paging and scope fields', async () => {
    const res = await search('', 'giao duc', '&trang=2&pham-vi=tat-ca');
    await assertValidHtml(res.text, '/tim-kiem page 2');
    assert.equal((await get('/tim-kiem?q=a&trang=0')).status, 404);
    assert.equal((await get('/tim-kiem?q=a&trang=101')).status, 404);
    const empty = await get('/tim-kiem');
    assert.equal(empty.status, 200);
    await assertValidHtml(empty.text, '/tim-kiem');
  });

  test('no results: the Vietnamese message', async () => {
    const res = await search('', 'xyzkhongcotu');
    assert.match(res.text, /Không tìm thấy kết quả nào cho «xyzkhongcotu»/);
    assert.equal(results(res.text).length, 0);
    await assertValidHtml(res.text, 'no results');
  });

  test('malformed queries answer 200 with a message, never 500', async () => {
    for (const q of ['"unclosed', 'AND', 'giáo AND', '((', 'NOT', '-', '"', '+ -', '<script>']) {
      const res = await search('', q);
      assert.ok(/search-message|search-results/.test(res.text), `${q}: a message or results`);
      assert.doesNotMatch(res.text, /<script>/);
      await assertValidHtml(res.text, `malformed ${q}`);
    }
  });

  describe('the queue and the indexer', () => {
    let id;
    const word = 'khuyenhoc' + Date.now().toString(36).replace(/\d/g, '');
    before(() => {
      const category = sqlValue(`SELECT id FROM categories WHERE site_id = ${school.id} ORDER BY id LIMIT 1`);
      sql(`INSERT INTO articles (site_id, category_id, title, slug, summary, body, status, published_at)
           VALUES (${school.id}, ${category}, ${lit('Quỹ khuyến học ' + word)}, 'quy-khuyen-hoc-kiem-thu',
           ${lit('Trao học bổng ' + word + ' cho học sinh nghèo vượt khó.')}, '<p>Nội dung.</p>', 'published',
           UTC_TIMESTAMP() - INTERVAL 1 MINUTE)`);
      id = sqlValue(`SELECT id FROM articles WHERE slug = 'quy-khuyen-hoc-kiem-thu' AND site_id = ${school.id}`);
    });
    after(() => {
      if (id) sql(`DELETE FROM articles WHERE id = ${id}`);
    });

    test('an article inserted through SQL is searchable within 5 s, only on its site', async () => {
      const prefix = prefixOf(school);
      const ok = await eventually(async () => results((await search(prefix, word)).text)
        .some((r) => r.url === `${prefix}/bai-viet/${id}-quy-khuyen-hoc-kiem-thu`));
      assert.ok(ok, 'indexed within 5 s');
      // Not on the office's search; on it with pham-vi=tat-ca, under the school's prefix.
      assert.equal(results((await search('', word)).text).length, 0);
      const wide = results((await search('', word, '&pham-vi=tat-ca')).text);
      assert.ok(wide.some((r) => r.url === `${prefix}/bai-viet/${id}-quy-khuyen-hoc-kiem-thu`), 'all sites');
      // Taken down: gone again.
      sql(`UPDATE articles SET status = 'taken_down' WHERE id = ${id}`);
      const gone = await eventually(async () => results((await search(prefix, word)).text).length === 0);
      assert.ok(gone, 'removed within 5 s');
    });
  });

  test('the header form and the site map link to search', async () => {
    const home = await get('/');
    assert.match(home.text, /<form class="header-search" action="\/tim-kiem"/);
    assert.match(home.text, /accesskey="4"/);
    const map = await get('/so-do-trang');
    assert.match(map.text, /href="\/tim-kiem">Tìm kiếm</);
  });
});
