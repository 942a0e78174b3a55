// The editor as a shop owner uses it on a phone: open their shop's form, type Korean through the
// real input with the IME, see what the hours mean, move the shop on the map, reload the page and
// find everything still there, undo, and export a file that validates and differs from the
// published one only where it was edited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fieldBox, launchPhone, repoRoot, reveal, settledState, startServer, tapField, tapTarget, typeIntoFocused, visibleTarget,
  waitForState,
} from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
const golmok = join(repoRoot, 'build/native/src/cli/golmok');
const published = readFileSync(join(repoRoot, 'data/doksan.json'), 'utf8');
const SHOP = 'manna-bunsik';
const field = (name) => `shop/${SHOP}|${name}`;

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('a shop edited in the page survives a reload, and the export differs only where edited', async () => {
  const phone = await launchPhone();
  const downloads = mkdtempSync(join(tmpdir(), 'golmok-export-'));
  try {
    const { page } = phone;
    await page.goto(server.url + '#/shop/' + SHOP);
    let s = await waitForState(page, (st) => st.screen === 'shop' && st.shop === SHOP);
    assert.ok(s.targets.some((t) => t.kind === 'edit' && t.id === `shop/${SHOP}`), 'the card offers its form');

    // The owner's form: the shop's name in a real input, typed with the Korean IME.
    await page.goto(server.url + '#/edit/shop/' + SHOP);
    s = await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === `shop/${SHOP}`);
    const cdp = await page.context().newCDPSession(page);
    await tapField(page, field('name.ko'));
    await typeIntoFocused(page, cdp, [
      { commit: '맛나분식 ' }, { compose: 'ㅂ' }, { compose: '보' }, { compose: '본' }, { commit: '본' },
      { compose: 'ㅈ' }, { compose: '저' }, { compose: '점' }, { commit: '점' },
    ]);
    s = await waitForState(page, (st) => st.editor.edits === 1);
    assert.equal(await page.$eval(`#fields [data-field="${field('name.ko')}"]`, (el) => el.value), '맛나분식 본점');

    // Hours in opening_hours form, behind the week picker's "직접 입력": the line under the
    // field says what they mean.
    await tapTarget(page, await reveal(page, 'chip', 'hours-text'));
    await fieldBox(page, field('hours'));
    await reveal(page, 'field', field('hours'));
    await tapField(page, field('hours'));
    await typeIntoFocused(page, cdp, [{ commit: 'Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off' }]);
    await page.waitForFunction((fid) => {
      const el = document.querySelector(`#fields [data-field="${fid}"]`);
      return el && /월–금 09:00–18:00/.test(el.getAttribute('aria-description') || '');
    }, field('hours'));
    await page.evaluate(() => document.activeElement.blur());
    s = await waitForState(page, (st) => st.editor.edits === 2);
    await settledState(page);
    await page.screenshot({ path: join(artifacts, 'editor-form.png') });

    // The shop moves where the owner taps on the map.
    s = await settledState(page);
    let place = visibleTarget(s, 'place', SHOP);
    for (let i = 0; i < 6 && !place; i++) {
      await page.evaluate(() => window.golmokShell.module._golmok_drag(0, -300));
      s = await settledState(page);
      place = visibleTarget(s, 'place', SHOP);
    }
    assert.ok(place, 'the form offers to place the shop on the map');
    await tapTarget(page, place);
    s = await waitForState(page, (st) => st.screen === 'map' && st.editor.placing === SHOP);
    s = await settledState(page);
    await page.touchscreen.tap(200, 600);
    s = await waitForState(page, (st) => st.editor.edits === 3);
    const done = visibleTarget(await settledState(page), 'place-done', SHOP);
    await tapTarget(page, done);
    s = await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === `shop/${SHOP}`);
    assert.equal(s.route, `#/edit/shop/${SHOP}`);

    // A reload (or a crash, or a closed tab) loses nothing: the draft comes back by itself.
    await page.reload();
    s = await waitForState(page, (st) => st.screen === 'editor' && st.editor.active && st.editor.edits === 3);
    assert.match(s.editor.notice, /3/);
    assert.equal(await (await fieldBox(page, field('name.ko'))).evaluate((el) => el.value), '맛나분식 본점');

    // Undo takes back the last change (the move on the map), redo puts it back, undo again.
    s = await settledState(page);
    await tapTarget(page, visibleTarget(s, 'chip', 'undo'));
    s = await waitForState(page, (st) => st.editor.edits === 2 && st.editor.canRedo);
    await tapTarget(page, visibleTarget(await settledState(page), 'chip', 'redo'));
    s = await waitForState(page, (st) => st.editor.edits === 3);
    // On a computer, the keyboard does the same outside the fields.
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press('Control+Z');
    s = await waitForState(page, (st) => st.editor.edits === 2);

    // Export: a download of the whole bundle in the published file's layout.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      settledState(page).then((st) => tapTarget(page, visibleTarget(st, 'chip', 'export'))),
    ]);
    assert.equal(download.suggestedFilename(), 'doksan.json');
    const saved = join(downloads, 'doksan.json');
    await download.saveAs(saved);
    const exported = readFileSync(saved, 'utf8');
    execFileSync(golmok, ['validate', saved]);  // throws on a non-zero exit
    const before = published.split('\n'), after = exported.split('\n');
    assert.equal(after.length, before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    assert.deepEqual(changed, ['        "ko": "맛나분식 본점",', '      "hours": "Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off",']);

    // Visitors' screens show the edited data, with a note that it is a draft.
    await page.goto(server.url + '#/');
    s = await waitForState(page, (st) => st.screen === 'home' && st.targets.some((t) => t.kind === 'shop' && t.label === '맛나분식 본점'));
    assert.ok(visibleTarget(s, 'chip', 'editor'), 'a way back to the editor');
    assert.deepEqual(phone.problems, []);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
    await phone.close();
  }
});
