// Documents, drafts for comment and procedures over HTTP (SPEC A5, A6; issue 6 items 1–3):
// filters combined with their counts, keyset pages and their 404s, a document's metadata
// and Dublin Core, the 301 of a wrong slug, counted downloads, internal files kept from the
// public, comments on a draft (accepted, honeypot, closed → 409), procedures, and the staff
// side: the NĐ 30 number checked with Vietnamese reasons, duplicates refused by the
// database, escaping, CSRF, permissions and the audit log.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { BASE, ROOT, Staff, assertValidHtml, get, lit, sleep, sql, sqlValue } from './lib.mjs';

const PDF = fs.readFileSync(path.join(ROOT, 'db/demo/private/cong-van/demo/bao-cao-truong.pdf'));
const made = { documents: [], drafts: [], procedures: [] };


const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const publicCount = (where = '1') => Number(sqlValue(
  `SELECT COUNT(*) FROM documents d JOIN document_issuers i ON i.id = d.issuer_id
   WHERE d.site_id = 1 AND d.visibility = 'cong-khai' AND ${where}`));
const shownTotal = (html) => Number(html.match(/Tìm thấy <strong>(\d+)<\/strong>/)[1]);
const optionCount = (html, select, value) => {
  const block = html.match(new RegExp(`<select id="${select}"[\\s\\S]*?</select>`))[0];
  const m = block.match(new RegExp(`<option value="${value}"[^>]*>[^<]*\\((\\d+)\\)</option>`));
  return m ? Number(m[1]) : 0;
};

after(() => {
  for (const id of made.documents) {
    sql(`DELETE FROM document_relations WHERE document_id = ${id} OR related_id = ${id}`);
    sql(`DELETE FROM document_files WHERE document_id = ${id}`);
    sql(`UPDATE documents SET replaced_by_id = NULL WHERE replaced_by_id = ${id}`);
    sql(`DELETE FROM documents WHERE id = ${id}`);
  }
  for (const id of made.drafts) {
    sql(`DELETE FROM draft_comments WHERE draft_id = ${id}`);
    sql(`DELETE FROM draft_files WHERE draft_id = ${id}`);
    sql(`DELETE FROM document_drafts WHERE id = ${id}`);
  }
  for (const id of made.procedures) {
    sql(`DELETE FROM procedure_files WHERE procedure_id = ${id}`);
    sql(`DELETE FROM procedure_documents WHERE procedure_id = ${id}`);
    sql(`DELETE FROM procedures WHERE id = ${id}`);
  }
});

test('the demo has documents across types, issuers and three years, with PDFs and scans', () => {
  assert.ok(Number(sqlValue('SELECT COUNT(*) FROM documents')) >= 150);
  assert.ok(Number(sqlValue("SELECT COUNT(DISTINCT year) FROM documents WHERE year BETWEEN 2024 AND 2026")) === 3);
  assert.ok(Number(sqlValue('SELECT COUNT(DISTINCT type_code) FROM documents')) >= 6);
  assert.ok(Number(sqlValue('SELECT COUNT(DISTINCT issuer_id) FROM documents')) >= 6);
  assert.equal(Number(sqlValue('SELECT COUNT(*) FROM procedures')) >= 20, true);
  // Every demo file was rendered (size and hash filled in), two of them scans.
  assert.equal(sqlValue("SELECT COUNT(*) FROM document_files WHERE size = 0 OR sha256 = REPEAT('0', 64)"), '0');
  assert.ok(Number(sqlValue("SELECT COUNT(*) FROM document_files WHERE path LIKE '%-scan.pdf'")) >= 2);
});

test('/van-ban lists public documents with filters combined and counts per value', async () => {
  const all = await get('/van-ban');
  assert.equal(all.status, 200);
  await assertValidHtml(all.text, '/van-ban');
  assert.equal(shownTotal(all.text), publicCount());
  // Counts per value of each filter, under the other filters.
  assert.equal(optionCount(all.text, 'loai', 'quyet-dinh'), publicCount("d.type_code = 'quyet-dinh'"));
  assert.equal(optionCount(all.text, 'co-quan', 'so-gddt'), publicCount("i.slug = 'so-gddt'"));
  assert.equal(optionCount(all.text, 'nam', '2025'), publicCount('d.year = 2025'));
  // Internal documents are never listed nor counted.
  const internal = sql("SELECT number_symbol FROM documents WHERE site_id = 1 AND visibility = 'noi-bo'").map((r) => r[0]);
  assert.ok(internal.length > 0);
  for (const n of internal) assert.ok(!all.text.includes(`>${n}<`), `internal ${n} listed`);

  const combined = await get('/van-ban?loai=ke-hoach&co-quan=phong-gddt&nam=2025');
  assert.equal(combined.status, 200);
  const want = publicCount("d.type_code = 'ke-hoach' AND i.slug = 'phong-gddt' AND d.year = 2025");
  assert.ok(want > 0);
  assert.equal(shownTotal(combined.text), want);
  // Under loai=ke-hoach & nam=2025, the issuer's count is the same number; the type's
  // counts ignore the type filter itself.
  assert.equal(optionCount(combined.text, 'co-quan', 'phong-gddt'), want);
  assert.equal(optionCount(combined.text, 'loai', 'quyet-dinh'),
    publicCount("d.type_code = 'quyet-dinh' AND i.slug = 'phong-gddt' AND d.year = 2025"));
  assert.match(combined.text, /<option value="ke-hoach" selected>/);

  const byField = await get('/van-ban?linh-vuc=tuyen-sinh&q=' + encodeURIComponent('tuyển sinh'));
  assert.equal(shownTotal(byField.text),
    publicCount("d.field_code = 'tuyen-sinh' AND (d.abstract LIKE '%tuyển sinh%' OR d.number_symbol LIKE '%tuyển sinh%')"));
  const byNumber = await get('/van-ban?q=' + encodeURIComponent('37/2020/TT-BGDĐT'));
  assert.equal(shownTotal(byNumber.text), 1);
  assert.match(byNumber.text, /37\/2020\/TT-BGDĐT/);
  const none = await get('/van-ban?q=khongcovanbannao');
  assert.equal(none.status, 200);
  assert.match(none.text, /Không có văn bản phù hợp/);
});

test('/van-ban pages by keyset; a malformed or past-the-end cursor is 404', async () => {
  const first = await get('/van-ban');
  const next = decode(first.text.match(/href="([^"]*sau=[^"]*)" rel="next"/)[1]);
  const second = await get(next);
  assert.equal(second.status, 200);
  await assertValidHtml(second.text, next);
  const firstIds = [...first.text.matchAll(/href="\/van-ban\/(\d+)-/g)].map((m) => m[1]);
  const secondIds = [...second.text.matchAll(/href="\/van-ban\/(\d+)-/g)].map((m) => m[1]);
  assert.ok(secondIds.length > 0);
  assert.ok(secondIds.every((id) => !firstIds.includes(id)), 'pages do not overlap');
  assert.match(second.text, /noindex/);
  for (const bad of ['/van-ban?sau=abc', '/van-ban?sau=12', '/van-ban?nam=20x5', '/van-ban?loai=Quyết', '/van-ban?sau=86400-1']) {
    assert.equal((await get(bad)).status, 404, bad);
  }
});

test('a document shows its metadata and Dublin Core; a wrong slug is 301; downloads are counted', async () => {
  const [id, slug, number] = sql("SELECT id, slug, number_symbol FROM documents WHERE number_symbol = '09/2024/TT-BGDĐT' AND site_id = 1")[0];
  const page = await get(`/van-ban/${id}-${slug}`);
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, 'document');
  assert.match(page.text, new RegExp(`<meta name="DC.identifier" content="${number}">`));
  assert.match(page.text, /<meta name="DC.title" content="Thông tư quy định về công khai/);
  assert.match(page.text, /<meta name="DC.creator" content="Bộ Giáo dục và Đào tạo">/);
  assert.match(page.text, /<meta name="DC.date" content="2024-06-03">/);
  assert.match(page.text, /<meta name="DC.type" content="Thông tư">/);
  for (const label of ['Số, ký hiệu', 'Cơ quan ban hành', 'Người ký', 'Ngày ban hành', 'Ngày hiệu lực', 'Tình trạng', 'Lĩnh vực']) {
    assert.ok(page.text.includes(label), label);
  }
  // Replacement linked both ways: 09/2024 replaced 36/2017, whose page says so.
  assert.match(page.text, /Được thay thế bởi văn bản này/);
  const [oldId, oldSlug] = sql("SELECT id, slug FROM documents WHERE number_symbol = '36/2017/TT-BGDĐT' AND site_id = 1")[0];
  const old = await get(`/van-ban/${oldId}-${oldSlug}`);
  assert.match(old.text, /Bị thay thế/);
  assert.ok(old.text.includes(`href="/van-ban/${id}-${slug}"`));

  const wrong = await get(`/van-ban/${id}-sai-duong-dan`);
  assert.equal(wrong.status, 301);
  assert.equal(wrong.headers.get('location'), `/van-ban/${id}-${slug}`);
  assert.equal((await get(`/van-ban/${id}`)).status, 301);
  assert.equal((await get('/van-ban/99999999-x')).status, 404);

  // The inline view of the PDF, and the counted download.
  const fileId = page.text.match(/href="\/van-ban\/tep\/(\d+)"/)[1];
  // The viewer only when asked for (it is heavy): a link, then the frame at ?xem=1.
  assert.doesNotMatch(page.text, /<iframe/);
  assert.ok(page.text.includes(`href="/van-ban/${id}-${slug}?xem=1#xem-van-ban"`));
  const withFrame = await get(`/van-ban/${id}-${slug}?xem=1`);
  assert.match(withFrame.text, new RegExp(`<iframe class="pdf-frame" src="/van-ban/xem/${fileId}"`));
  await assertValidHtml(withFrame.text, 'document with its PDF viewer');
  assert.equal((await get(`/van-ban/${id}-${slug}?xem=2`)).status, 404);
  const before = Number(sqlValue(`SELECT download_count FROM document_files WHERE id = ${fileId}`));
  const view = await fetch(`${BASE}/van-ban/xem/${fileId}`);
  assert.equal(view.status, 200);
  assert.match(view.headers.get('content-disposition'), /^inline/);
  await view.arrayBuffer();
  const dl = await fetch(`${BASE}/van-ban/tep/${fileId}`);
  assert.equal(dl.status, 200);
  assert.equal(dl.headers.get('content-type'), 'application/pdf');
  assert.match(dl.headers.get('content-disposition'), /^attachment/);
  const bytes = Buffer.from(await dl.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  assert.equal(Number(sqlValue(`SELECT download_count FROM document_files WHERE id = ${fileId}`)), before + 1);
});

test('internal documents and their files are not public', async () => {
  const [id, slug, fileId] = sql(`SELECT d.id, d.slug, f.id FROM documents d JOIN document_files f ON f.document_id = d.id
    WHERE d.visibility = 'noi-bo' LIMIT 1`)[0];
  assert.equal((await get(`/van-ban/${id}-${slug}`)).status, 404);
  const file = await get(`/van-ban/tep/${fileId}`);
  assert.equal(file.status, 404);
  assert.ok(!file.text.startsWith('%PDF'));
  assert.equal((await get(`/van-ban/xem/${fileId}`)).status, 404);
  // The staff route refuses the signed-out.
  const staff = await get(`/admin/van-ban/tep/${fileId}`);
  assert.ok([302, 303, 403].includes(staff.status), `staff file for anonymous: ${staff.status}`);
  assert.ok(!staff.text.startsWith('%PDF'));
  // The clerk reads it.
  const vanthu = await Staff.as('vanthu');
  const res = await fetch(`${BASE}/admin/van-ban/tep/${fileId}`, { headers: { Cookie: vanthu.cookieHeader() } });
  assert.equal(res.status, 200);
  assert.equal(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
});

test('the home page shows the latest documents; the site map lists the pages', async () => {
  const home = await get('/');
  assert.match(home.text, /Văn bản mới/);
  const latest = sqlValue("SELECT number_symbol FROM documents WHERE site_id = 1 AND visibility = 'cong-khai' ORDER BY issued_on DESC, id DESC LIMIT 1");
  assert.ok(home.text.includes(latest));
  const map = await get('/so-do-trang');
  for (const p of ['/van-ban', '/du-thao', '/thu-tuc-hanh-chinh']) assert.ok(map.text.includes(`href="${p}"`), p);
});

// ---- drafts for comment -------------------------------------------------------------

function insertDraft(title, closesSql) {
  sql(`INSERT INTO document_drafts (site_id, title, slug, summary, closes_at, opens_at)
       VALUES (1, ${lit(title)}, 'du-thao-kiem-thu', 'Tóm tắt dự thảo kiểm thử.', ${closesSql}, UTC_TIMESTAMP() - INTERVAL 1 DAY)`);
  const id = Number(sqlValue(`SELECT MAX(id) FROM document_drafts WHERE title = ${lit(title)}`));
  made.drafts.push(id);
  return id;
}

async function commentForm(id) {
  const page = await get(`/du-thao/${id}-du-thao-kiem-thu`);
  assert.equal(page.status, 200);
  return { page, t: page.text.match(/name="t" value="([^"]+)"/)[1] };
}

async function postComment(id, fields) {
  return get(`/du-thao/${id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    body: new URLSearchParams(fields).toString(),
  });
}

test('/du-thao: a comment goes to staff, not public; the honeypot drops; closed answers 409', async () => {
  const list = await get('/du-thao');
  assert.equal(list.status, 200);
  await assertValidHtml(list.text, '/du-thao');
  assert.match(list.text, /Đang lấy ý kiến/);
  assert.match(list.text, /Đã hết thời gian lấy ý kiến/);

  const id = insertDraft(`Dự thảo kiểm thử ${Date.now()}`, 'UTC_TIMESTAMP() + INTERVAL 1 DAY');
  const { page, t } = await commentForm(id);
  await assertValidHtml(page.text, 'draft');
  assert.match(page.text, /name="website"/);
  await sleep(2100);
  const secret = `Góp ý riêng ${Date.now()} <b>không công khai</b>`;
  const sent = await postComment(id, { ho_ten: 'Nguyễn Văn Góp', email: 'gop@example.vn', noi_dung: secret, t, website: '' });
  assert.equal(sent.status, 303);
  assert.match(sent.headers.get('location'), /da-gui=1/);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM draft_comments WHERE draft_id = ${id} AND body = ${lit(secret)}`), '1');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'draft.comment' AND object_id = ${id}`), '1');
  const after1 = await get(`/du-thao/${id}-du-thao-kiem-thu?da-gui=1`);
  assert.match(after1.text, /Cảm ơn bạn đã góp ý/);
  assert.ok(!after1.text.includes('Góp ý riêng'), 'comments are not public');

  // A bot fills the honeypot: the same answer, nothing stored.
  const bot = await postComment(id, { ho_ten: 'Bot', noi_dung: 'Quảng cáo giá rẻ', t, website: 'http://spam.example' });
  assert.equal(bot.status, 303);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM draft_comments WHERE draft_id = ${id} AND name = 'Bot'`), '0');

  // Missing name: 422, the message, what was typed kept.
  const bad = await postComment(id, { ho_ten: '', noi_dung: 'Nội dung còn giữ lại', t });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Họ và tên/);
  assert.match(bad.text, /Nội dung còn giữ lại/);
  await assertValidHtml(bad.text, 'draft with errors');

  // After the closing date: no form, and a POST is 409 in Vietnamese.
  sql(`UPDATE document_drafts SET closes_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ${id}`);
  const closedPage = await get(`/du-thao/${id}-du-thao-kiem-thu`);
  assert.ok(!closedPage.text.includes('name="noi_dung"'));
  assert.match(closedPage.text, /mẫu góp ý đã đóng/);
  const late = await postComment(id, { ho_ten: 'Người đến muộn', noi_dung: 'Góp ý sau hạn chót', t });
  assert.equal(late.status, 409);
  assert.match(late.text, /đã hết thời gian lấy ý kiến/);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM draft_comments WHERE draft_id = ${id} AND name = 'Người đến muộn'`), '0');

  // Staff read the comment.
  const vanthu = await Staff.as('vanthu');
  const staffPage = await vanthu.get(`/admin/du-thao/${id}`);
  assert.equal(staffPage.status, 200);
  assert.ok(staffPage.text.includes('Góp ý riêng'));
  assert.ok(staffPage.text.includes('&lt;b&gt;không công khai&lt;/b&gt;'));
});

// ---- procedures ----------------------------------------------------------------------

test('/thu-tuc-hanh-chinh: list, filters, search, a procedure with its legal basis and forms', async () => {
  const list = await get('/thu-tuc-hanh-chinh');
  assert.equal(list.status, 200);
  await assertValidHtml(list.text, '/thu-tuc-hanh-chinh');
  const total = Number(sqlValue('SELECT COUNT(*) FROM procedures WHERE site_id = 1 AND published = 1'));
  assert.ok(list.text.includes(`Có <strong>${total}</strong> thủ tục`));
  const tai = Number(sqlValue("SELECT COUNT(*) FROM procedures WHERE site_id = 1 AND published = 1 AND field_code = 'tai-chinh'"));
  assert.ok((await get('/thu-tuc-hanh-chinh?linh-vuc=tai-chinh')).text.includes(`Có <strong>${tai}</strong> thủ tục`));
  const found = await get('/thu-tuc-hanh-chinh?q=' + encodeURIComponent('văn bằng'));
  assert.match(found.text, /Cấp bản sao văn bằng, chứng chỉ từ sổ gốc/);
  assert.equal((await get('/thu-tuc-hanh-chinh?cap=quoc-gia')).status, 404);

  const [id, slug] = sql("SELECT id, slug FROM procedures WHERE code = '2.001914'")[0];
  const page = await get(`/thu-tuc-hanh-chinh/${id}-${slug}`);
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, 'procedure');
  for (const label of ['Trình tự thực hiện', 'Thành phần hồ sơ', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Căn cứ pháp lý', 'Biểu mẫu', 'Nộp hồ sơ trực tuyến']) {
    assert.ok(page.text.includes(label), label);
  }
  // The legal basis links to the document's page.
  const tt37 = sql("SELECT id, slug FROM documents WHERE number_symbol = '37/2020/TT-BGDĐT' AND site_id = 1")[0];
  assert.ok(page.text.includes(`href="/van-ban/${tt37[0]}-${tt37[1]}"`));
  const formId = page.text.match(/href="\/thu-tuc-hanh-chinh\/bieu-mau\/(\d+)"/)[1];
  const form = await fetch(`${BASE}/thu-tuc-hanh-chinh/bieu-mau/${formId}`);
  assert.equal(form.status, 200);
  assert.equal(Buffer.from(await form.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  assert.equal((await get(`/thu-tuc-hanh-chinh/${id}-sai`)).status, 301);
});

// ---- staff side ------------------------------------------------------------------------

function documentForm(overrides = {}) {
  return {
    loai: 'quyet-dinh', co_quan: '6', so_ky_hieu: '', ngay_ban_hanh: '2026-11-20', trich_yeu: 'Quyết định kiểm thử',
    nguoi_ky: 'Trần Quốc Bảo', chuc_vu: 'Trưởng phòng', linh_vuc: 'hanh-chinh', ngay_hieu_luc: '2026-11-20',
    ngay_het_hieu_luc: '', hieu_luc: 'con-hieu-luc', thay_the_boi: '', nguon: 'di', pham_vi: 'cong-khai', noi_dung: '',
    ...overrides,
  };
}

test('the clerk adds a document: the number checked in Vietnamese, duplicates refused, escaped, audited', async () => {
  const vanthu = await Staff.as('vanthu');
  const list = await vanthu.get('/admin/van-ban');
  assert.equal(list.status, 200);
  await assertValidHtml(list.text, '/admin/van-ban');
  const form = await vanthu.get('/admin/van-ban/moi');
  assert.equal(form.status, 200);
  await assertValidHtml(form.text, '/admin/van-ban/moi');
  assert.match(form.text, /<script src="\/static\/js\/admin-documents.js" defer><\/script>/);

  // As they type: the JSON check.
  const check = async (so, extra = '') => JSON.parse((await vanthu.get(`/admin/van-ban/kiem-tra-so?so=${encodeURIComponent(so)}${extra}`)).text);
  const good = await check('45/2021/TT-BGDĐT', '&loai=thong-tu&co_quan=2&ngay=2021-12-31');
  assert.equal(good.ok, true, good.message);
  assert.equal(good.number, 45);
  assert.equal(good.year, 2021);
  assert.equal(good.issuer, 'BGDĐT');
  const cv = await check('12/CV-THCS');
  assert.equal(cv.ok, false);
  assert.match(cv.message, /công văn không ghi chữ viết tắt tên loại «CV»/);
  const taken = await check('09/2024/TT-BGDĐT', '&loai=thong-tu&co_quan=2&ngay=2024-06-03');
  assert.equal(taken.ok, false);
  assert.match(taken.message, /Đã có văn bản số/);
  const mismatch = await check('34/KH-PGDĐT', '&loai=quyet-dinh&co_quan=6&ngay=2026-01-05');
  assert.equal(mismatch.ok, false);
  assert.match(mismatch.message, /không khớp loại văn bản «Quyết định»/);

  // Refused on save, with the reason and what was typed kept.
  const typedAbstract = `Quyết định giữ lại khi lỗi ${Date.now()}`;
  for (const [so, reason] of [['34/qđ-PGDĐT', /«QĐ»/], ['34-QĐ-PGDĐT', /thiếu dấu \//], ['34/QĐ–PGDĐT', /gạch ngang dài/],
    ['0/QĐ-PGDĐT', /không thể là 0/], ['37/2021/QĐ-PGDĐT', /khác năm của ngày ban hành/]]) {
    const res = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: so, trich_yeu: typedAbstract }));
    assert.equal(res.status, 422, so);
    assert.match(res.text, reason, so);
    assert.ok(res.text.includes(typedAbstract), 'abstract kept');
    assert.ok(res.text.includes(so.replace(/&/g, '&amp;')), 'number kept');
  }
  const invalid = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: '34/qđ-PGDĐT' }));
  await assertValidHtml(invalid.text, 'document form with errors');

  // A good one, with a PDF and an XSS attempt in the abstract.
  // A number free on the office, as is the next one (the demo has numbers up to the 900s).
  const n = Number(sqlValue('SELECT COALESCE(MAX(number), 0) FROM documents WHERE site_id = 1')) + 1000 + (Date.now() % 90);
  const number = `${n}/QĐ-PGDĐT`;
  const xss = `<script>alert("x")</script><img src=x onerror=alert(1)> Quyết định kiểm thử ${n}`;
  const created = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: number, trich_yeu: xss }),
    { files: [{ field: 'tep', name: 'quyet-dinh.pdf', data: PDF }] });
  assert.equal(created.status, 303, created.text.slice(0, 400));
  const [id, slug, year, tsym, isym] = sql(`SELECT id, slug, year, type_symbol, issuer_symbol FROM documents WHERE site_id = 1 AND number_symbol = ${lit(number)}`)[0];
  made.documents.push(Number(id));
  assert.deepEqual([year, tsym, isym], ['2026', 'QĐ', 'PGDĐT']);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM document_files WHERE document_id = ${id} AND mime = 'application/pdf'`), '1');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'document.create' AND object_id = ${id}`), '1');
  assert.ok(Number(sqlValue(`SELECT COUNT(*) FROM search_queue WHERE kind = 'document' AND item_id = ${id}`)) >= 1);
  const pub = await get(`/van-ban/${id}-${slug}`);
  assert.equal(pub.status, 200);
  assert.ok(!pub.text.includes('<script>alert'), 'script not raw');
  assert.ok(!pub.text.includes('<img src=x'), 'img not raw');
  assert.ok(pub.text.includes('&lt;script&gt;alert('));
  await assertValidHtml(pub.text, 'document with markup in its abstract');

  // The same number again: refused by the database's unique key, in Vietnamese.
  const again = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: `0${number}`, trich_yeu: 'Trùng số' }));
  assert.equal(again.status, 409);
  assert.match(again.text, /Đã có văn bản số/);
  assert.equal(sqlValue("SELECT COUNT(*) FROM documents WHERE abstract = 'Trùng số'"), '0');
  // Straight SQL hits the same key.
  assert.throws(() => sql(`INSERT INTO documents (site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, issuer_symbol, abstract, issued_on)
    VALUES (1, 'quyet-dinh', 6, 'x', ${n}, 2026, 'QĐ', 'PGDĐT', 'x', '2026-11-20')`), /Duplicate/);
  // Another site may post the same number (a school re-posting the office's decision).
  const other = Number(sqlValue('SELECT id FROM sites WHERE id = 8'));
  sql(`INSERT INTO documents (site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, issuer_symbol, abstract, issued_on)
    VALUES (${other}, 'quyet-dinh', 6, ${lit(number)}, ${n}, 2026, 'QĐ', 'PGDĐT', 'Đăng lại', '2026-11-20')`);
  made.documents.push(Number(sqlValue(`SELECT id FROM documents WHERE site_id = ${other} AND number_symbol = ${lit(number)}`)));

  // Edit: expired, replaced by another document (linked both ways).
  const edit = await vanthu.get(`/admin/van-ban/${id}`);
  assert.equal(edit.status, 200);
  await assertValidHtml(edit.text, 'document edit');
  const updated = await vanthu.post(`/admin/van-ban/${id}`, documentForm({
    so_ky_hieu: number, trich_yeu: `Quyết định kiểm thử đã sửa ${n}`, hieu_luc: 'bi-thay-the', thay_the_boi: '09/2024/TT-BGDĐT',
    lien_quan: '30/2020/NĐ-CP\n29/2024/TT-BGDĐT' }));
  assert.equal(updated.status, 303, updated.text.slice(0, 300));
  assert.equal(sqlValue(`SELECT validity FROM documents WHERE id = ${id}`), 'bi-thay-the');
  assert.equal(sqlValue(`SELECT COUNT(*) FROM document_relations WHERE document_id = ${id}`), '2');
  // Related both ways: the Nghị định's page lists this decision.
  const [ndId, ndSlug] = sql("SELECT id, slug FROM documents WHERE number_symbol = '30/2020/NĐ-CP' AND site_id = 1")[0];
  assert.ok((await get(`/van-ban/${ndId}-${ndSlug}`)).text.includes(number));
  const reread = await vanthu.get(`/admin/van-ban/${id}`);
  assert.match(reread.text, /30\/2020\/NĐ-CP/);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'document.update' AND object_id = ${id}`), '1');
  const missing = await vanthu.post(`/admin/van-ban/${id}`, documentForm({ so_ky_hieu: number, hieu_luc: 'bi-thay-the', thay_the_boi: '1/KH-KHONGCO' }));
  assert.equal(missing.status, 422);
  assert.match(missing.text, /Không tìm thấy văn bản số 1\/KH-KHONGCO/);

  // A file that is not a document is refused.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const refused = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: `${n + 1}/QĐ-PGDĐT` }),
    { files: [{ field: 'tep', name: 'anh.pdf', data: png }] });
  assert.equal(refused.status, 422);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM documents WHERE site_id = 1 AND number_symbol = '${n + 1}/QĐ-PGDĐT'`), '0');
});

test('CSRF and permissions on the staff side', async () => {
  const vanthu = await Staff.as('vanthu');
  const noToken = await vanthu.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: '999/QĐ-PGDĐT' }), { csrf: false });
  assert.equal(noToken.status, 403);
  const giaovien = await Staff.as('giaovien');
  for (const p of ['/admin/van-ban', '/admin/van-ban/moi', '/admin/du-thao', '/admin/thu-tuc', '/admin/van-ban/kiem-tra-so?so=1%2FQĐ-X']) {
    assert.equal((await giaovien.get(p)).status, 403, p);
  }
  const post = await giaovien.post('/admin/van-ban/moi', documentForm({ so_ky_hieu: '998/QĐ-PGDĐT' }));
  assert.equal(post.status, 403);
  assert.equal(sqlValue("SELECT COUNT(*) FROM documents WHERE number_symbol = '998/QĐ-PGDĐT'"), '0');
  assert.equal((await get('/admin/van-ban')).status === 200, false);
});

test('staff post a draft for comment and a procedure with a form', async () => {
  const vanthu = await Staff.as('vanthu');
  const title = `Dự thảo quy định kiểm thử ${Date.now()}`;
  const d = new Date(Date.now() + 3 * 86400000 + 7 * 3600000).toISOString().slice(0, 16);
  const bad = await vanthu.post('/admin/du-thao/moi', { tieu_de: title, tom_tat: 'Tóm tắt', han_gop_y: '2020-01-01T10:00' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Hạn góp ý phải sau thời điểm hiện tại/);
  assert.ok(bad.text.includes(title));
  const ok = await vanthu.post('/admin/du-thao/moi', { tieu_de: title, tom_tat: 'Tóm tắt dự thảo', han_gop_y: d },
    { files: [{ field: 'tep', name: 'du-thao.pdf', data: PDF }] });
  assert.equal(ok.status, 303);
  const id = Number(sqlValue(`SELECT id FROM document_drafts WHERE title = ${lit(title)}`));
  made.drafts.push(id);
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'draft.create' AND object_id = ${id}`), '1');
  const pub = await get('/du-thao');
  assert.ok(pub.text.includes(title));

  const name = `Thủ tục kiểm thử ${Date.now()}`;
  const created = await vanthu.post('/admin/thu-tuc/moi', {
    ten: name, ma: '9.999999', linh_vuc: 'tuyen-sinh', cap: 'huyen', co_quan: 'Phòng GD&ĐT', trinh_tu: 'Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả',
    ho_so: 'Đơn đề nghị', thoi_han: '05 ngày làm việc', phi: 'Không', dich_vu_cong: 'https://dichvucong.example/tt', muc_do: 'toan-trinh', cong_khai: '1',
  }, { files: [{ field: 'bieu_mau', name: 'mau-don.pdf', data: PDF }] });
  assert.equal(created.status, 303, created.text.slice(0, 300));
  const [pid, pslug] = sql(`SELECT id, slug FROM procedures WHERE name = ${lit(name)}`)[0];
  made.procedures.push(Number(pid));
  assert.equal(sqlValue(`SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.create' AND object_id = ${pid}`), '1');
  const page = await get(`/thu-tuc-hanh-chinh/${pid}-${pslug}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Bước 2: Nhận kết quả/);
  assert.match(page.text, /mau-don\.pdf/);
  const badUrl = await vanthu.post('/admin/thu-tuc/moi', { ten: name, cap: 'huyen', trinh_tu: 'x', ho_so: 'y', dich_vu_cong: 'javascript:alert(1)' });
  assert.equal(badUrl.status, 422);
  assert.match(badUrl.text, /phải bắt đầu bằng https:\/\//);
});
