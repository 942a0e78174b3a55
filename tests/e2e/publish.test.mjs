// An association publishes onto a served site both ways the README tells: with `golmok publish`,
// and with the editor's publish button, whose zip is unpacked over the site folder. A visitor who
// came before (the service worker holds the old site) gets the new data and pages on the next
// online visit; the new shop, holding 똠, 햏, 뷁 and Japanese and Chinese names, shows in the app
// with no glyph missing and in the page's HTML; a bundle with problems changes nothing the visitor
// sees. The zip holds what the command writes for the same bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  launchPhone, repoRoot, reveal, settledState, siteDir, startServer, tapField, tapTarget, typeIntoFocused,
  untilKeptOffline, visibleTarget, waitForState,
} from './harness.mjs';

const golmok = join(repoRoot, 'build/native/src/cli/golmok');
const SHOP = 'tomyam-haeng';
let work;
let server;
let pageSite;  // the site the editor's zip is unpacked over

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'golmok-publish-'));
  cpSync(siteDir, join(work, 'site'), { recursive: true });
  cpSync(siteDir, join(work, 'page-site'), { recursive: true });
  server = await startServer(join(work, 'site'));
  pageSite = await startServer(join(work, 'page-site'));
});

after(() => {
  server.stop();
  pageSite.stop();
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
function publish(bundle, site = join(work, 'site'), extra = []) {
  const path = join(work, 'doksan.json');
  writeFileSync(path, typeof bundle === 'string' ? bundle : JSON.stringify(bundle, null, 2));
  try {
    return { status: 0, out: execFileSync(golmok, ['publish', site, path, ...extra], { encoding: 'utf8' }) };
  } catch (error) {
    return { status: error.status, out: String(error.stdout) + String(error.stderr) };
  }
}

// A new visitor on each language's page: the new shop's card, home, a search for it and the map
// draw every character, and the page's HTML lists it; so does the editor.
async function newVisitorSeesTheShop(root, names) {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    for (const lang of ['ko', 'en', 'ja', 'zh']) {
      await page.goto('about:blank');
      await page.goto(root + 'doksan/' + (lang === 'ko' ? '' : lang + '/') + '#/shop/' + SHOP);
      const s = await waitForState(page, (st) => st.screen === 'shop' && st.shop === SHOP && st.lang === lang &&
        st.atlas.current && (lang === 'ko' || lang === 'en' || st.atlas.cjkFont === lang));
      assert.equal(s.atlas.missingGlyphs, 0, `every character drawn (${lang})`);
      assert.ok(await page.locator('#directory').getByText(names[lang]).count() > 0,
        `the page's HTML lists the new shop (${lang})`);
      for (const hash of ['#/', '#/?q=' + encodeURIComponent('똠얌'), '#/map']) {
        await page.evaluate((h) => { location.hash = h; }, hash);
        const t = await waitForState(page, (st) => st.screen === (hash === '#/map' ? 'map' : 'home') &&
          st.framesDrawn > 0 && st.atlas.current);
        assert.equal(t.atlas.missingGlyphs, 0, `${hash} draws every character (${lang})`);
      }
    }
    await page.evaluate((shop) => { location.hash = '#/edit/shop/' + shop; }, SHOP);
    const e = await waitForState(page, (st) => st.screen === 'editor' && st.editor.active && st.atlas.current);
    assert.equal(e.atlas.missingGlyphs, 0, 'the editor draws every character');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
}

// The entries of a stored zip (the editor's update), read by Python's zipfile, a reader apart.
function unzip(zipPath, into) {
  const listing = execFileSync('python3', ['-c',
    'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); '
    + 'print("\\n".join(z.namelist()))', zipPath, into], { encoding: 'utf8' });
  return listing.trim().split('\n');
}

// What a file decompresses to: .gz and .br copies may differ in bytes, never in content.
function content(path) {
  const bytes = readFileSync(path);
  if (path.endsWith('.gz')) return gunzipSync(bytes);
  if (path.endsWith('.br')) return brotliDecompressSync(bytes);
  return bytes;
}

const seoulToday = () => new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);

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

    // The visitor who came before: the next online visit brings the new data and page.
    await page.goto('about:blank');
    await page.goto(server.root + 'doksan/#/shop/' + SHOP);
    const s = await waitForState(page, (st) => st.screen === 'shop' && st.shop === SHOP && st.atlas.current);
    assert.equal(s.atlas.missingGlyphs, 0);
    assert.ok(await page.locator('#directory').getByText('똠얌꿍 타이 햏반점').count() > 0, 'the new page, not the kept one');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
  await newVisitorSeesTheShop(server.root, changedBundle().shops[0].name);
});

test('the editor\'s publish button gives a zip that, unpacked over the site, publishes what golmok publish would', async () => {
  const phone = await launchPhone();
  const zipPath = join(work, 'update.zip');

  try {
    const { page } = phone;
    // The association member previews the new data on the site itself, then opens the editor
    // and types one more change with the Korean IME.
    await page.goto(pageSite.url + '?preview');
    let s = await waitForState(page, (st) => st.screen === 'home' && st.preview.on &&
      visibleTarget(st, 'chip', 'open-file'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
      tapTarget(page, visibleTarget(s, 'chip', 'open-file'))]);
    // A new district description too: the district list (index.html) is written again, from
    // every district's data, which the page then fetches.
    const bundle = changedBundle();
    bundle.district.description.ko = '뷁 소리 나는 똠얌꿍 골목 (예시 설명).';
    await chooser.setFiles({ name: 'doksan.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle, null, 2)) });
    await waitForState(page, (st) => st.preview.source === 'doksan.json' && st.preview.usable);
    await page.evaluate((shop) => { location.hash = '#/edit/shop/' + shop; }, SHOP);
    await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === `shop/${SHOP}`);
    const cdp = await page.context().newCDPSession(page);
    await reveal(page, 'field', `shop/${SHOP}|description.ko`);
    await tapField(page, `shop/${SHOP}|description.ko`);
    await typeIntoFocused(page, cdp, [{ commit: '뷁 소리 나게 매운 똠얌꿍, 퀭한 날에 (예시).' }]);
    await page.evaluate(() => document.activeElement.blur());
    await waitForState(page, (st) => st.editor.edits === 1);

    // Publish: one download, and the editor says what to do with it.
    await page.evaluate(() => { location.hash = '#/edit'; });
    await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === '');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reveal(page, 'chip', 'publish').then((t) => tapTarget(page, t)),
    ]);
    assert.match(download.suggestedFilename(), /^golmok-update-doksan-\d{4}-\d{2}-\d{2}\.zip$/);
    await download.saveAs(zipPath);
    s = await waitForState(page, (st) => st.editor.publish.step === 'ready');
    assert.equal(s.editor.publish.zip, download.suggestedFilename());
    assert.ok(s.editor.publish.files >= 6, `files: ${s.editor.publish.files}`);
    await settledState(page);
    await page.screenshot({ path: join(repoRoot, 'tests/e2e/artifacts/editor-published.png') });
    assert.deepEqual(phone.problems, []);

    // Without a connection there is no site to read: said in words, nothing downloaded.
    await page.context().setOffline(true);
    await tapTarget(page, await reveal(page, 'chip', 'publish'));
    s = await waitForState(page, (st) => st.editor.publish.step === 'failed');
    assert.match(s.editor.publish.detail, /cannot be reached/);
    await page.context().setOffline(false);
    phone.problems.length = 0;  // the refused requests were the point
  } finally {
    await phone.close();
  }

  // Unpacked over the served site folder, as the README says.
  const entries = unzip(zipPath, join(work, 'page-site'));
  const edited = readFileSync(join(work, 'page-site', 'data/doksan.json'), 'utf8');
  assert.match(edited, /퀭한 날에/);

  // golmok publish of the same bundle onto a fresh copy of the site writes the same files.
  cpSync(siteDir, join(work, 'cli-site'), { recursive: true });
  const cli = publish(edited, join(work, 'cli-site'), ['--today', seoulToday()]);
  assert.equal(cli.status, 0, cli.out);
  const changed = cli.out.trim().split('\n').slice(0, -1);
  for (const path of changed) {
    assert.ok(entries.includes(path), `the zip holds ${path}, which golmok publish changed`);
  }
  assert.ok(entries.includes('index.html') && readFileSync(join(work, 'page-site', 'index.html'), 'utf8')
    .includes('뷁 소리 나는 똠얌꿍 골목'), 'the district list has the new description');
  for (const entry of entries) {
    const cliFile = join(work, 'cli-site', entry);
    assert.ok(existsSync(cliFile), `golmok publish has ${entry} too`);
    assert.ok(content(join(work, 'page-site', entry)).equals(content(cliFile)), `${entry} is the same`);
  }

  await newVisitorSeesTheShop(pageSite.root, changedBundle().shops[0].name);
});
