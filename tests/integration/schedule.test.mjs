// The weekly work schedule (lịch công tác tuần) and the plans (kế hoạch, chương trình
// công tác tháng) over HTTP: ISO weeks in Vietnam time, navigation, the late mark, empty
// days, invalid weeks, a school's own schedule, and the plans list and pages. Weeks the
// tests write are in 2019, where the demo has nothing, and are removed afterwards.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertValidHtml, get, links, lit, sites, sql, sqlValue } from './lib.mjs';

const all = sites();
const office = all.find((s) => s.parent === null);
const kimDong = all.find((s) => s.slug === 'th-kim-dong');
const DAY = 86400e3;

// Requests with a session cookie bypass nginx's micro-cache: pages the tests just changed.
const fresh = (p) => get(p, { headers: { Cookie: 'eduportal_session=lich-cong-tac-test' } });

// Dates as UTC-midnight Date values standing for a local (Vietnam) calendar day.
function localToday() {
  const now = new Date(Date.now() + 7 * 3600e3);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
function isoWeekOf(day) {
  const weekday = (day.getUTCDay() + 6) % 7;  // 0 = Monday
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { year, week };
}
function mondayOf({ year, week }) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY);
}
const param = ({ year, week }) => `${year}-W${String(week).padStart(2, '0')}`;
const dmy = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const isoDate = (d) => d.toISOString().slice(0, 10);
const sqlTime = (d) => d.toISOString().slice(0, 19).replace('T', ' ');
// The UTC instant of a local wall-clock time on a local day.
const localAt = (day, hh, mm = 0) => new Date(day.getTime() + (hh - 7) * 3600e3 + mm * 60e3);

// Each day's <tbody>: date → its HTML.
function days(html) {
  const out = new Map();
  for (const m of html.matchAll(/<tbody class="schedule-day[^"]*"[^>]*data-date="([\d-]+)">([\s\S]*?)<\/tbody>/g)) {
    out.set(m[1], m[0]);
  }
  return out;
}
const heading = (html) => (html.match(/<h1 class="page-title">([^<]*)<\/h1>/) || [])[1];
const hrefOf = (html, cls) => {
  const m = html.match(new RegExp(`class="${cls}" href="([^"]+)"`));
  return m ? m[1].replace(/&amp;/g, '&') : null;
};

// What the tests write, removed at the end even when a test fails.
const TEST_YEAR = 2019;
function cleanup() {
  sql(`DELETE FROM schedule_entries WHERE starts_at BETWEEN '2018-12-20' AND '2020-01-10' AND content LIKE 'Kiểm thử lịch%'`);
  sql(`DELETE FROM schedule_weeks WHERE iso_year = ${TEST_YEAR}`);
  sql(`DELETE FROM work_plans WHERE slug LIKE 'kiem-thu-ke-hoach%'`);
}
cleanup();
after(cleanup);

function addWeek(site, week, publishedAt, note = '') {
  sql(`INSERT INTO schedule_weeks (site_id, iso_year, iso_week, published_at, note) VALUES
       (${site}, ${week.year}, ${week.week}, ${publishedAt === null ? 'NULL' : lit(sqlTime(publishedAt))}, ${lit(note)})`);
}
function addEntry(site, startsAt, content, endsAt = null, extra = {}) {
  sql(`INSERT INTO schedule_entries (site_id, starts_at, ends_at, content, place, chair, participants, note) VALUES
       (${site}, ${lit(sqlTime(startsAt))}, ${endsAt ? lit(sqlTime(endsAt)) : 'NULL'}, ${lit(content)},
        ${lit(extra.place || '')}, ${lit(extra.chair || '')}, ${lit(extra.participants || '')}, ${lit(extra.note || '')})`);
}

test('the schedule opens on this week in Vietnam time, Monday to Sunday, today marked', async () => {
  const today = localToday();
  const week = isoWeekOf(today);
  const monday = mondayOf(week);
  const sunday = new Date(monday.getTime() + 6 * DAY);
  const res = await get('/lich-cong-tac');
  assert.equal(res.status, 200);
  assert.equal(heading(res.text), `Lịch công tác tuần ${week.week} (từ ${dmy(monday)} đến ${dmy(sunday)})`);
  const byDay = days(res.text);
  const expected = [...Array(7).keys()].map((i) => isoDate(new Date(monday.getTime() + i * DAY)));
  assert.deepEqual([...byDay.keys()], expected, 'Monday to Sunday');
  const names = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'];
  expected.forEach((date, i) => {
    const html = byDay.get(date);
    assert.ok(html.includes(`${names[i]}, ${dmy(new Date(monday.getTime() + i * DAY))}`), `${date}: day name`);
    assert.equal(/is-today/.test(html), date === isoDate(today), `${date}: today mark`);
  });
  assert.match(byDay.get(isoDate(today)), /Hôm nay/);
  // The demo publishes this week: its entries are all on the page.
  const from = sqlTime(localAt(monday, 0));
  const to = sqlTime(localAt(new Date(monday.getTime() + 7 * DAY), 0));
  const contents = sql(`SELECT content FROM schedule_entries WHERE site_id = ${office.id}
      AND starts_at >= '${from}' AND starts_at < '${to}'`).map((r) => r[0]);
  assert.ok(contents.length >= 4, `demo entries this week: ${contents.length}`);
  const shown = [...res.text.matchAll(/<td class="entry-content">([^<]*)/g)].map((m) => m[1].replace(/&quot;/g, '"'));
  assert.equal(shown.length, contents.length);
  assert.match(res.text, /Đăng lúc <time datetime="[^"]+">\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/time>/);
  assert.ok(links(res.text).includes('/lich-cong-tac/ke-hoach'), 'link to the plans');
  await assertValidHtml(res.text, '/lich-cong-tac');
});

test('Tuần trước and Tuần sau walk the weeks, across the turn of a year', async () => {
  const week = isoWeekOf(localToday());
  const monday = mondayOf(week);
  const prev = isoWeekOf(new Date(monday.getTime() - 7 * DAY));
  const next = isoWeekOf(new Date(monday.getTime() + 7 * DAY));
  const res = await get('/lich-cong-tac');
  assert.equal(hrefOf(res.text, 'week-prev'), `/lich-cong-tac?tuan=${param(prev)}`);
  assert.equal(hrefOf(res.text, 'week-next'), `/lich-cong-tac?tuan=${param(next)}`);
  assert.match(res.text, /<span class="week-current">Tuần này<\/span>/);

  const back = await get(hrefOf(res.text, 'week-prev'));
  assert.equal(back.status, 200);
  assert.match(heading(back.text), new RegExp(`^Lịch công tác tuần ${prev.week} \\(từ ${dmy(mondayOf(prev))} `));
  assert.equal(hrefOf(back.text, 'week-next'), `/lich-cong-tac?tuan=${param(week)}`);
  assert.equal(hrefOf(back.text, 'week-this'), '/lich-cong-tac');
  assert.match(back.text, /<link rel="canonical" href="[^"]*\/lich-cong-tac\?tuan=/);

  // 2026 has 53 ISO weeks; week 53 runs into January 2027.
  const w53 = await get('/lich-cong-tac?tuan=2026-W53');
  assert.equal(w53.status, 200);
  assert.equal(heading(w53.text), 'Lịch công tác tuần 53 (từ 28/12/2026 đến 03/01/2027)');
  assert.equal(hrefOf(w53.text, 'week-next'), '/lich-cong-tac?tuan=2027-W01');
  assert.equal(hrefOf(w53.text, 'week-prev'), '/lich-cong-tac?tuan=2026-W52');
  const w01 = await get('/lich-cong-tac?tuan=2027-W01');
  assert.equal(heading(w01.text), 'Lịch công tác tuần 1 (từ 04/01/2027 đến 10/01/2027)');
  assert.equal(hrefOf(w01.text, 'week-prev'), '/lich-cong-tac?tuan=2026-W53');
  // A year of 52 weeks goes from W52 to W01.
  const w2025 = await get('/lich-cong-tac?tuan=2025-W52');
  assert.equal(hrefOf(w2025.text, 'week-next'), '/lich-cong-tac?tuan=2026-W01');
  await assertValidHtml(w53.text, '2026-W53 (not published)');
});

test('invalid weeks answer 404 in Vietnamese', async () => {
  for (const q of ['2026-W54', '2026-W00', 'abc', '2025-W53', '2026-W7', '2026-w07', '1969-W10', '2026-W477', '2026W10']) {
    const res = await get(`/lich-cong-tac?tuan=${encodeURIComponent(q)}`);
    assert.equal(res.status, 404, `tuan=${q}`);
    assert.match(res.text, /<html lang="vi">/);
  }
  const school = await get(`/don-vi/${kimDong.slug}/lich-cong-tac?tuan=2026-W54`);
  assert.equal(school.status, 404);
});

test('entries fall on their day in Vietnam time, ordered by time; empty days say so', async () => {
  const week = { year: TEST_YEAR, week: 10 };
  const monday = mondayOf(week);  // 2019-03-04
  assert.equal(isoDate(monday), '2019-03-04');
  addWeek(office.id, week, new Date(Date.UTC(2019, 2, 1, 9, 0)));
  // 23:30 UTC on Sunday is 06:30 on Monday in Vietnam.
  addEntry(office.id, new Date(Date.UTC(2019, 2, 3, 23, 30)), 'Kiểm thử lịch: chào cờ sáng thứ Hai', localAt(monday, 7, 15),
    { place: 'Sân trường', chair: 'Hiệu trưởng', participants: 'Toàn trường', note: 'Mặc đồng phục' });
  // 16:59 UTC on Sunday (23:59 local) belongs to the week before: not shown.
  addEntry(office.id, new Date(Date.UTC(2019, 2, 3, 16, 59)), 'Kiểm thử lịch: tuần trước, không hiện');
  // Inserted in reverse order: the page orders by time.
  const wednesday = new Date(monday.getTime() + 2 * DAY);
  addEntry(office.id, localAt(wednesday, 14, 0), 'Kiểm thử lịch: họp chiều thứ Tư');
  addEntry(office.id, localAt(wednesday, 7, 30), 'Kiểm thử lịch: dự giờ sáng thứ Tư');
  // A two-day training names the day it ends.
  const thursday = new Date(monday.getTime() + 3 * DAY);
  addEntry(office.id, localAt(thursday, 8, 0), 'Kiểm thử lịch: tập huấn hai ngày', localAt(new Date(thursday.getTime() + DAY), 16, 30));
  // 23:59 local on Sunday, the last minute of the week.
  const sunday = new Date(monday.getTime() + 6 * DAY);
  addEntry(office.id, localAt(sunday, 23, 59), 'Kiểm thử lịch: phút cuối tuần');
  // 00:00 local next Monday belongs to the next week.
  addEntry(office.id, localAt(new Date(monday.getTime() + 7 * DAY), 0, 0), 'Kiểm thử lịch: tuần sau, không hiện');

  const res = await fresh(`/lich-cong-tac?tuan=${param(week)}`);
  assert.equal(res.status, 200);
  const byDay = days(res.text);
  const mon = byDay.get('2019-03-04');
  assert.match(mon, /Kiểm thử lịch: chào cờ sáng thứ Hai/);
  assert.match(mon, /<time datetime="2019-03-04T06:30:00\+07:00">06:30 – 07:15<\/time> <span class="entry-part">Sáng<\/span>/);
  assert.match(mon, /data-label="Địa điểm">Sân trường</);
  assert.match(mon, /data-label="Chủ trì">Hiệu trưởng</);
  assert.match(mon, /data-label="Thành phần">Toàn trường</);
  assert.match(mon, /Ghi chú: Mặc đồng phục/);
  const wed = byDay.get('2019-03-06');
  const morning = wed.indexOf('dự giờ sáng thứ Tư');
  const afternoon = wed.indexOf('họp chiều thứ Tư');
  assert.ok(morning > 0 && afternoon > morning, 'Wednesday ordered by time');
  assert.match(wed, /14:00<\/time> <span class="entry-part">Chiều<\/span>/);
  assert.match(byDay.get('2019-03-07'), /08:00 – 16:30 ngày 08\/03\/2019/);
  assert.match(byDay.get('2019-03-10'), /phút cuối tuần/);
  assert.match(byDay.get('2019-03-10'), /23:59<\/time> <span class="entry-part">Tối<\/span>/);
  assert.doesNotMatch(res.text, /không hiện/);
  // Tuesday, Friday and Saturday have nothing.
  for (const date of ['2019-03-05', '2019-03-08', '2019-03-09']) {
    assert.match(byDay.get(date), /<td colspan="5">Không có lịch<\/td>/, `${date}: empty`);
  }
  for (const date of ['2019-03-04', '2019-03-06', '2019-03-07', '2019-03-10']) {
    assert.doesNotMatch(byDay.get(date), /Không có lịch/, `${date}: has entries`);
  }
  assert.doesNotMatch(res.text, /is-today/, 'no day of 2019 is today');
  await assertValidHtml(res.text, 'a test week');
});

test('a week published after 08:00 on its Monday is marked late; before is not', async () => {
  const late = { year: TEST_YEAR, week: 11 };    // Monday 2019-03-11
  const onTime = { year: TEST_YEAR, week: 12 };  // Monday 2019-03-18
  addWeek(office.id, late, new Date(Date.UTC(2019, 2, 11, 1, 1)), 'Kiểm thử: đăng lúc 08:01');
  addWeek(office.id, onTime, new Date(Date.UTC(2019, 2, 18, 0, 59)), 'Kiểm thử: đăng lúc 07:59');
  const lateRes = await fresh(`/lich-cong-tac?tuan=${param(late)}`);
  assert.match(lateRes.text, /Đăng lúc <time datetime="2019-03-11T08:01:00\+07:00">11\/03\/2019 08:01<\/time> <strong class="late-mark">Đăng muộn<\/strong>/);
  assert.match(lateRes.text, /hạn đăng: trước 11\/03\/2019 08:00/);
  assert.match(lateRes.text, /Kiểm thử: đăng lúc 08:01/, 'the week note');
  const onTimeRes = await fresh(`/lich-cong-tac?tuan=${param(onTime)}`);
  assert.match(onTimeRes.text, /Đăng lúc <time[^>]*>18\/03\/2019 07:59<\/time>/);
  assert.doesNotMatch(onTimeRes.text, /late-mark|Đăng muộn/);
  await assertValidHtml(lateRes.text, 'a late week');

  // The demo shows both kinds: each published week of the office is marked as its time says.
  const weeks = sql(`SELECT iso_year, iso_week, published_at FROM schedule_weeks WHERE site_id = ${office.id}
      AND iso_year <> ${TEST_YEAR} AND published_at <= UTC_TIMESTAMP()`);
  let lateCount = 0;
  for (const [year, wk, published] of weeks) {
    const due = localAt(mondayOf({ year: Number(year), week: Number(wk) }), 8);
    const isLate = new Date(published.replace(' ', 'T') + 'Z') > due;
    lateCount += isLate ? 1 : 0;
    const page = await get(`/lich-cong-tac?tuan=${param({ year: Number(year), week: Number(wk) })}`);
    assert.equal(/class="late-mark"/.test(page.text), isLate, `${year}-W${wk}`);
  }
  assert.ok(lateCount >= 1 && lateCount < weeks.length, `demo late weeks: ${lateCount} of ${weeks.length}`);
});

test('a week not yet published, or due later, shows no entries', async () => {
  const draft = { year: TEST_YEAR, week: 13 };
  const scheduled = { year: TEST_YEAR, week: 14 };
  addWeek(office.id, draft, null);
  addWeek(office.id, scheduled, new Date(Date.now() + 3600e3));
  addEntry(office.id, localAt(mondayOf(draft), 9), 'Kiểm thử lịch: bản nháp');
  addEntry(office.id, localAt(mondayOf(scheduled), 9), 'Kiểm thử lịch: hẹn giờ');
  for (const [week, content] of [[draft, 'bản nháp'], [scheduled, 'hẹn giờ']]) {
    const res = await fresh(`/lich-cong-tac?tuan=${param(week)}`);
    assert.equal(res.status, 200);
    assert.match(res.text, new RegExp(`Lịch công tác tuần ${week.week} chưa được đăng`));
    assert.ok(!res.text.includes(content), `${param(week)}: entry hidden`);
    assert.doesNotMatch(res.text, /schedule-table|Đăng lúc/);
  }
  // A week with no row at all.
  const none = await fresh(`/lich-cong-tac?tuan=${TEST_YEAR}-W30`);
  assert.match(none.text, /Lịch công tác tuần 30 chưa được đăng/);
});

test('a school has its own schedule under /don-vi/<slug>/', async () => {
  const week = isoWeekOf(localToday());
  const p = `/don-vi/${kimDong.slug}/lich-cong-tac`;
  const res = await get(p);
  assert.equal(res.status, 200);
  assert.ok(res.text.includes(kimDong.name), 'school layout');
  const monday = mondayOf(week);
  const from = sqlTime(localAt(monday, 0));
  const to = sqlTime(localAt(new Date(monday.getTime() + 7 * DAY), 0));
  const own = sql(`SELECT content FROM schedule_entries WHERE site_id = ${kimDong.id} AND starts_at >= '${from}' AND starts_at < '${to}'`);
  assert.ok(own.length >= 2, 'demo entries of the school this week');
  const shown = [...res.text.matchAll(/<td class="entry-content">([^<]*)/g)].map((m) => m[1]);
  assert.equal(shown.length, own.length, 'only the school\'s entries');
  assert.equal(hrefOf(res.text, 'week-prev').split('?')[0], p);
  await assertValidHtml(res.text, p);
  // Another site's test week is not the school's.
  addWeek(kimDong.id, { year: TEST_YEAR, week: 10 }, null);
  const other = await fresh(`${p}?tuan=${TEST_YEAR}-W10`);
  assert.doesNotMatch(other.text, /Kiểm thử lịch/);
});

test('the page costs the same number of statements for a full week and a short one', async () => {
  const cookie = { headers: { Cookie: 'eduportal_session=x' } };
  const full = await get('/lich-cong-tac', cookie);
  const fullCount = Number(full.headers.get('x-db-queries'));
  const week = { year: TEST_YEAR, week: 20 };
  addWeek(office.id, week, new Date(Date.UTC(2019, 4, 10)));
  addEntry(office.id, localAt(mondayOf(week), 8), 'Kiểm thử lịch: một mục');
  const short = await get(`/lich-cong-tac?tuan=${param(week)}`, cookie);
  assert.ok(fullCount > 0 && fullCount <= 8, `statements: ${fullCount}`);
  assert.equal(Number(short.headers.get('x-db-queries')), fullCount);
});

// ---- plans ----

function planRows(siteId, kind) {
  return sql(`SELECT id, slug, title, kind FROM work_plans WHERE site_id = ${siteId} AND published_at <= UTC_TIMESTAMP()
      ${kind ? `AND kind = '${kind}'` : ''} ORDER BY published_at DESC, id DESC`);
}
const planIds = (html) => [...html.matchAll(/<h3 class="plan-title"><a href="[^"]*\/lich-cong-tac\/ke-hoach\/(\d+)-/g)].map((m) => m[1]);

test('the plans list shows published plans newest first, each with its page', async () => {
  const rows = planRows(office.id);
  assert.ok(rows.length >= 6, `demo plans: ${rows.length}`);
  const res = await get('/lich-cong-tac/ke-hoach');
  assert.equal(res.status, 200);
  assert.deepEqual(planIds(res.text), rows.map((r) => r[0]));
  assert.match(res.text, /Chương trình công tác tháng/);
  await assertValidHtml(res.text, '/lich-cong-tac/ke-hoach');
  // The schedule page lists the newest ones too.
  const schedule = await get('/lich-cong-tac');
  assert.ok(links(schedule.text).includes(`/lich-cong-tac/ke-hoach/${rows[0][0]}-${rows[0][1]}`), 'newest plan beside the schedule');

  const [id, slug, title] = rows[0];
  const page = await get(`/lich-cong-tac/ke-hoach/${id}-${slug}`);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(`<h1 class="article-title">${title.replace(/&/g, '&amp;')}</h1>`), 'title');
  assert.match(page.text, /<div class="article-body plan-body"><(table|h2|p|ul)/, 'the body as HTML');
  assert.match(page.text, /<meta name="DC.identifier" content="[^"]*\/lich-cong-tac\/ke-hoach\//);
  await assertValidHtml(page.text, 'a plan');
  for (const wrong of [`/lich-cong-tac/ke-hoach/${id}`, `/lich-cong-tac/ke-hoach/${id}-sai`]) {
    const r = await get(wrong);
    assert.equal(r.status, 301, wrong);
    assert.equal(r.headers.get('location'), `/lich-cong-tac/ke-hoach/${id}-${slug}`);
  }
  for (const bad of ['/lich-cong-tac/ke-hoach/0-x', '/lich-cong-tac/ke-hoach/abc', '/lich-cong-tac/ke-hoach/99999999-x',
    '/lich-cong-tac/ke-hoach/007-x']) {
    assert.equal((await get(bad)).status, 404, bad);
  }
});

test('plans filter by kind; a school shows only its own plans', async () => {
  for (const kind of ['nam', 'thang', 'chuong-trinh-thang']) {
    const res = await get(`/lich-cong-tac/ke-hoach?loai=${kind}`);
    assert.equal(res.status, 200);
    assert.deepEqual(planIds(res.text), planRows(office.id, kind).map((r) => r[0]), kind);
    assert.match(res.text, new RegExp(`href="/lich-cong-tac/ke-hoach\\?loai=${kind}" aria-current="page"`));
  }
  assert.equal((await get('/lich-cong-tac/ke-hoach?loai=khac')).status, 404);

  const school = planRows(kimDong.id);
  assert.ok(school.length >= 1, 'the demo school has a plan');
  const p = `/don-vi/${kimDong.slug}/lich-cong-tac/ke-hoach`;
  const res = await get(p);
  assert.deepEqual(planIds(res.text), school.map((r) => r[0]));
  await assertValidHtml(res.text, p);
  const page = await get(`${p}/${school[0][0]}-${school[0][1]}`);
  assert.equal(page.status, 200);
  await assertValidHtml(page.text, 'a school plan');
  // The office's plan is not the school's, and the other way round.
  const officePlan = planRows(office.id)[0];
  assert.equal((await get(`${p}/${officePlan[0]}-${officePlan[1]}`)).status, 404);
  assert.equal((await get(`/lich-cong-tac/ke-hoach/${school[0][0]}-${school[0][1]}`)).status, 404);
});

test('drafts and scheduled plans are hidden; the list pages through every plan once', async () => {
  const site = all.find((s) => s.slug === 'mn-son-ca');
  assert.equal(planRows(site.id).length, 0, 'the demo gives MN Sơn Ca no plans');
  const empty = await fresh(`/don-vi/${site.slug}/lich-cong-tac/ke-hoach`);
  assert.match(empty.text, /Chưa có kế hoạch nào được đăng/);
  const values = [];
  for (let i = 1; i <= 45; i += 1) {
    // Pairs share a time, so the id breaks ties.
    const at = `'2019-01-01 00:00:00' + INTERVAL ${Math.ceil(i / 2)} DAY`;
    values.push(`(${site.id}, 'chuong-trinh-thang', 'Kiểm thử kế hoạch số ${i}', 'kiem-thu-ke-hoach-${i}', 'Tháng ${i}', '', '<p>Nội dung.</p>', ${at})`);
  }
  sql(`INSERT INTO work_plans (site_id, kind, title, slug, period_label, summary, body, published_at) VALUES ${values.join(',')}`);
  sql(`INSERT INTO work_plans (site_id, kind, title, slug, summary, body, published_at) VALUES
       (${site.id}, 'nam', 'Kiểm thử kế hoạch nháp', 'kiem-thu-ke-hoach-nhap', '', '<p>Nháp.</p>', NULL),
       (${site.id}, 'nam', 'Kiểm thử kế hoạch hẹn giờ', 'kiem-thu-ke-hoach-hen-gio', '', '<p>Sau.</p>', UTC_TIMESTAMP() + INTERVAL 1 DAY)`);
  const expected = planRows(site.id).map((r) => r[0]);
  assert.equal(expected.length, 45);
  const base = `/don-vi/${site.slug}/lich-cong-tac/ke-hoach`;
  const seen = [];
  let next = base;
  let pages = 0;
  while (next) {
    const res = await fresh(next);
    assert.equal(res.status, 200, next);
    pages += 1;
    assert.ok(pages < 10);
    seen.push(...planIds(res.text));
    next = hrefOf(res.text, 'pager-older');
  }
  assert.equal(pages, 3);
  assert.deepEqual(seen, expected);
  // Back from the second page to the first.
  const first = await fresh(base);
  const second = await fresh(hrefOf(first.text, 'pager-older'));
  const back = await fresh(hrefOf(second.text, 'pager-newer'));
  assert.deepEqual(planIds(back.text), expected.slice(0, 20));
  await assertValidHtml(second.text, 'plans page 2');
  for (const slug of ['kiem-thu-ke-hoach-nhap', 'kiem-thu-ke-hoach-hen-gio']) {
    const id = sqlValue(`SELECT id FROM work_plans WHERE slug = '${slug}'`);
    assert.equal((await fresh(`${base}/${id}-${slug}`)).status, 404, slug);
  }
  for (const q of ['?sau=1-1', '?sau=abc', '?sau=1546300800-1&truoc=1546300800-2']) {
    assert.equal((await get(base + q)).status, 404, q);
  }
});
