// Every language draws every character it needs: Japanese and Chinese fetch their own font when
// picked (and only then), and no glyph is missing (drawn as '?') in any of the four. Screenshots
// at devicePixelRatio 1 and 3, light and dark, go to artifacts/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchPhone, repoRoot, startServer, tapTarget, waitForState, visibleTarget } from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const target = visibleTarget;

test('a Japanese browser gets Japanese with its own font, and can switch to Chinese', async () => {
  const phone = await launchPhone({ locale: 'ja-JP' });
  const fontRequests = [];
  phone.page.on('request', (r) => { if (/fonts\/(ja|zh)\.[0-9a-f]{12}\.otf$/.test(r.url())) fontRequests.push(r.url()); });
  try {
    const { page } = phone;
    await page.goto(server.url);
    const ja = await waitForState(page, (s) => s.screen === 'home' && s.lang === 'ja' && s.atlas.cjkFont === 'ja');
    assert.equal(ja.atlas.missingGlyphs, 0, 'every Japanese character has a glyph');
    assert.equal(target(ja, 'chip', 'filters').label, '絞り込み');
    await page.screenshot({ path: join(artifacts, 'home-ja.png') });

    await tapTarget(page, target(ja, 'language'));
    const picker = await waitForState(page, (s) => !!target(s, 'chip', 'uilang:zh'));
    await tapTarget(page, target(picker, 'chip', 'uilang:zh'));
    const zh = await waitForState(page, (s) => s.lang === 'zh' && s.atlas.cjkFont === 'zh');
    assert.equal(zh.atlas.missingGlyphs, 0, 'every Chinese character has a glyph');
    assert.ok(zh.atlas.bytes <= 4 * 1024 * 1024, `the atlas stays within 4 MB (${zh.atlas.bytes} bytes)`);
    assert.equal(fontRequests.length, 2, 'each CJK font is fetched once, when needed');

    // Back to Japanese: its font is kept, not fetched again, and still draws every character.
    await tapTarget(page, target(zh, 'language'));
    const again = await waitForState(page, (s) => !!target(s, 'chip', 'uilang:ja'));
    await tapTarget(page, target(again, 'chip', 'uilang:ja'));
    const back = await waitForState(page, (s) => s.lang === 'ja' && s.atlas.cjkFont === 'ja');
    assert.equal(back.atlas.missingGlyphs, 0);
    assert.equal(fontRequests.length, 2);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('Korean and English visitors never download a CJK font and miss no glyph', async () => {
  for (const locale of ['ko-KR', 'en-US']) {
    const phone = await launchPhone({ locale });
    const fontRequests = [];
    phone.page.on('request', (r) => { if (/fonts\/(ja|zh)\.[0-9a-f]{12}\.otf$/.test(r.url())) fontRequests.push(r.url()); });
    try {
      await phone.page.goto(server.url);
      const s = await waitForState(phone.page, (st) => st.screen === 'home' && st.framesDrawn > 0);
      assert.equal(s.lang, locale.slice(0, 2));
      assert.equal(s.atlas.missingGlyphs, 0);
      assert.deepEqual(fontRequests, []);
      assert.deepEqual(phone.problems, []);
    } finally {
      await phone.close();
    }
  }
});

test('crisp at devicePixelRatio 1 and 3, light and dark', async () => {
  for (const dpr of [1, 3]) {
    for (const colorScheme of ['light', 'dark']) {
      const phone = await launchPhone({ dpr, colorScheme });
      try {
        await phone.page.goto(server.url);
        const s = await waitForState(phone.page, (st) => st.screen === 'home' && st.framesDrawn > 0);
        assert.equal(s.dpr, dpr);
        const [w, h] = await phone.page.evaluate(() => [document.getElementById('canvas').width,
                                                        document.getElementById('canvas').height]);
        assert.deepEqual([w, h], [390 * dpr, 844 * dpr], 'the canvas has one pixel per device pixel');
        await phone.page.screenshot({ path: join(artifacts, `home-dpr${dpr}-${colorScheme}.png`) });
        assert.deepEqual(phone.problems, []);
      } finally {
        await phone.close();
      }
    }
  }
});
