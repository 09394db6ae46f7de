// The feedback form as a parent uses it on a phone (390 px), with axe-core on every page
// of the journey: the form, its Vietnamese errors, the receipt, the status by code, the
// Q&A and an exam result; and the same form without JavaScript.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, sqlValue } from '../integration/lib.mjs';
import { BASE, launchBrowser, newContext, runAxe, screenshot, visit } from './lib.mjs';

let browser;
const marker = `br${Date.now()}`;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  sql(`DELETE ff FROM feedback_files ff JOIN feedback f ON f.id = ff.feedback_id WHERE f.sender_email LIKE '%${marker}%'`);
  sql(`DELETE FROM feedback WHERE sender_email LIKE '%${marker}%'`);
  sql("DELETE FROM abuse_hits WHERE subject LIKE '10.88.%'");
});

async function fill(page, email) {
  await page.fill('#ho_ten', 'Lê Thị Phụ Huynh');
  await page.fill('#email', email);
  await page.selectOption('#linh_vuc', 'tuyen-sinh');
  await page.fill('#tieu_de', `Hỏi tuyển sinh lớp 1 ${marker}`);
  await page.fill('#noi_dung', 'Xin hỏi thời gian và hồ sơ tuyển sinh vào lớp 1 năm học tới của trường.');
}

test('the feedback journey at 390 px: form, errors, receipt, status, Q&A, exam result — axe-clean', { timeout: 90000 }, async () => {
  const context = await newContext(browser, 390);
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': '10.88.0.1' });
  const page = await context.newPage();
  try {
    let v = await visit(page, '/gop-y', { shot: 'gop-y' });
    v.detach();
    assert.deepEqual(v.problems, []);
    // Nothing sideways at phone width.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));

    await fill(page, 'khong-hop-le');
    await page.click('.public-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(await page.textContent('#email-loi'), /Thư điện tử không hợp lệ/);
    assert.equal(await page.inputValue('#tieu_de'), `Hỏi tuyển sinh lớp 1 ${marker}`, 'what was typed is kept');
    assert.equal(await page.getAttribute('#email', 'aria-invalid'), 'true');
    let axe = await runAxe(page);
    assert.deepEqual(axe.serious, []);
    await screenshot(page, 390, 'gop-y-loi');

    await page.fill('#email', `ph-${marker}@example.com`);
    await page.waitForTimeout(3100);  // the minimum fill time
    await page.click('.public-form button[type=submit]');
    await page.waitForLoadState('load');
    const code = (await page.textContent('.tracking-code')).trim();
    assert.match(code, /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.ok(await page.isVisible('[data-print]'), 'the print button appears with JavaScript');
    axe = await runAxe(page);
    assert.deepEqual(axe.serious, []);
    await screenshot(page, 390, 'gop-y-phieu');

    v = await visit(page, '/gop-y/tra-cuu');
    v.detach();
    assert.deepEqual(v.problems, []);
    await page.fill('#ma', code.toLowerCase());
    await page.click('.public-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(await page.textContent('.track-result'), /Đã tiếp nhận/);
    axe = await runAxe(page);
    assert.deepEqual(axe.serious, []);

    v = await visit(page, '/hoi-dap', { shot: 'hoi-dap' });
    v.detach();
    assert.deepEqual(v.problems, []);
    const first = await page.getAttribute('.qa-title a', 'href');
    v = await visit(page, first, { shot: 'hoi-dap-muc' });
    v.detach();
    assert.deepEqual(v.problems, []);

    const [number, dob] = sql("SELECT candidate_no, DATE_FORMAT(birth_date, '%d/%m/%Y') FROM exam_results WHERE exam_id = 1 ORDER BY candidate_no LIMIT 1 OFFSET 7")[0];
    v = await visit(page, '/tra-cuu-diem', { shot: 'tra-cuu-diem' });
    v.detach();
    assert.deepEqual(v.problems, []);
    await page.fill('#so_bao_danh', number);
    await page.fill('#ngay_sinh', dob);
    await page.click('.public-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(await page.textContent('.exam-result'), /Tổng điểm/);
    axe = await runAxe(page);
    assert.deepEqual(axe.serious, []);
    await screenshot(page, 390, 'tra-cuu-diem-ket-qua');
  } finally {
    await context.close();
  }
});

test('the form works without JavaScript', { timeout: 60000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, locale: 'vi-VN' });
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': '10.88.0.2' });
  const page = await context.newPage();
  try {
    await page.goto(`${BASE}/gop-y`);
    await fill(page, `nojs-${marker}@example.com`);
    await page.waitForTimeout(3100);
    await page.click('.public-form button[type=submit]');
    await page.waitForLoadState('load');
    assert.match((await page.textContent('.tracking-code')).trim(), /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.equal(sqlValue(`SELECT COUNT(*) FROM feedback WHERE sender_email = 'nojs-${marker}@example.com'`), '1');
  } finally {
    await context.close();
  }
});

test('the staff side at 390 and 1280 px: inbox, an item, holidays, exams — axe-clean', { timeout: 120000 }, async () => {
  const id = sqlValue("SELECT id FROM feedback WHERE site_id = 1 AND status = 'answered' ORDER BY id LIMIT 1");
  for (const width of [390, 1280]) {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}/admin/dang-nhap`);
      await page.getByLabel('Tên đăng nhập').fill('truongban');
      await page.getByLabel('Mật khẩu').fill('eduportal-demo');
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
      for (const [url, shot] of [['/admin/gop-y', 'admin-gop-y'], [`/admin/gop-y/${id}`, 'admin-gop-y-muc'],
        ['/admin/gop-y?loc=qua-han', 'admin-gop-y-qua-han'], ['/admin/ngay-nghi?nam=2026', 'admin-ngay-nghi'],
        ['/admin/tra-cuu-diem', 'admin-tra-cuu-diem'], ['/admin/tra-cuu-diem/1', 'admin-ky-thi']]) {
        const v = await visit(page, url, { shot });
        v.detach();
        assert.deepEqual(v.problems, [], `${url} at ${width}`);
      }
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll');
    } finally {
      await context.close();
    }
  }
});
