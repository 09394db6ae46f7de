// The public pages the browser tests visit, as data: for the office (no prefix) and one
// member school (/don-vi/<slug>), with real ids and slugs from the test database.
//
// To add a page type: put its path in CORE (it must exist now; a test fails otherwise) or
// in OPTIONAL (probed at run time: visited when it answers 200 with HTML, skipped with a
// diagnostic otherwise, so pages being built join the run by themselves when they land).
import { BASE, sql } from '../integration/lib.mjs';

// name → path inside a site (after its prefix); status is the main document's.
const CORE = (site) => [
  { name: 'home', path: '/' },
  { name: 'tin-tuc', path: '/tin-tuc' },
  { name: 'chuyen-muc', path: `/tin-tuc/${site.category}` },
  { name: 'bai-viet', path: `/bai-viet/${site.article}` },
  { name: 'gioi-thieu', path: '/gioi-thieu' },
  { name: 'lich-su', path: '/gioi-thieu/lich-su' },
  { name: 'ban-lanh-dao', path: '/gioi-thieu/ban-lanh-dao' },
  { name: 'danh-ba', path: '/danh-ba' },
  { name: 'don-vi', path: '/don-vi' },
  { name: '404', path: '/khong-co-trang-nay', status: 404 },
];

const OPTIONAL = [
  '/lich-cong-tac', '/lien-he', '/rss.xml', '/album', '/video', '/lien-ket', '/so-do-trang',
];

function siteRow(where) {
  const [row] = sql(`SELECT id, slug FROM sites WHERE ${where} ORDER BY id LIMIT 1`);
  if (!row) throw new Error(`no site where ${where}`);
  return { id: Number(row[0]), slug: row[1] };
}

function describeSite(site, key, prefix) {
  const [category] = sql(`SELECT slug FROM categories WHERE site_id = ${site.id} AND parent_id IS NULL
      ORDER BY sort_order, id LIMIT 1`);
  const [article] = sql(`SELECT id, slug FROM articles WHERE site_id = ${site.id}
      AND status = 'published' AND published_at <= UTC_TIMESTAMP()
      ORDER BY published_at DESC, id DESC LIMIT 1`);
  if (!category || !article) throw new Error(`site ${site.slug} has no category or no article`);
  return { ...site, key, prefix, category: category[0], article: `${article[0]}-${article[1]}` };
}

// The office (the root site) and the first school (a site under it with published news).
export function testSites() {
  const office = siteRow('parent_id IS NULL');
  const school = siteRow(`parent_id = ${office.id} AND EXISTS (SELECT 1 FROM articles a
      WHERE a.site_id = sites.id AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP())`);
  return [describeSite(office, 'office', ''), describeSite(school, 'school', `/don-vi/${school.slug}`)];
}

// Whether an optional page exists now: 200 and HTML. Returns null or why it is skipped.
async function probe(url) {
  try {
    const res = await fetch(BASE + url, { redirect: 'manual' });
    await res.arrayBuffer();
    const type = res.headers.get('content-type') || '';
    if (res.status !== 200) return `status ${res.status}`;
    if (!/^text\/html\b/i.test(type)) return `not HTML (${type})`;
    return null;
  } catch (err) {
    return err.message;
  }
}

// Every page to visit: { name (unique, used for screenshots), site, url, status }, and the
// optional ones skipped with why.
export async function publicPages() {
  const pages = [];
  const skipped = [];
  for (const site of testSites()) {
    for (const p of CORE(site)) {
      pages.push({ name: `${site.key}-${p.name}`, site, url: site.prefix + p.path, status: p.status ?? 200 });
    }
    for (const p of OPTIONAL) {
      const url = site.prefix + p;
      const why = await probe(url);
      if (why) skipped.push(`${url}: ${why}`);
      else pages.push({ name: `${site.key}-${p.slice(1).replace(/[^a-z0-9]+/g, '-')}`, site, url, status: 200 });
    }
  }
  return { pages, skipped };
}
