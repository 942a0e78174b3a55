// An association publishes with `golmok publish` onto a served site, as the README tells it to:
// a visitor who came before (the service worker holds the old site) gets the new data and pages
// on the next online visit; the new shop, holding 똠, 햏, 뷁 and Japanese and Chinese names, shows
// in the app with no glyph missing and in the page's HTML; a bundle with problems changes
// nothing the visitor sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPhone, repoRoot, siteDir, startServer, untilKeptOffline, waitForState } from './harness.mjs';

const golmok = join(repoRoot, 'build/native/src/cli/golmok');
const SHOP = 'tomyam-haeng';
let work;
let server;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'golmok-publish-'));
  cpSync(siteDir, join(work, 'site'), { recursive: true });
  server = await startServer(join(work, 'site'));
});

after(() => {
  server.stop();
  rmSync(work, { recursive: true, force: true });
});

function changedBundle() {
  const bundle = JSON.parse(readFileSync(join(repoRoot, 'data/doksan.json'), 'utf8'));
  bundle.shops.unshift({
    ...bundle.shops[0],
    id: SHOP,
    name: { ko: '똠얌꿍 타이 햏반점', en: 'Tom Yum Thai Haeng', ja: 'トムヤムクン・タイ食堂', zh: '冬阴功泰国菜馆' },
    description: { ko: '뷁 소리 나게 매운 똠얌꿍 (예시).', en: 'Hot tom yum (sample).' },
  });
  return bundle;
}

// golmok publish as an association member runs it; its exit status and what it printed.
function publish(bundle) {
  const path = join(work, 'doksan.json');
  writeFileSync(path, JSON.stringify(bundle, null, 2));
  try {
    return { status: 0, out: execFileSync(golmok, ['publish', join(work, 'site'), path], { encoding: 'utf8' }) };
  } catch (error) {
    return { status: error.status, out: String(error.stdout) + String(error.stderr) };
  }
}

test('a returning visitor gets a published update in the app and in the HTML, every character drawn', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    await untilKeptOffline(page);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the old site is kept offline');

    // A bundle with a problem: refused in words, and the next visit sees the site unchanged.
    const broken = changedBundle();
    broken.shops[0].position = { lat: 'north' };
    const refused = publish(broken);
    assert.equal(refused.status, 1);
    assert.match(refused.out, /doksan\.json:.*\/shops\/0\/position/);
    assert.match(refused.out, /nothing written/);
    await page.goto('about:blank');
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.equal(await page.locator('#directory').getByText('똠얌꿍 타이 햏반점').count(), 0);

    const done = publish(changedBundle());
    assert.equal(done.status, 0, done.out);
    assert.match(done.out, /^data\/doksan\.json$/m);
    assert.match(done.out, /^doksan\/ja\/index\.html$/m);
    assert.doesNotMatch(done.out, /samseon\//, 'the other district is not touched');

    for (const lang of ['ko', 'en', 'ja', 'zh']) {
      await page.goto('about:blank');  // a new visit
      await page.goto(server.root + 'doksan/' + (lang === 'ko' ? '' : lang + '/') + '#/shop/' + SHOP);
      const s = await waitForState(page, (st) => st.screen === 'shop' && st.shop === SHOP && st.lang === lang &&
        st.atlas.current && (lang === 'ko' || lang === 'en' || st.atlas.cjkFont === lang));
      assert.equal(s.atlas.missingGlyphs, 0, `every character drawn (${lang})`);
      const name = changedBundle().shops[0].name[lang];
      assert.equal(await page.locator('#directory').getByText(name).count() > 0, true,
        `the page's HTML lists the new shop (${lang})`);
    }
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
