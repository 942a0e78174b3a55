// The week picker of the hours field, as a shop owner uses it on a phone: taps on chips and the
// phone's own time inputs, never the opening_hours syntax. The exported file holds the week, and
// the visitor's card tells the right status on the days that matter (a second Tuesday, a break).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appState, launchPhone, repoRoot, reveal, settledState, startServer, tapTarget, waitForState } from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
const golmok = join(repoRoot, 'build/native/src/cli/golmok');
const SHOP = 'doksan-banjeom';  // published as "Mo-Sa 11:00-21:30; Su 11:00-20:00"
const time = (name) => `#fields [data-field="shop/${SHOP}|hours@${name}"]`;

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Taps a chip and waits until the edit it makes is counted.
async function tapChip(page, id, edits) {
  await tapTarget(page, await reveal(page, 'chip', id));
  if (edits !== undefined) await waitForState(page, (st) => st.editor.edits === edits);
}

// Sets a time the way the phone's picker does: a tap on the input, a value, the picker closed.
async function setTime(page, name, value) {
  const t = await reveal(page, 'field', `shop/${SHOP}|hours@${name}`);
  const input = await page.waitForSelector(time(name), { state: 'attached' });
  assert.equal(await input.evaluate((el) => el.type), 'time');
  await tapTarget(page, t);
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), time(name));
  await input.fill(value);
  await page.evaluate(() => document.activeElement.blur());
}

test('an owner sets a week with a break, a day off and a second Tuesday off without any syntax', async () => {
  const phone = await launchPhone();
  const downloads = mkdtempSync(join(tmpdir(), 'golmok-hours-'));
  try {
    const { page } = phone;
    // Monday 7 December 2026, 12:00 in Seoul.
    await page.clock.setFixedTime(new Date('2026-12-07T03:00:00Z'));
    await page.goto(server.url + '#/edit/shop/' + SHOP);
    let s = await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === `shop/${SHOP}`);
    s = await settledState(page);
    assert.equal(await page.$(`#fields [data-field="shop/${SHOP}|hours"]`), null, 'no text to type the hours in');
    assert.equal(s.editor.edits, 0, 'looking at the week changes nothing');

    // Monday: open → with a break (15:00–17:00 cut from its hours), closing at 21:00.
    let day = await reveal(page, 'chip', 'hours-day:0');
    assert.equal(day.label, '영업');
    await tapChip(page, 'hours-day:0', 1);
    assert.equal((await reveal(page, 'chip', 'hours-day:0')).label, '브레이크');
    await setTime(page, 'Mo.0.start', '11:00');
    await setTime(page, 'Mo.0.end', '15:00');
    await setTime(page, 'Mo.1.start', '17:00');
    await setTime(page, 'Mo.1.end', '21:00');
    s = await waitForState(page, (st) => st.editor.edits === 2);

    // The other weekdays take Monday's hours.
    await tapChip(page, 'hours-same:0', 3);
    assert.ok((await reveal(page, 'chip', 'hours-same:0')).active);
    assert.equal(await page.$eval(time('Th.1.end'), (el) => el.value), '21:00');

    // Sunday: open → with a break → closed.
    await tapChip(page, 'hours-day:6', 4);
    await tapChip(page, 'hours-day:6', 5);
    assert.equal((await reveal(page, 'chip', 'hours-day:6')).label, '휴무');
    assert.equal(await page.$(time('Su.0.start')), null);

    // Closed on the second Tuesday of every month.
    await tapChip(page, 'hours-weekday:1');
    await waitForState(page, (st) => st.targets.some((t) => t.id === 'hours-weekday:1' && t.active));
    await tapChip(page, 'hours-week:2', 6);
    assert.ok((await reveal(page, 'chip', 'hours-week:2')).active);

    // What the owner sees of it.
    await reveal(page, 'chip', 'hours-text');
    await settledState(page);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'hours-picker.png') });

    // Export: the file holds the week, in opening_hours, and validates.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reveal(page, 'chip', 'export').then((t) => tapTarget(page, t)),
    ]);
    const saved = join(downloads, 'doksan.json');
    await download.saveAs(saved);
    execFileSync(golmok, ['validate', saved]);
    const shop = JSON.parse(readFileSync(saved, 'utf8')).shops.find((x) => x.id === SHOP);
    assert.equal(shop.hours, 'Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:30; Su off; Tu[2] off');

    // The visitor's card at the moments that matter.
    const statusAt = async (iso, pattern) => {
      await page.clock.setFixedTime(new Date(iso));
      await page.goto(server.url + '#/');
      await waitForState(page, (st) => st.screen === 'home');
      await page.goto(server.url + '#/shop/' + SHOP);
      return (await waitForState(page, (st) => st.screen === 'shop' && pattern.test(st.shopStatus || ''))).shopStatus;
    };
    // Tuesday 8 December is the second Tuesday: a day off.
    assert.match(await statusAt('2026-12-08T03:00:00Z', /오늘 휴무/), /11:00/);
    // Wednesday 9 December, 16:00: on the break, open again at 17:00.
    assert.match(await statusAt('2026-12-09T07:00:00Z', /쉬는 시간/), /17:00/);
    // Tuesday 15 December is the third: open until the break.
    assert.match(await statusAt('2026-12-15T03:00:00Z', /영업 중/), /15:00/);
    // Sunday 13 December: closed.
    assert.match(await statusAt('2026-12-13T03:00:00Z', /휴무/), /휴무/);
    assert.deepEqual(phone.problems, []);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
    await phone.close();
  }
});

// An owner pastes the hours of their map listing, in Korean, into the text: the line under it
// (what a screen reader is told as well) says what was read, in words and in opening_hours, and
// one tap keeps it; the week picker then shows it.
test('hours typed in Korean are read back in both forms and kept once confirmed', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url + '#/edit/shop/' + SHOP);
    await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === `shop/${SHOP}`);
    await tapTarget(page, await reveal(page, 'chip', 'hours-text'));
    const id = `shop/${SHOP}|hours`;
    const selector = `#fields [data-field="${id}"]`;
    await tapTarget(page, await reveal(page, 'field', id));
    await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), selector);
    await page.fill(selector, '');
    await page.keyboard.insertText('평일 11시~21시, 평일 브레이크타임 15:00~17:00, 토 11:00~21:30, 매주 일요일 휴무, 둘째 화요일 휴무');
    await page.waitForFunction((sel) => /이렇게 읽었습니다/.test(document.querySelector(sel).getAttribute('aria-description') || ''), selector);
    const note = await page.getAttribute(selector, 'aria-description');
    assert.match(note, /월–금 11:00–15:00, 17:00–21:00/);
    assert.match(note, /Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:30; Su off; Tu\[2\] off/);
    await page.evaluate(() => document.activeElement.blur());
    const before = (await settledState(page)).editor.edits;
    await tapTarget(page, await reveal(page, 'hours-reading', `shop/${SHOP}`));
    await waitForState(page, (st) => st.editor.edits > before);
    // Kept: the text now is opening_hours, and the picker can show it.
    await tapTarget(page, await reveal(page, 'chip', 'hours-text'));
    await reveal(page, 'chip', 'hours-day:0');
    assert.equal(await page.$(selector), null, 'the week picker is back');
    assert.equal((await reveal(page, 'chip', 'hours-day:0')).label, '브레이크');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
