// The editors of public content in a browser (issue 5 item 6): axe-core on each page at
// 390 and 1280 px with no console error, and the secretary's journey on a phone: an entry
// added to a week, "Sao chép tuần trước" into the next (empty) week, refused the second
// time, the week published and shown on the public schedule.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { lit, sql } from '../integration/lib.mjs';
import { BASE, launchBrowser, newContext, screenshot, visit } from './lib.mjs';

const PASSWORD = 'eduportal-demo';
const stamp = `${Date.now() % 100000000}`;
let browser;
const weeks = [];

before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  for (const [monday, week] of weeks) {
    sql(`DELETE FROM schedule_entries WHERE site_id = 1 AND starts_at >= TIMESTAMP(${lit(monday)}) - INTERVAL 7 HOUR ` +
      `AND starts_at < TIMESTAMP(${lit(monday)}) + INTERVAL 7 DAY - INTERVAL 7 HOUR`);
    const [y, w] = week.split('-W');
    sql(`DELETE FROM schedule_weeks WHERE site_id = 1 AND iso_year = ${Number(y)} AND iso_week = ${Number(w)}`);
  }
});

function isoWeekOf(d0) {
  const d = new Date(d0);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
function mondayAhead(weeksAhead) {
  const t = new Date(Date.now() + 7 * 3600 * 1000);
  const d = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1) + 7 * weeksAhead);
  return d;
}
const dayIso = (d) => d.toISOString().slice(0, 10);

async function submit(page, locator) {
  const loaded = page.waitForEvent('load');
  await locator.click();
  await loaded;
}

async function signIn(page, username) {
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
}

test('axe on the content editors at 390 and 1280 px, no console errors', { timeout: 400000 }, async (t) => {
  const pages = ['/admin/lich-cong-tac', '/admin/gioi-thieu', '/admin/gioi-thieu/moi', '/admin/nhan-su', '/admin/nhan-su/moi',
    '/admin/nhan-su/don-vi/moi', '/admin/album', '/admin/album/moi', '/admin/video', '/admin/video/moi', '/admin/lich-cong-tac/ke-hoach',
    '/admin/lich-cong-tac/ke-hoach/moi'];
  const problems = [];
  await Promise.all([390, 1280].map(async (width) => {
    const context = await newContext(browser, width);
    const page = await context.newPage();
    try {
      await signIn(page, 'thuky');
      for (const url of pages) {
        const r = await visit(page, url);
        try {
          for (const m of r.moderate) t.diagnostic(`${url} at ${width} px: ${m}`);
          await screenshot(page, width, `noi-dung${url.replace(/\//g, '-')}`);
        } finally {
          r.detach();
        }
        problems.push(...r.problems.map((p) => `${url} at ${width} px: ${p}`));
        if (r.external.length) problems.push(`${url} at ${width} px: requests leaving the host: ${r.external.join(', ')}`);
      }
    } finally {
      await context.close();
    }
  }));
  problems.sort();
  assert.deepEqual(problems, []);
});

test('on a phone: an entry, "Sao chép tuần trước" into an empty week, refused again, published', { timeout: 90000 }, async () => {
  const context = await newContext(browser, 390, { bypassCSP: false });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/status of 409/.test(msg.text())) return;  // the refused copy answers 409 on purpose
    errors.push(msg.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const source = mondayAhead(40);
  const target = new Date(source); target.setUTCDate(target.getUTCDate() + 7);
  const sourceWeek = isoWeekOf(source);
  const targetWeek = isoWeekOf(target);
  weeks.push([dayIso(source), sourceWeek], [dayIso(target), targetWeek]);
  const content = `Kiểm tra nề nếp đầu tuần ${stamp}`;
  try {
    await signIn(page, 'thuky');
    await submit(page, page.getByRole('link', { name: 'Lịch công tác', exact: true }));
    await page.goto(`${BASE}/admin/lich-cong-tac?tuan=${sourceWeek}`);
    const day = new Date(source); day.setUTCDate(day.getUTCDate() + 2);
    await page.getByLabel('Ngày', { exact: true }).fill(dayIso(day));
    await page.getByLabel('Giờ bắt đầu').fill('07:15');
    await page.getByLabel('Nội dung').fill(content);
    await page.getByLabel('Địa điểm').fill('Trường Tiểu học Kiểm Thử');
    await page.getByLabel('Chủ trì').fill('Phó Trưởng phòng');
    await submit(page, page.getByRole('button', { name: 'Thêm vào lịch' }));
    await page.getByText('Đã thêm mục lịch.').waitFor();
    assert.ok(await page.getByRole('cell', { name: content }).isVisible());

    await submit(page, page.getByRole('link', { name: 'Tuần sau' }));
    assert.match(page.url(), new RegExp(`tuan=${targetWeek}`));
    await page.getByText('Tuần này chưa có mục nào.').waitFor();
    await submit(page, page.getByRole('button', { name: 'Sao chép tuần trước' }));
    await page.getByText('Đã sao chép lịch tuần trước sang tuần này.').waitFor();
    assert.ok(await page.getByRole('cell', { name: content }).isVisible());
    await screenshot(page, 390, 'noi-dung-lich-sao-chep');

    const refused = page.waitForResponse((r) => r.url().endsWith('/admin/lich-cong-tac/sao-chep'));
    await submit(page, page.getByRole('button', { name: 'Sao chép tuần trước' }));
    assert.equal((await refused).status(), 409);
    await page.getByRole('alert').filter({ hasText: 'không sao chép tuần trước vào được' }).waitFor();

    await page.goto(`${BASE}/admin/lich-cong-tac?tuan=${targetWeek}`);
    await submit(page, page.getByRole('button', { name: 'Công bố lịch tuần' }));
    await page.getByText('Đã công bố lịch tuần.').waitFor();
    await page.goto(`${BASE}/lich-cong-tac?tuan=${targetWeek}`);
    await page.getByText(content).first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
