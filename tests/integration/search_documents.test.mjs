// Search over documents (issue 6 items 4–6, 9) over HTTP with the demo clerk `vanthu`: a
// document added with a PDF through /admin/van-ban is found by a word of the PDF's text,
// with and without diacritics, within 5 s; internal documents never are; a scanned demo
// PDF is found by a word of its OCR text; facets and filters, phrases, NĐ 30 numbers
// first, sort by date and "Có phải bạn muốn tìm".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, Staff, assertValidHtml, get, lit, sleep, sql, sqlValue } from './lib.mjs';

// A real PDF with Vietnamese text (tests/unit/fixtures/textextract/make-fixtures.sh):
// "… Từ khóa kiểm thử: khủng long xanh."
const PDF = fs.readFileSync(path.join(ROOT, 'tests/unit/fixtures/textextract/vietnamese.pdf'));
const made = [];

// The results of a page: [{ url, title, meta }].
function results(html) {
  const out = [];
  const re = /<h2 class="search-result-title"><a href="([^"]*)">([^<]*)<\/a><\/h2>\s*<p class="search-result-meta">([^<]*)<\/p>/g;
  for (let m; (m = re.exec(html));) out.push({ url: m[1].replace(/&amp;/g, '&'), title: m[2], meta: m[3] });
  return out;
}
const search = async (q, extra = '') => {
  const res = await get(`/tim-kiem?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(res.status, 200, `/tim-kiem?q=${q}${extra}`);
  return res;
};
const docId = (url) => Number((url.match(/\/van-ban\/(\d+)(-|$)/) || [])[1] || 0);


// Polls until `check` holds; returns the milliseconds it took, or -1.
async function within(ms, check) {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) return -1;
    await sleep(150);
  }
}

after(() => {
  for (const id of made) {
    sql(`DELETE FROM document_files WHERE document_id = ${id}`);
    sql(`DELETE FROM document_relations WHERE document_id = ${id} OR related_id = ${id}`);
    sql(`DELETE FROM documents WHERE id = ${id}`);
  }
});

describe('a document added by the clerk with a PDF', () => {
  let id = 0;
  let internalId = 0;
  let elapsed = -1;
  const office = 1;

  before(async () => {
    const clerk = await Staff.as('vanthu');
    assert.equal((await clerk.get('/admin/van-ban/moi')).status, 200, 'the clerk reaches the document form');
    const issuer = sqlValue(`SELECT id FROM document_issuers WHERE site_id = ${office} ORDER BY id LIMIT 1`);
    const code = sqlValue(`SELECT code FROM document_issuers WHERE id = ${issuer}`);
    const number = 900 + (Date.now() % 9000);
    const year = new Date().getFullYear();
    const fields = {
      so_ky_hieu: `${number}/KH-${code}`, loai: 'ke-hoach', co_quan: String(issuer), linh_vuc: 'to-chuc-can-bo',
      trich_yeu: 'Kế hoạch kiểm thử tìm kiếm văn bản có tệp đính kèm',
      nguoi_ky: 'Nguyễn Văn Kiểm', chuc_vu: 'Trưởng phòng',
      ngay_ban_hanh: `${year}-01-15`, ngay_hieu_luc: '', ngay_het_hieu_luc: '', hieu_luc: 'con-hieu-luc',
      thay_the_boi: '', nguon: 'di', pham_vi: 'cong-khai', noi_dung: '',
    };
    const res = await clerk.post('/admin/van-ban/moi', fields, { files: [{ field: 'tep', name: 'ke-hoach.pdf', data: PDF }] });
    assert.equal(res.status, 303, `saved: ${res.text.slice(0, 400)}`);
    const saved = Number((res.headers.get('location').match(/da-luu=(\d+)/) || [])[1]);
    assert.ok(saved > 0, `the new id in ${res.headers.get('location')}`);
    id = saved;
    made.push(id);
    // Found by a word that is only in the PDF, typed with and without diacritics.
    elapsed = await within(5000, async () => {
      for (const q of ['khủng long xanh', 'khung long xanh']) {
        if (!results((await search(q)).text).some((r) => docId(r.url) === id)) return false;
      }
      return true;
    });
    // The same PDF on an internal document (straight into the tables, as a clerk would).
    const other = Number(sqlValue(`SELECT id FROM documents WHERE id = ${id}`));
    sql(`INSERT INTO documents (site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, issuer_symbol,
           abstract, issued_on, visibility)
         VALUES (${office}, 'ke-hoach', ${issuer}, ${lit(`${number + 1}/KH-${code}`)}, ${number + 1}, ${year}, 'KH',
           ${lit(code)}, 'Kế hoạch nội bộ kiểm thử ngựa vằn tím', '${year}-01-16', 'noi-bo')`);
    internalId = Number(sqlValue(`SELECT id FROM documents WHERE number = ${number + 1} AND visibility = 'noi-bo' AND site_id = ${office} ORDER BY id DESC LIMIT 1`));
    made.push(internalId);
    sql(`INSERT INTO document_files (document_id, path, file_name, mime, size, sha256)
         SELECT ${internalId}, path, file_name, mime, size, sha256 FROM document_files WHERE document_id = ${other}`);
  });

  test('is found by a word of its PDF, with and without diacritics, within 5 s', async () => {
    assert.ok(elapsed >= 0, 'searchable within 5 s');
    const res = await search('khủng long xanh');
    const hit = results(res.text).find((r) => docId(r.url) === id);
    assert.ok(hit, 'found');
    assert.match(hit.meta, /^Kế hoạch số \d+\/KH-/, 'its type and number');
    assert.match(res.text, /<mark>khủng<\/mark> <mark>long<\/mark> <mark>xanh<\/mark>/, 'the snippet from the PDF, highlighted');
    await assertValidHtml(res.text, '/tim-kiem?q=khủng long xanh');
    // Other words of the PDF: its number and a phrase.
    assert.ok(results((await search('"bồi dưỡng chuyên môn nghiệp vụ"')).text).some((r) => docId(r.url) === id));
    assert.ok(results((await search('"boi duong chuyen mon nghiep vu"')).text).some((r) => docId(r.url) === id));
    assert.ok(!results((await search('"nghiệp vụ chuyên môn bồi dưỡng"')).text).some((r) => docId(r.url) === id),
      'a phrase is a phrase');
  });

  test('an internal document is never in public search', async () => {
    // The indexer has passed the internal document's queue rows once the public one, added
    // after it, is found.
    const marker = `ngựa vằn tím ${Date.now()}`;
    sql(`UPDATE documents SET abstract = ${lit('Kế hoạch công khai ' + marker)} WHERE id = ${id}`);
    const ok = await within(5000, async () => results((await search(marker)).text).some((r) => docId(r.url) === id));
    assert.ok(ok >= 0, 'the edited abstract is searchable within 5 s');
    for (const q of ['ngựa vằn tím', 'nội bộ kiểm thử', 'khủng long xanh']) {
      assert.ok(!results((await search(q, '&pham-vi=tat-ca')).text).some((r) => docId(r.url) === internalId), q);
    }
  });

  test('a document made internal leaves the index', async () => {
    sql(`UPDATE documents SET visibility = 'noi-bo' WHERE id = ${id}`);
    const gone = await within(5000, async () => !results((await search('khung long xanh')).text).some((r) => docId(r.url) === id));
    assert.ok(gone >= 0, 'removed within 5 s');
  });
});

describe('search over the demo documents', () => {
  test('an NĐ 30 number finds its document first, typed as written or folded', async () => {
    const rows = sql(`SELECT id, number_symbol FROM documents WHERE visibility = 'cong-khai' AND site_id = 1
                        AND number_symbol LIKE '%/%-%' ORDER BY id LIMIT 3`);
    assert.ok(rows.length > 0);
    for (const [rid, number] of rows) {
      for (const q of [number, number.toLowerCase(), `văn bản ${number}`]) {
        const found = results((await search(q)).text);
        assert.ok(found.length > 0, q);
        assert.equal(docId(found[0].url), Number(rid), `${q}: its document first`);
      }
      // The number without its last part ("405/SGDĐT" for "405/SGDĐT-TCHC").
      const short = number.slice(0, number.lastIndexOf('-'));
      assert.ok(results((await search(short)).text).slice(0, 5).some((r) => docId(r.url) === Number(rid)), short);
    }
  });

  test('facets with counts; each facet link filters', async () => {
    const res = await search('giao duc', '&pham-vi=tat-ca');
    for (const heading of ['Loại nội dung', 'Loại văn bản', 'Năm', 'Đơn vị']) {
      assert.match(res.text, new RegExp(`<h2 id="loc-[a-z-]+" class="search-facet-title">${heading}</h2>`), heading);
    }
    const facet = (html, re) => {
      const m = html.match(re);
      return m ? { url: m[1].replace(/&amp;/g, '&'), count: Number(m[2]) } : null;
    };
    const docs = facet(res.text, /<a href="([^"]*loai=van-ban[^"]*)" rel="nofollow">Văn bản \(~?(\d+)\)<\/a>/);
    assert.ok(docs && docs.count > 0, 'a count of documents');
    const filtered = await get(docs.url);
    const found = results(filtered.text);
    assert.ok(found.length > 0);
    assert.ok(found.every((r) => /\/van-ban\//.test(r.url)), 'only documents');
    assert.match(filtered.text, new RegExp(`Khoảng ${docs.count} kết quả`), 'the count is the facet\'s');
    await assertValidHtml(filtered.text, docs.url);
    // A type, then a year, on top.
    const type = facet(filtered.text, /<a href="([^"]*loai-van-ban=quyet-dinh[^"]*)" rel="nofollow">Quyết định \(~?(\d+)\)<\/a>/);
    assert.ok(type, 'Quyết định among the types');
    const byType = results((await get(type.url)).text);
    assert.ok(byType.length > 0 && byType.every((r) => /^Quyết định/.test(r.meta)), 'only Quyết định');
    const typed = await get(type.url);
    const year = facet(typed.text, /<a href="([^"]*nam=(\d{4})[^"]*)" rel="nofollow">\d{4} \(~?\d+\)<\/a>/);
    if (year) {
      const byYear = await get(year.url);
      const y = String(year.count);
      assert.ok(results(byYear.text).every((r) => r.meta.includes(`/${y}`)), `only ${y}`);
    }
    // Unknown filter values: a 404 for malformed ones, nothing found for unknown ones.
    assert.equal((await get('/tim-kiem?q=giao+duc&loai=khong-co')).status, 404);
    assert.equal((await get('/tim-kiem?q=giao+duc&nam=abc')).status, 404);
    assert.equal(results((await search('giao duc', '&loai-van-ban=khong-co')).text).length, 0);
  });

  test('sort by date: newest first', async () => {
    const res = await search('giao duc', '&loai=van-ban&sap-xep=ngay');
    const dates = results(res.text).map((r) => {
      const m = r.meta.match(/(\d{2})\/(\d{2})\/(\d{4})/);
      return m ? `${m[3]}${m[2]}${m[1]}` : '';
    });
    assert.ok(dates.length > 1);
    for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1] >= dates[i], `${dates[i - 1]} before ${dates[i]}`);
    assert.match(res.text, /<span class="search-sort-current" aria-current="true">Mới nhất<\/span>/);
  });

  test('"Có phải bạn muốn tìm" for a misspelt word, linking to the corrected search', async () => {
    const res = await search('tuyển sinhh');
    const m = res.text.match(/Có phải bạn muốn tìm: <a href="([^"]*)">([^<]*)<\/a>/);
    assert.ok(m, 'a suggestion');
    assert.equal(m[2], 'tuyển sinh');
    const corrected = await get(m[1].replace(/&amp;/g, '&'));
    assert.ok(results(corrected.text).length > 0);
    assert.doesNotMatch(corrected.text, /Có phải bạn muốn tìm/);
    assert.doesNotMatch((await search('tuyển sinh')).text, /Có phải bạn muốn tìm/);
  });

  test('a scanned demo PDF is found by a word of its OCR text', async () => {
    // The demo's scans (no text layer): their words reach the index only through OCR.
    const scans = sql(`SELECT d.id, f.path FROM document_files f JOIN documents d ON d.id = f.document_id
                        WHERE d.visibility = 'cong-khai' AND f.path LIKE '%scan%' ORDER BY d.id LIMIT 2`);
    assert.ok(scans.length > 0, 'the demo has scanned PDFs');
    const cache = `${process.env.EDUPORTAL_STACK}/data/xapian-text`;
    for (const [sid] of scans) {
      const sha = sqlValue(`SELECT sha256 FROM document_files WHERE document_id = ${sid} AND path LIKE '%scan%' LIMIT 1`);
      const text = fs.readFileSync(path.join(cache, sha), 'utf8');
      const abstract = sqlValue(`SELECT abstract FROM documents WHERE id = ${sid}`).toLowerCase();
      // Phrases of the OCR text (five words in a row, one of them not in the document's
      // metadata): some such phrase finds the document among the first results.
      const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
      assert.ok(words.length > 30, `document ${sid}: OCR text with words (${text.slice(0, 80)})`);
      let found = false;
      for (let i = Math.floor(words.length / 3); i + 5 < words.length && i < words.length / 3 + 60 && !found; i += 3) {
        const phrase = words.slice(i, i + 5);
        if (phrase.every((w) => abstract.includes(w.toLowerCase()))) continue;
        const hits = results((await search(`"${phrase.join(' ')}"`, '&pham-vi=tat-ca&loai=van-ban')).text);
        found = hits.some((r) => docId(r.url) === Number(sid));
      }
      assert.ok(found, `document ${sid} found by a phrase of its OCR text`);
    }
  });
});
