// Feeds (SPEC A18) over HTTP and through portalctl, on the demo data: RSS 2.0 of the
// office, a school and a category read with a real XML parser, the sitemap (and its
// index for a large site), robots.txt, the social tags; and `portalctl feeds` importing
// fixture feeds that the outside nginx serves (EDUPORTAL_FIXTURE_URL).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import {
  BASE, ROOT, STACK, assertValidHtml, get, getWithHost, links, lit, sites, sleep, sql, sqlValue,
} from './lib.mjs';

const FIXTURES = process.env.EDUPORTAL_FIXTURE_URL;
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/;
// Published and due, as the public pages show them.
const DUE = "status = 'published' AND published_at <= UTC_TIMESTAMP()";
const EPOCH = (col) => `TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', ${col})`;

const all = sites();
const office = all.find((s) => s.parent === null);
const schools = all.filter((s) => s.parent !== null);
const prefixOf = (site) => (site.id === office.id ? '' : `/don-vi/${site.slug}`);

// Parses with a real XML parser; any error or fatal error fails the test.
function parseXml(text, where) {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${where}: not well-formed XML: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  assert.ok(doc.documentElement, `${where}: has a root element`);
  return doc;
}

const childrenNamed = (el, name) => Array.from(el.childNodes).filter((n) => n.nodeType === 1 && n.tagName === name);
const textOf = (el, name) => {
  const [c] = childrenNamed(el, name);
  return c ? c.textContent : undefined;
};

// The channel and items of an RSS 2.0 response, checked for the envelope every feed has.
async function readRss(urlPath) {
  const res = await get(urlPath);
  assert.equal(res.status, 200, `${urlPath}: status`);
  assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8', `${urlPath}: type`);
  const doc = parseXml(res.text, urlPath);
  const rss = doc.documentElement;
  assert.equal(rss.tagName, 'rss');
  assert.equal(rss.getAttribute('version'), '2.0');
  const [channel] = childrenNamed(rss, 'channel');
  assert.ok(channel, `${urlPath}: channel`);
  for (const required of ['title', 'link', 'description']) {
    assert.ok(textOf(channel, required), `${urlPath}: channel ${required}`);
  }
  const self = Array.from(channel.getElementsByTagNameNS(ATOM_NS, 'link'));
  assert.equal(self.length, 1, `${urlPath}: one atom:link`);
  assert.equal(self[0].getAttribute('rel'), 'self');
  assert.equal(self[0].getAttribute('type'), 'application/rss+xml');
  const items = childrenNamed(channel, 'item').map((item) => {
    const [guid] = childrenNamed(item, 'guid');
    return {
      title: textOf(item, 'title'),
      link: textOf(item, 'link'),
      guid: guid && guid.textContent,
      permaLink: guid && guid.getAttribute('isPermaLink'),
      pubDate: textOf(item, 'pubDate'),
      description: textOf(item, 'description'),
    };
  });
  return { channel, self: self[0].getAttribute('href'), items, text: res.text };
}

// The feed's items are the latest 30 published articles the SQL `where` selects.
function assertItemsMatch(items, where, prefix, label) {
  const expected = sql(`SELECT id, slug, title, summary, ${EPOCH('published_at')} FROM articles
      WHERE ${where} AND ${DUE} ORDER BY published_at DESC, id DESC LIMIT 30`);
  assert.ok(expected.length > 0, `${label}: the demo has articles`);
  assert.equal(items.length, expected.length, `${label}: item count`);
  expected.forEach(([id, slug, title, summary, epoch], i) => {
    const item = items[i];
    const url = `${BASE}${prefix}/bai-viet/${id}-${slug}`;
    assert.equal(item.link, url, `${label}: item ${i} link`);
    assert.equal(item.guid, url, `${label}: item ${i} guid`);
    assert.equal(item.permaLink, 'true', `${label}: item ${i} isPermaLink`);
    assert.equal(item.title, title, `${label}: item ${i} title`);
    assert.equal(item.description, summary, `${label}: item ${i} description = summary`);
    assert.match(item.pubDate, RFC822, `${label}: item ${i} pubDate is RFC 822`);
    assert.equal(Date.parse(item.pubDate) / 1000, Number(epoch), `${label}: item ${i} pubDate`);
  });
}

// An article that must not be listed anywhere public: a draft or a scheduled one.
function insertHidden(site, kind) {
  const cat = sqlValue(`SELECT id FROM categories WHERE site_id = ${site.id} ORDER BY sort_order LIMIT 1`);
  const slug = `an-${kind}-${Date.now()}`;
  sql(`INSERT INTO articles (site_id, category_id, title, slug, summary, body, status, published_at)
       VALUES (${site.id}, ${cat}, 'Bài chưa công bố (${kind})', '${slug}', 'Không được hiện.', '<p>Ẩn.</p>',
       ${kind === 'draft' ? "'draft', NULL" : "'published', UTC_TIMESTAMP() + INTERVAL 1 DAY"})`);
  return { id: sqlValue(`SELECT id FROM articles WHERE slug = '${slug}'`), slug, category: cat };
}

test('the office RSS is RSS 2.0 of its latest 30 published articles, with absolute links', async () => {
  const feed = await readRss('/rss.xml');
  assert.equal(textOf(feed.channel, 'title'), office.name);
  assert.equal(textOf(feed.channel, 'link'), `${BASE}/`);
  assert.equal(feed.self, `${BASE}/rss.xml`);
  assert.equal(feed.items.length, 30, 'the demo office has more than 30 articles');
  assertItemsMatch(feed.items, `site_id = ${office.id}`, '', 'office');
});

test('a school\'s RSS lives under its prefix and lists its own articles', async () => {
  const school = schools[0];
  const prefix = prefixOf(school);
  const feed = await readRss(`${prefix}/rss.xml`);
  assert.equal(textOf(feed.channel, 'title'), school.name);
  assert.equal(textOf(feed.channel, 'link'), `${BASE}${prefix}/`);
  assert.equal(feed.self, `${BASE}${prefix}/rss.xml`);
  assertItemsMatch(feed.items, `site_id = ${school.id}`, prefix, school.slug);
});

test('a category has its own RSS; an unknown category or another name is a 404', async () => {
  const [catId, slug, name] = sql(`SELECT c.id, c.slug, c.name FROM categories c JOIN articles a ON a.category_id = c.id
      WHERE c.site_id = ${office.id} AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()
      GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1`)[0];
  const feed = await readRss(`/rss/${slug}.xml`);
  assert.ok(textOf(feed.channel, 'title').startsWith(name), 'channel names the category');
  assert.equal(textOf(feed.channel, 'link'), `${BASE}/tin-tuc/${slug}`);
  assert.equal(feed.self, `${BASE}/rss/${slug}.xml`);
  assertItemsMatch(feed.items, `category_id = ${catId}`, '', slug);

  const school = schools[1];
  const schoolSlug = sqlValue(`SELECT slug FROM categories WHERE site_id = ${school.id} ORDER BY sort_order LIMIT 1`);
  const schoolFeed = await readRss(`${prefixOf(school)}/rss/${schoolSlug}.xml`);
  assert.equal(schoolFeed.self, `${BASE}${prefixOf(school)}/rss/${schoolSlug}.xml`);

  for (const p of ['/rss/khong-co-chuyen-muc.xml', `/rss/${slug}`, `/rss/${slug}.rss`, '/rss/.xml',
    `${prefixOf(school)}/rss/khong-co.xml`]) {
    assert.equal((await get(p)).status, 404, p);
  }
});

test('feed links come from the configured base URL, never from the request\'s Host', async () => {
  const res = await getWithHost('/rss.xml', 'ten-mien-gia.example');
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.text, /ten-mien-gia/);
  const doc = parseXml(res.text, 'rss with another Host');
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    assert.ok(link.textContent.startsWith(`${BASE}/`), link.textContent);
  }
});

// Every URL of the sitemap at `urlPath`, with its lastmod.
async function readUrlset(urlPath) {
  const res = await get(urlPath);
  assert.equal(res.status, 200, `${urlPath}: status`);
  assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8', `${urlPath}: type`);
  const root = parseXml(res.text, urlPath).documentElement;
  assert.equal(root.localName, 'urlset', `${urlPath}: urlset`);
  assert.equal(root.namespaceURI, SITEMAP_NS);
  return childrenNamed(root, 'url').map((u) => ({ loc: textOf(u, 'loc'), lastmod: textOf(u, 'lastmod') }));
}

function expectedSitePages(site) {
  const prefix = prefixOf(site);
  const urls = ['/', '/tin-tuc'];
  for (const [slug] of sql(`SELECT slug FROM categories WHERE site_id = ${site.id}`)) urls.push(`/tin-tuc/${slug}`);
  urls.push('/gioi-thieu');
  for (const [slug] of sql(`SELECT slug FROM pages WHERE site_id = ${site.id}`)) urls.push(`/gioi-thieu/${slug}`);
  urls.push('/danh-ba');
  if (sqlValue(`SELECT COUNT(*) FROM sites WHERE parent_id = ${site.id}`) !== '0') urls.push('/don-vi');
  return urls.map((u) => `${BASE}${prefix}${u}`);
}

function publishedArticles(site) {
  return new Map(sql(`SELECT id, slug, ${EPOCH('GREATEST(updated_at, published_at)')} FROM articles
      WHERE site_id = ${site.id} AND ${DUE}`).map(([id, slug, lastmod]) => [`${BASE}${prefixOf(site)}/bai-viet/${id}-${slug}`, Number(lastmod)]));
}

test('the sitemap lists every public page and published article of the site, and nothing else', async () => {
  const hidden = [];
  for (const site of [office, schools[0]]) {
    hidden.push(insertHidden(site, 'draft'), insertHidden(site, 'scheduled'));
  }
  try {
    await sleep(1100);  // past the micro-cache of earlier requests
    for (const site of [office, schools[0]]) {
      const prefix = prefixOf(site);
      const urls = await readUrlset(`${prefix}/sitemap.xml`);
      const locs = urls.map((u) => u.loc);
      assert.equal(new Set(locs).size, locs.length, `${site.slug}: no URL twice`);
      for (const u of urls) {
        assert.ok(u.loc.startsWith(`${BASE}${prefix}/`), `${u.loc} is absolute, in the site`);
        if (u.lastmod !== undefined) assert.match(u.lastmod, W3C_DATE, `${u.loc}: lastmod`);
      }
      const articles = publishedArticles(site);
      const pages = expectedSitePages(site);
      assert.deepEqual(new Set(locs), new Set([...pages, ...articles.keys()]), `${site.slug}: exactly the public URLs`);
      for (const h of hidden) assert.ok(!locs.some((l) => l.includes(`/bai-viet/${h.id}-`)), `${h.slug} not listed`);
      // Articles: lastmod is their last change; pages: their update time.
      for (const u of urls) {
        if (articles.has(u.loc)) assert.equal(Date.parse(u.lastmod) / 1000, articles.get(u.loc), `${u.loc}: lastmod`);
      }
      const [pageSlug, pageUpdated] = sql(`SELECT slug, ${EPOCH('updated_at')} FROM pages WHERE site_id = ${site.id} LIMIT 1`)[0];
      const page = urls.find((u) => u.loc === `${BASE}${prefix}/gioi-thieu/${pageSlug}`);
      assert.equal(Date.parse(page.lastmod) / 1000, Number(pageUpdated), 'page lastmod');
      const newest = sqlValue(`SELECT ${EPOCH('MAX(published_at)')} FROM articles WHERE site_id = ${site.id} AND ${DUE}`);
      assert.equal(Date.parse(urls.find((u) => u.loc === `${BASE}${prefix}/`).lastmod) / 1000, Number(newest), 'home lastmod');
    }
    // Hidden articles are not in the feeds either.
    const feedText = (await get('/rss.xml')).text + (await get(`/rss/${sqlValue(`SELECT slug FROM categories WHERE id = ${hidden[0].category}`)}.xml`)).text;
    for (const h of hidden) assert.ok(!feedText.includes(`/bai-viet/${h.id}-`), `${h.slug} not in the feeds`);
  } finally {
    sql(`DELETE FROM articles WHERE id IN (${hidden.map((h) => h.id).join(',')})`);
  }
});

test('a site with more than 10,000 articles answers a sitemap index of pages of at most 10,000', async () => {
  const school = schools[schools.length - 1];
  const prefix = prefixOf(school);
  sql(`INSERT INTO categories (site_id, slug, name, on_home) VALUES (${school.id}, 'thu-so-do-trang-lon', 'Thử sơ đồ trang lớn', 0)`);
  const cat = sqlValue(`SELECT id FROM categories WHERE site_id = ${school.id} AND slug = 'thu-so-do-trang-lon'`);
  try {
    // 10,100 more: every 1000th a draft, every 1000th (another) scheduled.
    sql(`INSERT INTO articles (site_id, category_id, title, slug, summary, body, status, published_at, updated_at)
         SELECT ${school.id}, ${cat}, CONCAT('Bài thử sơ đồ trang ', seq), CONCAT('bai-thu-so-do-trang-', seq), '', '',
           IF(seq % 1000 = 7, 'draft', 'published'),
           IF(seq % 1000 = 8, UTC_TIMESTAMP() + INTERVAL 1 DAY, UTC_TIMESTAMP() - INTERVAL seq MINUTE),
           UTC_TIMESTAMP() - INTERVAL seq MINUTE
         FROM seq_1_to_10100`);
    await sleep(1100);
    const res = await get(`${prefix}/sitemap.xml`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
    const root = parseXml(res.text, 'sitemap index').documentElement;
    assert.equal(root.localName, 'sitemapindex');
    assert.equal(root.namespaceURI, SITEMAP_NS);
    const parts = childrenNamed(root, 'sitemap').map((s) => textOf(s, 'loc'));
    assert.ok(parts.length >= 3, `pages: ${parts.length}`);
    const seen = [];
    for (const part of parts) {
      assert.match(part, new RegExp(`^${BASE.replace(/[.]/g, '\\.')}${prefix}/sitemap-\\d+\\.xml$`), part);
      const urls = await readUrlset(part.slice(BASE.length));
      assert.ok(urls.length <= 10000, `${part}: ${urls.length} URLs`);
      seen.push(...urls.map((u) => u.loc));
    }
    assert.equal(new Set(seen).size, seen.length, 'no URL in two pages');
    const articles = publishedArticles(school);
    assert.ok(articles.size > 10000);
    assert.deepEqual(new Set(seen), new Set([...expectedSitePages(school), ...articles.keys()]));
    // A page past the end, or a malformed one, names nothing.
    for (const p of ['/sitemap-4294967295.xml', '/sitemap-01.xml', '/sitemap-x.xml', '/sitemap-1']) {
      assert.equal((await get(`${prefix}${p}`)).status, 404, p);
    }
  } finally {
    sql(`DELETE FROM articles WHERE category_id = ${cat}`);
    sql(`DELETE FROM categories WHERE id = ${cat}`);
  }
});

test('robots.txt allows the site, keeps crawlers out of /admin and names the sitemaps', async () => {
  const res = await get('/robots.txt');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  const lines = res.text.split('\n');
  for (const line of ['User-agent: *', 'Allow: /', 'Disallow: /admin', `Sitemap: ${BASE}/sitemap.xml`]) {
    assert.ok(lines.includes(line), `robots.txt has "${line}"`);
  }
  assert.ok(lines.indexOf('User-agent: *') < lines.indexOf('Disallow: /admin'));
  // Member sites served on this host under /don-vi/ are named too, and each answers.
  const named = lines.filter((l) => l.startsWith('Sitemap: ')).map((l) => l.slice('Sitemap: '.length));
  for (const school of schools) {
    assert.ok(named.includes(`${BASE}/don-vi/${school.slug}/sitemap.xml`), school.slug);
  }
  for (const url of named.slice(0, 3)) assert.equal((await get(url.slice(BASE.length))).status, 200, url);
  // robots.txt is read only at a host's root.
  assert.equal((await get(`/don-vi/${schools[0].slug}/robots.txt`)).status, 404);
});

test('pages carry Open Graph and Twitter card tags and link their feed', async () => {
  const [id, slug, title] = sql(`SELECT id, slug, title FROM articles WHERE site_id = ${office.id} AND ${DUE}
      ORDER BY published_at DESC LIMIT 1`)[0];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  for (const [p, feed] of [['/', '/rss.xml'], [`/bai-viet/${id}-${slug}`, '/rss.xml'],
    [`/don-vi/${schools[0].slug}/`, `/don-vi/${schools[0].slug}/rss.xml`]]) {
    const res = await get(p);
    assert.equal(res.status, 200, p);
    assert.match(res.text, /<meta property="og:title" content="[^"]+">/, `${p}: og:title`);
    assert.ok(res.text.includes(`<meta property="og:url" content="${BASE}${p}">`), `${p}: og:url absolute`);
    assert.ok(res.text.includes('<meta name="twitter:card" content="summary">'), `${p}: twitter:card`);
    assert.match(res.text, /<meta name="twitter:title" content="[^"]+">/, `${p}: twitter:title`);
    assert.match(res.text, new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}">`), `${p}: feed link`);
    assert.ok(links(res.text).filter((l) => l === feed).length >= 2, `${p}: RSS link in the footer too`);
    await assertValidHtml(res.text, p);
  }
  const article = await get(`/bai-viet/${id}-${slug}`);
  assert.ok(article.text.includes(`<meta name="twitter:title" content="${esc(title)}">`), 'twitter:title is the article title');
});

// ---- import ----------------------------------------------------------------------------

const CONF = path.join(STACK, 'eduportal.conf');
function portalctl(args) {
  const r = spawnSync(path.join(ROOT, 'build/bin/portalctl'), ['--config', CONF, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('importing the superior office\'s feed', () => {
  const school = schools[1];
  const fixture = (name) => `${FIXTURES}/feeds/${name}`;
  const bigFile = path.join(ROOT, 'tests/fixtures/feeds/qua-lon.xml');
  // name → [site, category, url, publish]
  const plan = {
    officeRss: [office, 'tin-giao-duc', fixture('so-gddt.xml'), false],
    schoolRss: [school, 'tin-tuc', fixture('so-gddt.xml'), true],
    schoolAtom: [school, 'thong-bao', fixture('so-gddt-atom.xml'), true],
    officeResent: [office, 'tin-giao-duc', fixture('so-gddt-gui-lai.xml'), false],
    missing: [office, 'tin-giao-duc', fixture('khong-co.xml'), false],
    notXml: [office, 'tin-giao-duc', fixture('khong-phai-rss.html'), false],
    cutOff: [office, 'tin-giao-duc', fixture('hong.xml'), false],
    tooBig: [office, 'tin-giao-duc', fixture('qua-lon.xml'), false],
  };
  const ids = {};
  let first;
  let second;
  // The lines portalctl printed for one subscription.
  const report = (run, name) => {
    const m = run.out.match(new RegExp(`^\\[${ids[name]}\\] .*\\n(( {4}.*\\n)*)`, 'm'));
    assert.ok(m, `${name}: reported`);
    return m[1];
  };
  const imported = (name) => sql(`SELECT a.id, a.slug, a.title, a.summary, a.body, a.status, a.published_at, a.source_name,
      a.source_url, a.source_date, a.author_name, a.site_id, a.category_id FROM articles a
      WHERE a.id IN (SELECT article_id FROM feed_items_seen WHERE subscription_id = ${ids[name]}) ORDER BY a.id`)
    .map(([id, slug, title, summary, body, status, publishedAt, sourceName, sourceUrl, sourceDate, author, site, category]) => ({
      id, slug, title, summary, body, status, publishedAt, sourceName, sourceUrl, sourceDate, author, site: Number(site), category: Number(category),
    }));
  const byTitle = (name, start) => imported(name).find((a) => a.title.startsWith(start));

  before(() => {
    // Larger than the 5 MB limit, served by the fixture server while the test runs.
    fs.writeFileSync(bigFile, `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${' '.repeat(5 * 1024 * 1024)}</channel></rss>`);
    for (const [name, [site, category, url, publish]] of Object.entries(plan)) {
      const r = portalctl(['feeds', 'add', '--site', site.slug, '--url', url, '--category', category, ...(publish ? ['--publish'] : [])]);
      assert.equal(r.status, 0, `${name}: ${r.err}`);
      assert.match(r.out, /Đã thêm nguồn tin #\d+/);
      ids[name] = Number(sqlValue(`SELECT id FROM feed_subscriptions WHERE site_id = ${site.id} AND url = ${lit(url)}`));
    }
    first = portalctl(['feeds', 'fetch']);
    second = portalctl(['feeds', 'fetch']);
  });

  after(() => {
    fs.rmSync(bigFile, { force: true });
    const list = Object.values(ids).join(',');
    if (!list) return;
    sql(`DELETE FROM articles WHERE id IN (SELECT article_id FROM feed_items_seen WHERE subscription_id IN (${list}))`);
    sql(`DELETE FROM feed_items_seen WHERE subscription_id IN (${list})`);
    sql(`DELETE FROM audit_log WHERE object_type = 'feed_subscription' AND object_id IN (${list})`);
    sql(`DELETE FROM feed_subscriptions WHERE id IN (${list})`);
  });

  test('each new item is filed once: the second fetch adds none, a re-sent feed only its new item', () => {
    assert.equal(first.status, 1, 'a run with failed feeds ends with status 1');
    assert.match(report(first, 'officeRss'), /4 tin mới \(lưu bản nháp chờ duyệt\), 0 tin đã có, bỏ qua 1 tin không có tiêu đề/);
    assert.match(report(first, 'schoolRss'), /4 tin mới \(đã đăng\)/);
    assert.match(report(first, 'schoolAtom'), /2 tin mới \(đã đăng\)/);
    // Re-ordered, one link now http, one guid changed: the same items, plus one new.
    assert.match(report(first, 'officeResent'), /1 tin mới .*, 4 tin đã có/);
    for (const name of ['officeRss', 'schoolRss', 'schoolAtom', 'officeResent']) {
      assert.match(report(second, name), /^ {4}0 tin mới, \d+ tin đã có/, `${name}: second run`);
    }
    assert.equal(imported('officeRss').length, 4);
    assert.equal(imported('schoolRss').length, 4);
    assert.equal(imported('schoolAtom').length, 2);
    const dup = sql(`SELECT site_id, title FROM articles WHERE source_url LIKE 'https://sgddt.quangnam.gov.vn/%'
        OR source_url LIKE ${lit(`${FIXTURES}/%`)} GROUP BY site_id, title HAVING COUNT(*) > 1`);
    assert.deepEqual(dup, [], 'no item twice in a site');
    assert.match(first.out, /Lấy tin xong: \d+ nguồn, 4 lỗi, 11 tin mới\./);
    assert.match(second.out, /Lấy tin xong: \d+ nguồn, 4 lỗi, 0 tin mới\./);
  });

  test('bad feeds are reported and nothing of them is saved', () => {
    assert.match(report(first, 'missing'), /Lỗi: Máy chủ nguồn tin trả về mã HTTP 404\. Không lưu tin nào\./);
    assert.match(report(first, 'notXml'), /Lỗi: Nội dung nhận được không phải XML hợp lệ/);
    assert.match(report(first, 'cutOff'), /Lỗi: Nội dung nhận được không phải XML hợp lệ/);
    assert.match(report(first, 'tooBig'), /Lỗi: Nguồn tin lớn hơn 5 MB\./);
    for (const name of ['missing', 'notXml', 'cutOff', 'tooBig']) {
      assert.equal(sqlValue(`SELECT COUNT(*) FROM feed_items_seen WHERE subscription_id = ${ids[name]}`), '0', name);
      assert.match(sqlValue(`SELECT last_status FROM feed_subscriptions WHERE id = ${ids[name]}`), /^Lỗi: /, name);
      assert.notEqual(sqlValue(`SELECT last_fetched_at FROM feed_subscriptions WHERE id = ${ids[name]}`), 'NULL', name);
    }
    // The cut-off feed's first items were well-formed, yet none was saved.
    assert.equal(sqlValue(`SELECT COUNT(*) FROM articles WHERE title LIKE '%nguồn tin hỏng%'`), '0');
  });

  test('imported articles are plain text with their source; the feed\'s HTML never reaches the body', () => {
    // The re-sent feed's known items point at the articles of the first feed.
    const articles = [...new Map([...imported('officeRss'), ...imported('schoolRss'), ...imported('schoolAtom'),
      ...imported('officeResent')].map((a) => [a.id, a])).values()];
    assert.equal(articles.length, 11);
    for (const a of articles) {
      assert.match(a.body, /^(<p>[^<>]*<\/p>)?<p><a href="https?:\/\/[^"<>]+" rel="noopener">Xem toàn văn tại nguồn<\/a><\/p>$/, `${a.title}: body is our markup only`);
      assert.doesNotMatch(a.body + a.summary + a.title, /<script|onerror|<img|<style|alert\(|color:red/i, a.title);
      assert.doesNotMatch(a.title + a.summary, /root:/, 'no external entity was loaded');
      assert.ok([...a.summary].length <= 500, `${a.title}: summary ≤ 500 characters`);
      assert.equal(a.title, a.title.normalize('NFC'), 'NFC');
      assert.equal(a.summary, a.summary.normalize('NFC'), 'NFC');
      assert.match(a.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.equal(sqlValue(`SELECT source_url FROM articles WHERE id = ${a.id}`), a.sourceUrl);
    }
    const first1 = byTitle('officeRss', 'Sở GD&ĐT triển khai');
    assert.equal(first1.title, 'Sở GD&ĐT triển khai nhiệm vụ năm học 2026–2027', '& decoded once');
    assert.equal(first1.summary, 'Hội nghị quán triệt 8 nhóm nhiệm vụ trọng tâm; giáo viên & học sinh toàn tỉnh hưởng ứng phong trào thi đua.');
    assert.ok(first1.body.includes('giáo viên &amp; học sinh'), 'escaped in the body');
    assert.equal(first1.sourceName, 'Sở Giáo dục và Đào tạo tỉnh Quảng Nam – Tin tức');
    assert.equal(first1.sourceUrl, 'https://sgddt.quangnam.gov.vn/tin-tuc/trien-khai-nhiem-vu-nam-hoc-2026-2027-1201.html');
    assert.equal(first1.sourceDate, '2026-11-20');
    assert.equal(first1.author, 'Văn phòng Sở', 'the name of "email (Name)"');
    const script = byTitle('officeRss', 'Hướng dẫn phòng, chống dịch');
    assert.equal(script.summary, 'Các trường tăng cường vệ sinh lớp học, theo dõi sức khỏe học sinh. Phụ huynh liên hệ giáo viên chủ nhiệm khi trẻ có dấu hiệu sốt.');
    assert.equal(script.author, 'Phòng Giáo dục Mầm non', 'dc:creator');
    assert.equal(script.sourceDate, '2026-11-21');
    const decomposed = byTitle('officeRss', 'Tuyên dương');
    assert.equal(decomposed.title, 'Tuyên dương 120 giáo viên dạy giỏi cấp tỉnh năm học 2025–2026', 'NFD in the feed, NFC stored');
    assert.equal(decomposed.sourceUrl, `${FIXTURES}/tin-tuc/tuyen-duong-giao-vien-day-gioi-1203.html`, 'relative link resolved');
    const long = byTitle('officeRss', 'Kế hoạch thi chọn');
    assert.ok(long.summary.endsWith('…') && [...long.summary].length <= 500, 'long summary shortened');
    const atom1 = byTitle('schoolAtom', 'Lịch nghỉ Tết');
    assert.equal(atom1.title, 'Lịch nghỉ Tết Nguyên đán Bính Ngọ & kế hoạch học bù');
    assert.equal(atom1.summary, 'Học sinh nghỉ Tết từ ngày 12/02/2027 đến hết ngày 22/02/2027.');
    assert.equal(atom1.sourceName, 'Sở Giáo dục và Đào tạo tỉnh Quảng Nam – Thông báo');
    assert.equal(atom1.sourceDate, '2026-11-22');
    const atom2 = byTitle('schoolAtom', 'Tập huấn');
    assert.equal(atom2.title, 'Tập huấn giáo viên cốt cán về chuyển đổi số');
    assert.equal(atom2.summary, 'Khóa tập huấn trực tuyến kéo dài 3 ngày cho giáo viên cốt cán.');
    assert.equal(atom2.sourceUrl, 'https://sgddt.quangnam.gov.vn/thong-bao/tap-huan-chuyen-doi-so-302.html');
  });

  test('drafts wait for the editors; published items show with "Nguồn: …"', async () => {
    const officeCat = Number(sqlValue(`SELECT id FROM categories WHERE site_id = ${office.id} AND slug = 'tin-giao-duc'`));
    for (const a of [...imported('officeRss'), ...imported('officeResent')]) {
      assert.equal(a.status, 'draft');
      assert.equal(a.publishedAt, 'NULL');
      assert.equal(a.site, office.id);
      assert.equal(a.category, officeCat);
      assert.equal((await get(`/bai-viet/${a.id}-${a.slug}`)).status, 404, 'a draft is not public');
    }
    await sleep(1100);
    const officeFeed = (await get('/rss.xml')).text;
    for (const a of imported('officeRss')) assert.ok(!officeFeed.includes(`/bai-viet/${a.id}-`), 'drafts are not in the feed');
    const prefix = prefixOf(school);
    const schoolFeed = (await get(`${prefix}/rss.xml`)).text;
    for (const a of [...imported('schoolRss'), ...imported('schoolAtom')]) {
      assert.equal(a.status, 'published');
      assert.notEqual(a.publishedAt, 'NULL');
      assert.equal(a.site, school.id);
      const res = await get(`${prefix}/bai-viet/${a.id}-${a.slug}`);
      assert.equal(res.status, 200, a.title);
      const source = `<p class="article-source">Nguồn: <a href="${a.sourceUrl.replace(/&/g, '&amp;')}" rel="noopener">${a.sourceName.replace(/&/g, '&amp;')}</a>`;
      assert.ok(res.text.includes(source), `${a.title}: source attributed`);
      assert.ok(res.text.includes('>Xem toàn văn tại nguồn</a>'));
      assert.doesNotMatch(res.text, /alert\(|onerror/);
      assert.ok(schoolFeed.includes(`${BASE}${prefix}/bai-viet/${a.id}-${a.slug}`), `${a.title}: in the school's feed`);
    }
    const page = byTitle('schoolRss', 'Hướng dẫn phòng, chống dịch');
    await assertValidHtml((await get(`${prefix}/bai-viet/${page.id}-${page.slug}`)).text, 'imported article');
  });

  test('every fetch of a subscription is in the audit log; feeds list shows the last outcome', () => {
    for (const name of Object.keys(plan)) {
      assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'feeds.fetch' AND object_type = 'feed_subscription'
          AND object_id = ${ids[name]}`), '2', name);
      assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'feeds.add' AND object_id = ${ids[name]}`), '1', name);
    }
    const list = portalctl(['feeds', 'list']);
    assert.equal(list.status, 0, list.err);
    assert.ok(list.out.includes(fixture('khong-co.xml')));
    assert.match(list.out, /Lần lấy cuối: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — Lỗi: Máy chủ nguồn tin trả về mã HTTP 404\./);
    assert.match(list.out, /\[bản nháp, đang tắt\]/, 'the demo subscription, inactive');
  });

  test('feeds add refuses what it cannot fetch and saves nothing then', () => {
    const before = sqlValue('SELECT COUNT(*) FROM feed_subscriptions');
    const cases = [
      [['--site', office.slug, '--url', 'file:///etc/passwd', '--category', 'tin-giao-duc'], 1, /http:\/\/ hoặc https:\/\//],
      [['--site', office.slug, '--url', 'ftp://example.vn/rss.xml', '--category', 'tin-giao-duc'], 1, /http:\/\/ hoặc https:\/\//],
      [['--site', office.slug, '--url', fixture('so-gddt.xml'), '--category', 'tin-giao-duc'], 1, /đã đăng ký nguồn tin này/],
      [['--site', office.slug, '--url', fixture('x.xml'), '--category', 'khong-co'], 1, /không có chuyên mục/],
      [['--site', 'khong-co-don-vi', '--url', fixture('x.xml'), '--category', 'tin-tuc'], 1, /Không tìm thấy đơn vị/],
      [['--site', office.slug, '--category', 'tin-giao-duc'], 2, /usage/],
    ];
    for (const [args, status, message] of cases) {
      const r = portalctl(['feeds', 'add', ...args]);
      assert.equal(r.status, status, args.join(' '));
      assert.match(r.err, message, args.join(' '));
    }
    assert.equal(sqlValue('SELECT COUNT(*) FROM feed_subscriptions'), before);
    assert.equal(portalctl(['feeds', 'khong-co']).status, 2);
  });
});
