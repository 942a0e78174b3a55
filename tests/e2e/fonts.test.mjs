// Every character shows, whatever the data says: a bundle replaced by hand on a built site, with
// syllables outside KS X 1001 (똠, 햏, 뷁) and Japanese and Chinese texts no build saw, is drawn
// without a single '?' in every language and on every screen, from font pieces fetched for just
// those characters. Nothing is rebuilt. And the HTML never lies: the page's directory (the text
// view, what screen readers read), written before the data changed, is replaced by the app's
// view of the data it shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, launchPhone, removeCompressedCopies, repoRoot, siteDir, startServer, waitForState,
} from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
const SHOP = 'tomyam-haeng';
const NAMES = { ko: '똠얌꿍 타이 햏반점', en: 'Tom Yum Thai Haeng', ja: 'トムヤムクン・タイ食堂', zh: '冬阴功泰国菜馆' };
let dir;
let server;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'golmok-fonts-'));
  cpSync(siteDir, dir, { recursive: true });
  const path = join(dir, 'data/doksan.json');
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  bundle.shops.unshift({
    id: SHOP,
    name: NAMES,
    category: bundle.shops[0].category,
    position: bundle.shops[0].position,
    address: { ko: '맛나는 거리 안쪽 골목 (예시 주소, 실제 주소 아님)', en: 'Inner alley (sample address, not real)' },
    sample: true,
    description: {
      ko: '뷁 소리 나게 매운 똠얌꿍 (예시).',
      en: 'Tom yum hot enough to make you shout (sample).',
      ja: '叫びたくなるほど辛いトムヤムクン（サンプル）。',
      zh: '辣得让人叫出声的冬阴功汤（示例）。',
    },
    hours: 'Mo-Su 11:00-22:00',
    menu: [
      { name: { ko: '꿔바로우', en: 'Guobaorou', ja: '鍋包肉', zh: '锅包肉' }, price: 18000 },
      { name: { ko: '훠궈 세트', en: 'Hotpot set', ja: '火鍋セット', zh: '火锅套餐' }, price: 32000 },
    ],
  });
  writeFileSync(path, JSON.stringify(bundle));
  removeCompressedCopies(path);
  server = await startServer(dir);
});

after(() => {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pageFor = (lang) => server.root + 'doksan/' + (lang === 'ko' ? '' : lang + '/');
// Drawn, with an atlas made for the text on screen now and no font piece on its way.
const settled = (s) => s.framesDrawn > 0 && s.atlas.current;

for (const lang of ['ko', 'en', 'ja', 'zh']) {
  test(`${lang}: a shop the fonts were not cut for shows on home, search, its card and the map`, async () => {
    const phone = await launchPhone({ locale: { ko: 'ko-KR', en: 'en-US', ja: 'ja-JP', zh: 'zh-CN' }[lang] });
    const pieces = [];
    phone.page.on('request', (r) => { if (/fonts\/pieces\//.test(r.url())) pieces.push(r.url()); });
    try {
      const { page } = phone;
      await page.goto(pageFor(lang) + '#/shop/' + SHOP);
      let s = await waitForState(page, (st) => st.screen === 'shop' && st.shop === SHOP && st.lang === lang &&
        settled(st) && (lang === 'ko' || lang === 'en' || st.atlas.cjkFont === lang));
      assert.equal(s.atlas.missingGlyphs, 0, `the card draws every character (${lang})`);
      if (lang === 'en') {
        assert.equal(s.atlas.piecesLoaded, 0, 'the English card holds nothing the first fonts lack');
      } else {
        assert.ok(s.atlas.piecesLoaded > 0, 'pieces were fetched for what the first fonts lack');
      }
      await page.screenshot({ path: join(artifacts, `fonts-card-${lang}.png`) });

      for (const hash of ['#/', '#/?q=' + encodeURIComponent('똠얌'), '#/map']) {
        await page.evaluate((h) => { location.hash = h; }, hash);
        s = await waitForState(page, (st) => st.screen === (hash === '#/map' ? 'map' : 'home') && settled(st));
        assert.equal(s.atlas.missingGlyphs, 0, `${hash} draws every character (${lang})`);
      }
      assert.equal((await appState(page)).query, '', 'the map leaves the search');

      // The text view: the page's HTML was written before the shop existed; it now lists it, in
      // the visitor's language, with the app's words.
      await page.waitForSelector('#main #view-shops', { state: 'attached' });
      assert.equal(await page.locator('#main').getAttribute('lang'), lang);
      assert.ok(await page.locator(`#main li#shop-${SHOP} h4`).textContent() === NAMES[lang],
        `the directory lists the new shop (${lang})`);
      await page.evaluate(() => window.golmokShell.showTextView());
      assert.ok(await page.getByText(NAMES[lang], { exact: true }).first().isVisible(), 'shown in the text view');
      await page.screenshot({ path: join(artifacts, `text-view-${lang}.png`) });
      assert.equal(new Set(pieces).size, pieces.length, 'no piece is fetched twice');
      assert.ok(pieces.length <= 24, `only the pieces the text needs (${pieces.length})`);
      assert.deepEqual(phone.problems, []);
    } finally {
      await phone.close();
    }
  });
}

test('a page whose data was not changed keeps its own HTML', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.root + 'samseon/');
    await waitForState(page, (st) => st.screen === 'home' && settled(st));
    await page.waitForTimeout(600);
    assert.equal(await page.locator('#main #view-shops').count(), 0, 'the page\'s own directory stays');
    assert.ok(await page.locator('#main h1').count() === 1);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('the editor draws its own words, and what an owner types, from pieces', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(pageFor('ko') + '#/edit/shop/' + SHOP);
    let s = await waitForState(page, (st) => st.editor && st.editor.active && settled(st));
    assert.equal(s.atlas.missingGlyphs, 0, 'the editor misses no glyph');

    // The owner types a syllable no text of the page held (퀭), through the real input.
    const id = `shop/${SHOP}|name.ko`;
    const input = await page.waitForSelector(`#fields [data-field="${id}"]`, { state: 'attached' });
    const box = await input.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((fid) => document.activeElement && document.activeElement.dataset.field === fid, id);
    await page.evaluate(() => document.activeElement.select());
    const cdp = await page.context().newCDPSession(page);
    for (const compose of ['ㅋ', '쿠', '퀘', '퀭']) {
      await cdp.send('Input.imeSetComposition', { text: compose, selectionStart: 1, selectionEnd: 1 });
      await page.waitForTimeout(40);
    }
    await cdp.send('Input.insertText', { text: '퀭 식당' });
    await cdp.detach();
    s = await waitForState(page, (st) => st.editor.edits >= 1 && settled(st));
    assert.equal(await input.evaluate((el) => el.value), '퀭 식당');
    assert.equal(s.atlas.missingGlyphs, 0, 'what was typed is drawn, not "?"');
    // The directory follows the edit: screen readers hear what the owner sees.
    await page.waitForFunction((shop) => document.querySelector(`#main li#shop-${shop} h4`)?.textContent === '퀭 식당', SHOP);
    await page.screenshot({ path: join(artifacts, 'fonts-editor.png') });
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
