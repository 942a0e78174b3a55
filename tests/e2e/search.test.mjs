// Finding a shop as a phone user does: tap the search field, type Korean through the real input
// element with IME composition (Chromium's own composition events), watch the list narrow while
// a syllable is still being composed, then narrow further with a filter and clear it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appState, launchPhone, repoRoot, settledState, startServer, tapTarget, waitForState, visibleTarget } from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const target = visibleTarget;

// Types `syllables` as a Korean IME does: each syllable is composed jamo by jamo, then committed.
async function typeKorean(cdp, page, steps, onStep) {
  for (const step of steps) {
    if (step.compose !== undefined) {
      await cdp.send('Input.imeSetComposition', {
        text: step.compose, selectionStart: step.compose.length, selectionEnd: step.compose.length,
      });
    } else {
      await cdp.send('Input.insertText', { text: step.commit });
    }
    await page.waitForTimeout(60);
    if (onStep) await onStep(step);
  }
}

test('typing Korean with composition narrows the list, and a filter narrows it further', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    const home = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    const total = home.results;
    assert.ok(total >= 30, `all shops listed before searching (${total})`);

    // The input lies over the box the app drew; a tap focuses it as on any web page.
    const box = await page.locator('#search-box').boundingBox();
    assert.ok(box && box.width > 200 && box.height >= 44, 'the search field is a large target');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
    await waitForState(page, (s) => s.searchFocused);

    const cdp = await page.context().newCDPSession(page);
    const seen = [];
    await typeKorean(cdp, page, [
      { compose: 'ㄸ' }, { compose: '떠' }, { compose: '떡' }, { commit: '떡' },
      { compose: 'ㅂ' },  // 떡 + a syllable still being composed
    ], async (step) => {
      const s = await appState(page);
      seen.push({ step, query: s.query, results: s.results });
    });
    const composing = seen[seen.length - 1];
    assert.equal(composing.query, '떡ㅂ', 'the composing jamo reaches the app');
    assert.ok(composing.results > 0 && composing.results < total,
      `the list narrowed while composing (${composing.results} of ${total})`);
    // While composing 떠, the list already answered the partial syllable.
    assert.ok(seen[1].results > 0 && seen[1].results < total, 'a partial syllable narrows the list');

    // ㅗ ㄲ make 볶; the next ㅇ cannot join its final, so 볶 is committed and ㅇ begins 이.
    await typeKorean(cdp, page, [{ compose: '보' }, { compose: '볶' }, { commit: '볶' },
      { compose: 'ㅇ' }, { compose: '이' }]);
    // Enter while the IME is composing must not lose the last syllable: commit first.
    await cdp.send('Input.insertText', { text: '이' });
    await page.keyboard.press('Enter');
    const typed = await waitForState(page, (s) => s.query === '떡볶이' && !s.searchFocused);
    assert.equal(await page.inputValue('#search'), '떡볶이');
    assert.ok(typed.results >= 1 && typed.results < total, `떡볶이 finds its shops (${typed.results})`);
    const firstResult = target(typed, 'shop');
    assert.ok(firstResult, 'a result row is on screen');
    await page.screenshot({ path: join(artifacts, 'search-tteokbokki.png') });
    await cdp.detach();

    // A filter: open the panel, choose 제로페이, see the count change; one tap clears.
    await page.locator('#search').fill('');
    await page.locator('#search').dispatchEvent('input');
    await waitForState(page, (s) => s.query === '' && s.results === total);
    const cleared = await settledState(page);  // the home screen laid out again, not mid-change
    await tapTarget(page, target(cleared, 'chip', 'filters'));
    const panel = await waitForState(page, (s) => !!target(s, 'chip', 'pay:zeropay'));
    await tapTarget(page, target(panel, 'chip', 'pay:zeropay'));
    // The next frame draws the chip as on.
    const filtered = await waitForState(page, (s) => s.filters === 1 && target(s, 'chip', 'pay:zeropay')?.active);
    assert.ok(filtered.results > 0 && filtered.results < total,
      `the 제로페이 filter narrows the list (${filtered.results} of ${total})`);
    await page.screenshot({ path: join(artifacts, 'filters.png') });
    await tapTarget(page, target(filtered, 'chip', 'clear'));
    await waitForState(page, (s) => s.filters === 0 && s.results === total);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
