// The public portal's blocks and media pages over HTTP on the demo data: the home page's
// announcements, links, counters and featured news; pictures with responsive sizes;
// galleries and videos; star ratings; albums, videos, links, the site map, the print view,
// the organisation chart, per-site colours and menus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertValidHtml, get, links, lit, sites, sleep, sql, sqlValue } from './lib.mjs';

const all = sites();
const office = all.find((s) => s.parent === null);
const schools = all.filter((s) => s.parent !== null);
const NO_CACHE = { Cookie: 'eduportal_session=test' };

function firstArticle(siteId, extra = '') {
  return sql(`SELECT id, slug, title FROM articles WHERE site_id = ${siteId} AND status = 'published'
      AND published_at <= UTC_TIMESTAMP() ${extra} ORDER BY published_at DESC, id DESC LIMIT 1`)[0];
}

test('the home page shows announcements, links, visitor counters and featured news', async () => {
  const res = await get('/', { headers: NO_CACHE });
  assert.equal(res.status, 200);
  // Announcements: the newest article of the notice category is listed.
  const notice = sql(`SELECT a.title FROM articles a JOIN categories c ON c.id = a.category_id
      WHERE c.site_id = ${office.id} AND c.is_notice = 1 AND a.status = 'published'
      AND a.published_at <= UTC_TIMESTAMP() ORDER BY a.published_at DESC, a.id DESC LIMIT 1`)[0][0];
  assert.match(res.text, /<h2 id="thong-bao" class="section-title">Thông báo<\/h2>/);
  assert.ok(res.text.includes(notice.replace(/&/g, '&amp;')), 'newest announcement');
  // Links block with the Bộ GD&ĐT.
  assert.ok(links(res.text).includes('https://moet.gov.vn'), 'link to the Ministry');
  // Counters.
  for (const label of ['Đang truy cập', 'Hôm nay', 'Tổng lượt truy cập']) assert.ok(res.text.includes(label), label);
  // The home page's data is kept for the cache time (1 s): within it, the total matches.
  let shown = false;
  for (let i = 0; i < 5 && !shown; i += 1) {
    const page = await get('/', { headers: NO_CACHE });
    const total = Number(sqlValue(`SELECT visit_total FROM sites WHERE id = ${office.id}`));
    shown = page.text.includes(`<dt>Tổng lượt truy cập</dt><dd>${total}</dd>`);
    if (!shown) await sleep(1100);
  }
  assert.ok(shown, 'total from the database');
  // Featured: every featured article appears in the slider.
  const featured = sql(`SELECT id FROM articles WHERE site_id = ${office.id} AND featured = 1
      AND status = 'published' AND published_at <= UTC_TIMESTAMP() ORDER BY published_at DESC LIMIT 5`);
  const slider = res.text.slice(res.text.indexOf('class="slider"'), res.text.indexOf('</ul>', res.text.indexOf('class="slider"')));
  for (const [id] of featured) assert.match(slider, new RegExp(`/bai-viet/${id}-`), `featured ${id}`);
  // The hotline.
  assert.match(res.text, /Đường dây nóng: <a href="tel:\d+">/);
  await assertValidHtml(res.text, '/');
});

test('covers are thumbnails made at import, in responsive sizes, lazy below the fold', async () => {
  const res = await get('/tin-tuc', { headers: NO_CACHE });
  const img = res.text.match(/<img src="(\/uploads\/[^"]+-640\.jpg)" srcset="([^"]+)"[^>]*loading="lazy"/);
  assert.ok(img, 'a card picture with srcset and lazy loading');
  const sizes = img[2].split(', ').map((s) => s.split(' '));
  assert.deepEqual(sizes.map((s) => s[1]), ['320w', '640w', '1024w']);
  for (const [url, w] of sizes) {
    const file = await fetch(`${process.env.EDUPORTAL_URL}${url}`);
    assert.equal(file.status, 200, url);
    assert.equal(file.headers.get('content-type'), 'image/jpeg');
    const bytes = Buffer.from(await file.arrayBuffer());
    // JPEG SOF0/SOF2 frame: width at offset +7 of the marker.
    let width = 0;
    for (let i = 2; i < bytes.length - 9; i += 1) {
      if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) { width = bytes.readUInt16BE(i + 7); break; }
    }
    assert.equal(`${width}w`, w, `${url} is ${w} wide`);
  }
  const stored = sqlValue(`SELECT COUNT(*) FROM media WHERE kind = 'image' AND thumb_widths = '320,640,1024' AND sha256 REGEXP '^[0-9a-f]{64}$'`);
  assert.ok(Number(stored) >= 16, 'media rows with their thumbnails and hashes');
});

test('an article shows its gallery, a print view, and Open Graph picture', async () => {
  const [id, slug] = sql(`SELECT a.id, a.slug FROM articles a JOIN article_photos p ON p.article_id = a.id
      WHERE a.site_id = ${office.id} AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP() LIMIT 1`)[0];
  const res = await get(`/bai-viet/${id}-${slug}`, { headers: NO_CACHE });
  assert.equal(res.status, 200);
  assert.match(res.text, /<section class="gallery"/);
  assert.match(res.text, /<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/uploads\//);
  assert.ok(res.text.includes(`href="/bai-viet/${id}-${slug}/ban-in"`), 'print link');
  const print = await get(`/bai-viet/${id}-${slug}/ban-in`);
  assert.equal(print.status, 200);
  assert.match(print.text, /<meta name="robots" content="noindex">/);
  assert.match(print.text, /class="print-view"/);
  assert.doesNotMatch(print.text, /class="main-nav"/, 'no menus in the print view');
  await assertValidHtml(print.text, 'print view');
  assert.equal((await get(`/bai-viet/${id}-sai/ban-in`)).status, 301);
});

test('a YouTube video is embedded through youtube-nocookie; a bad id is not', async () => {
  const [id, slug] = firstArticle(office.id);
  try {
    sql(`UPDATE articles SET youtube_id = 'dQw4w9WgXcQ' WHERE id = ${id}`);
    const res = await get(`/bai-viet/${id}-${slug}`, { headers: NO_CACHE });
    assert.match(res.text, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ"/);
    sql(`UPDATE articles SET youtube_id = 'x"><script>' WHERE id = ${id}`);
    const bad = await get(`/bai-viet/${id}-${slug}`, { headers: NO_CACHE });
    assert.doesNotMatch(bad.text, /youtube-nocookie/);
    assert.doesNotMatch(bad.text, /<script>/);
  } finally {
    sql(`UPDATE articles SET youtube_id = NULL WHERE id = ${id}`);
  }
});

test('star ratings: one vote per visitor, refused from another site, limited per address', async () => {
  const [id, slug] = firstArticle(schools[0].id);
  const prefix = `/don-vi/${schools[0].slug}`;
  const origin = process.env.EDUPORTAL_URL;
  const post = (body, headers = {}) => get(`${prefix}/danh-gia/${id}`, {
    method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...headers },
  });
  sql(`DELETE FROM article_ratings WHERE article_id = ${id}`);
  sql(`UPDATE articles SET rating_sum = 0, rating_count = 0 WHERE id = ${id}`);
  try {
    const first = await post('so_sao=4');
    assert.equal(first.status, 303);
    assert.equal(first.headers.get('location'), `${prefix}/bai-viet/${id}-${slug}?danh-gia=cam-on#danh-gia`);
    const cookie = first.headers.get('set-cookie');
    assert.match(cookie, /^eduportal_visitor=[0-9a-f]{32}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax/);
    const visitor = cookie.split(';')[0];
    const again = await post('so_sao=1', { Cookie: visitor });
    assert.match(again.headers.get('location'), /danh-gia=da-co/);
    assert.deepEqual(sql(`SELECT rating_sum, rating_count FROM articles WHERE id = ${id}`)[0], ['4', '1']);
    // The cookie is kept only as a hash.
    assert.equal(sqlValue(`SELECT COUNT(*) FROM article_ratings WHERE visitor_hash = ${lit(visitor.split('=')[1])}`), '0');
    // The page shows the average and the thanks.
    const page = await get(`${prefix}/bai-viet/${id}-${slug}?danh-gia=cam-on`, { headers: NO_CACHE });
    assert.match(page.text, /Điểm trung bình <strong>4,0\/5<\/strong> \(1 lượt đánh giá\)/);
    assert.match(page.text, /Cảm ơn bạn đã đánh giá bài viết\./);
    // No stars, or stars out of range: a Vietnamese message, nothing saved.
    for (const body of ['', 'so_sao=0', 'so_sao=6', 'so_sao=abc']) {
      const bad = await post(body);
      assert.match(bad.headers.get('location'), /danh-gia=loi/, body);
    }
    // From another site (or with no origin at all): refused, nothing saved.
    const forged = await post('so_sao=5', { Origin: 'https://ke-xau.example' });
    assert.equal(forged.status, 403);
    assert.match(forged.text, /không xuất phát từ trang của cổng thông tin/);
    const crossSite = await post('so_sao=5', { 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(crossSite.status, 403);
    assert.equal(sqlValue(`SELECT rating_count FROM articles WHERE id = ${id}`), '1');
    assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'article.rate' AND object_id = ${id}`)) >= 1, 'audited');
    // Many new visitors from one address: stopped after the daily limit.
    let limited = false;
    for (let i = 0; i < 40 && !limited; i += 1) {
      const r = await post('so_sao=3');
      limited = /danh-gia=qua-nhieu/.test(r.headers.get('location'));
    }
    assert.ok(limited, 'the per-address limit applies');
  } finally {
    sql(`DELETE FROM article_ratings WHERE address_hash IN (SELECT address_hash FROM (SELECT address_hash FROM article_ratings WHERE article_id = ${id}) t)`);
    sql(`UPDATE articles SET rating_sum = 0, rating_count = 0 WHERE id = ${id}`);
  }
});

test('albums list and show their photos; videos play from an uploaded MP4', async () => {
  const albums = await get('/album');
  assert.equal(albums.status, 200);
  const [aid, aslug, count] = sql(`SELECT a.id, a.slug, COUNT(p.media_id) FROM albums a JOIN album_photos p ON p.album_id = a.id
      WHERE a.site_id = ${office.id} GROUP BY a.id ORDER BY a.published_at DESC LIMIT 1`)[0];
  assert.ok(albums.text.includes(`href="/album/${aid}-${aslug}"`));
  await assertValidHtml(albums.text, '/album');
  const album = await get(`/album/${aid}-${aslug}`);
  assert.equal(album.status, 200);
  assert.equal((album.text.match(/<figure><a href="\/uploads\//g) || []).length, Number(count));
  assert.equal((await get(`/album/${aid}-sai`)).status, 301);
  assert.equal((await get('/album/999999-khong-co')).status, 404);
  const videos = await get('/video');
  const [vid, vslug] = sql(`SELECT id, slug FROM videos WHERE site_id = ${office.id} AND media_id IS NOT NULL LIMIT 1`)[0];
  assert.ok(videos.text.includes(`href="/video/${vid}-${vslug}"`));
  const video = await get(`/video/${vid}-${vslug}`);
  const src = video.text.match(/<video class="video-file" controls preload="none" poster="[^"]+" src="([^"]+\.mp4)"/);
  assert.ok(src, 'a <video> with a poster');
  const file = await fetch(process.env.EDUPORTAL_URL + src[1], { method: 'HEAD' });
  assert.equal(file.headers.get('content-type'), 'video/mp4');
  await assertValidHtml(video.text, 'video page');
});

test('links list the superior offices, the site\'s groups and every member unit', async () => {
  const res = await get('/lien-ket');
  assert.equal(res.status, 200);
  assert.ok(links(res.text).includes('https://moet.gov.vn'));
  for (const school of schools) assert.ok(links(res.text).includes(`/don-vi/${school.slug}/`), school.slug);
  const school = await get(`/don-vi/${schools[0].slug}/lien-ket`);
  assert.match(school.text, /Đơn vị cấp trên/);
  assert.ok(links(school.text).includes('/'), 'links up to the office');
  await assertValidHtml(res.text, '/lien-ket');
});

test('the site map lists every section, category and introduction page, with access keys', async () => {
  const res = await get('/so-do-trang');
  assert.equal(res.status, 200);
  const hrefs = links(res.text);
  for (const p of ['/', '/gioi-thieu', '/tin-tuc', '/danh-ba', '/album', '/video', '/lien-ket', '/don-vi']) {
    assert.ok(hrefs.includes(p), p);
  }
  for (const [slug] of sql(`SELECT slug FROM categories WHERE site_id = ${office.id}`)) assert.ok(hrefs.includes(`/tin-tuc/${slug}`), slug);
  for (const [slug] of sql(`SELECT slug FROM pages WHERE site_id = ${office.id}`)) assert.ok(hrefs.includes(`/gioi-thieu/${slug}`), slug);
  assert.match(res.text, /href="\/" accesskey="1">/);
  assert.match(res.text, /<a href="\/so-do-trang" accesskey="3">/);
  assert.match(res.text, /<a href="\/gioi-thieu\/gioi-thieu-tieng-anh" lang="en" hreflang="en">English<\/a>/);
  await assertValidHtml(res.text, '/so-do-trang');
});

test('the organisation chart is drawn from data, with each unit\'s people', async () => {
  const res = await get('/gioi-thieu/co-cau-to-chuc');
  assert.equal(res.status, 200);
  assert.match(res.text, /<section class="org-chart"/);
  for (const [name] of sql(`SELECT name FROM org_units WHERE site_id = ${office.id}`)) {
    assert.ok(res.text.includes(`<p class="org-name">${name}</p>`), name);
  }
  const [person] = sql(`SELECT full_name FROM staff WHERE site_id = ${office.id} AND org_unit_id IS NOT NULL LIMIT 1`)[0];
  assert.ok(res.text.includes(person), person);
  await assertValidHtml(res.text, 'organisation chart');
});

test('each site has its own colours, and its own menu when it defines one', async () => {
  const kindergarten = all.find((s) => sqlValue(`SELECT level_code FROM sites WHERE id = ${s.id}`) === 'mam-non');
  const page = await get(`/don-vi/${kindergarten.slug}/`);
  assert.match(page.text, /<body class="theme-xanh-la">/);
  const school = schools[3];
  sql(`INSERT INTO menu_items (site_id, label, url, sort_order) VALUES
      (${school.id}, 'Trang chủ', '/', 1), (${school.id}, 'Tin nhà trường', '/tin-tuc', 2),
      (${school.id}, 'Bộ Giáo dục', 'https://moet.gov.vn', 3)`);
  try {
    let res;
    for (let i = 0; i < 40; i += 1) {  // site data reloads every 5 seconds
      res = await get(`/don-vi/${school.slug}/danh-ba`, { headers: NO_CACHE });
      if (res.text.includes('Tin nhà trường')) break;
      await sleep(250);
    }
    const nav = res.text.slice(res.text.indexOf('<ul class="nav-list">'), res.text.indexOf('</ul>', res.text.indexOf('<ul class="nav-list">')));
    assert.ok(nav.includes(`<a href="/don-vi/${school.slug}/tin-tuc">Tin nhà trường</a>`), 'own menu, inside the site');
    assert.ok(nav.includes('<a href="https://moet.gov.vn">Bộ Giáo dục</a>'), 'absolute link kept');
    assert.ok(!nav.includes('Lịch công tác'), 'the default menu is replaced');
  } finally {
    sql(`DELETE FROM menu_items WHERE site_id = ${school.id}`);
  }
});

test('visits are counted by a never-cached pixel on every page and flushed to the counters', async () => {
  const school = schools[4];
  const page = await get(`/don-vi/${school.slug}/danh-ba`);
  assert.ok(page.text.includes(`src="/don-vi/${school.slug}/luot-truy-cap"`), 'the page carries the pixel');
  const before = Number(sqlValue(`SELECT visit_total FROM sites WHERE id = ${school.id}`));
  for (let i = 0; i < 3; i += 1) {
    const px = await get(`/don-vi/${school.slug}/luot-truy-cap`);
    assert.equal(px.headers.get('cache-control'), 'no-store');
  }
  let after = before;
  for (let i = 0; i < 40 && after < before + 3; i += 1) {
    await sleep(250);
    after = Number(sqlValue(`SELECT visit_total FROM sites WHERE id = ${school.id}`));
  }
  assert.equal(after, before + 3);
  assert.ok(Number(sqlValue(`SELECT COALESCE(SUM(visitors), 0) FROM site_online WHERE site_id = ${school.id}`)) >= 1, 'online now');
});
