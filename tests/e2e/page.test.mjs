// The page as a phone user meets it: served over HTTP on localhost, opened in Debian's Chromium
// at 390×844 with devicePixelRatio 3 and touch, tapped and dragged with real touch events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, hashedFile, launchPhone, removeCompressedCopies, repoRoot, siteDir, startServer, tapTarget, touchDrag, waitForState,
} from './harness.mjs';

const artifacts = join(repoRoot, 'tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const visible = (state, kind, id) =>
  state.targets.find((t) => t.kind === kind && t.visible && (!id || t.id === id) && t.y >= 0 && t.y + t.h <= 844);

// Drags the list up with one finger until a target of `kind` is fully on screen.
async function scrollUntilVisible(page, kind) {
  for (let i = 0; i < 15; i++) {
    const state = await appState(page);
    const target = visible(state, kind);
    if (target) return target;
    await touchDrag(page, { x: 200, y: 700 }, { x: 200, y: 250 });
    await page.waitForTimeout(600);  // let the fling settle
  }
  throw new Error(`no ${kind} came on screen`);
}

test('the default district opens with its name, promotions and shops', async () => {
  const phone = await launchPhone();
  try {
    await phone.page.goto(server.url);
    const state = await waitForState(phone.page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.equal(state.lang, 'ko');
    assert.equal(state.dpr, 3);
    assert.match(await phone.page.title(), /독산동 맛나는 거리/);
    assert.ok(await phone.page.locator('#status').isHidden(), 'the loading indicator is gone');
    // The canvas is drawn at device resolution: 390×844 CSS px at DPR 3.
    const size = await phone.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height];
    });
    assert.deepEqual(size, [1170, 2532]);
    assert.ok(state.targets.some((t) => t.kind === 'shop'), 'shops are listed');
    assert.ok(state.atlas.width > 0 && state.atlas.height > 0);
    await phone.page.screenshot({ path: join(artifacts, 'home.png') });
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

// A visitor on a slow phone reads the HTML directory first: the page paints it before the app's
// start-up (the wasm, the WebGL context) takes the main thread, and the app covers it only once
// its first frame is drawn. The page's own preloads ask for what the first frame needs, each once.
test('the HTML directory is painted before the app covers it, and what the app needs is asked for once', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime,
      shown: performance.getEntriesByName('golmok-app-shown')[0]?.startTime,
    }));
    assert.ok(times.paint > 0 && times.shown > 0, JSON.stringify(times));
    assert.ok(times.paint < times.shown, `painted at ${times.paint} ms, covered at ${times.shown} ms`);
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=preload]')].map((l) => new URL(l.href).pathname));
    for (const name of ['golmok.', 'fonts/body.', 'data/index.json', 'data/doksan.json']) {
      assert.ok(preloads.some((p) => p.includes(name)), `${name} is preloaded: ${preloads}`);
    }
    for (const path of preloads) {
      assert.equal(requested.filter((r) => r === path).length, 1, `${path} requested once: ${requested}`);
    }
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('tapping a shop opens its card, and back returns to the list', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    const row = await scrollUntilVisible(page, 'shop');
    await page.waitForTimeout(300);
    // The row may have moved while the fling ended: read it again before tapping.
    const settled = visible(await appState(page), 'shop', row.id) || row;
    await tapTarget(page, settled);
    const card = await waitForState(page, (s) => s.screen === 'shop');
    assert.equal(card.shop, settled.id);
    assert.ok(visible(card, 'back'), 'the card has a back button');
    await page.screenshot({ path: join(artifacts, 'shop-card.png') });

    await tapTarget(page, visible(card, 'back'));
    await waitForState(page, (s) => s.screen === 'home');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('a drag scrolls the list and never opens a shop', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    const before = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    const firstShopY = before.targets.find((t) => t.kind === 'shop').y;
    await touchDrag(page, { x: 200, y: 600 }, { x: 200, y: 300 });
    await page.waitForTimeout(800);
    const afterDrag = await appState(page);
    assert.equal(afterDrag.screen, 'home', 'no tap fired while the finger was scrolling');
    const movedBy = firstShopY - afterDrag.targets.find((t) => t.kind === 'shop').y;
    assert.ok(movedBy >= 290, `the list moved with the finger and kept going (moved ${movedBy} px)`);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('the second district opens from its own path and from the old ?d= link', async () => {
  const phone = await launchPhone();
  try {
    await phone.page.goto(server.root + 'samseon/');
    await waitForState(phone.page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.match(await phone.page.title(), /삼선/);
    await phone.page.goto(server.root + '?d=samseon#/shop/x');
    await phone.page.waitForURL(/\/samseon\/#\/shop\/x$/);
    await waitForState(phone.page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.match(await phone.page.title(), /삼선/);
    await phone.page.screenshot({ path: join(artifacts, 'samseon.png') });
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

// A copy of the built site with one data file replaced or removed, served like the real one.
async function withBrokenSite(change, check) {
  const dir = mkdtempSync(join(tmpdir(), 'golmok-site-'));
  cpSync(siteDir, dir, { recursive: true });
  change(dir);
  const brokenServer = await startServer(dir);
  const phone = await launchPhone();
  try {
    await check(phone, brokenServer.url);
  } finally {
    await phone.close();
    brokenServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an invalid bundle shows its errors on the page, not a blank canvas', async () => {
  await withBrokenSite((dir) => {
    const broken = readFileSync(join(repoRoot, 'tests/data/invalid/unknown_references.json'));
    writeFileSync(join(dir, 'data/doksan.json'), broken);
    removeCompressedCopies(join(dir, 'data/doksan.json'));
  }, async (phone, url) => {
    await phone.page.goto(url);
    const state = await waitForState(phone.page, (s) => s.screen === 'error' && s.framesDrawn > 0);
    assert.deepEqual(state.errors.map((e) => e.pointer), ['/shops/0/category', '/promotions/0/shop']);
    assert.equal(state.errors[1].line, 17);
    assert.ok(state.targets.some((t) => t.kind === 'retry'));
    await phone.page.screenshot({ path: join(artifacts, 'invalid-bundle.png') });
    assert.deepEqual(phone.problems, []);
  });
});

test('a missing bundle names the file and the HTTP status', async () => {
  await withBrokenSite((dir) => {
    rmSync(join(dir, 'data/doksan.json'));
    removeCompressedCopies(join(dir, 'data/doksan.json'));
  }, async (phone, url) => {
    await phone.page.goto(url);
    const state = await waitForState(phone.page, (s) => s.screen === 'error' && s.framesDrawn > 0);
    assert.match(state.errors[0].message, /HTTP 404/);
    // The only problem is the 404 itself.
    assert.ok(phone.problems.every((p) => /404/.test(p)), phone.problems.join('\n'));
  });
});

test('a missing optional font leaves the page working; a missing body font says so', async () => {
  await withBrokenSite((dir) => {
    const title = hashedFile(dir, 'fonts/title.ttf');
    rmSync(join(dir, title));
    removeCompressedCopies(join(dir, title));
  }, async (phone, url) => {
    await phone.page.goto(url);
    const state = await waitForState(phone.page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.equal(state.atlas.missingGlyphs, 0, 'the body face stands in for the title face');
    assert.ok(phone.problems.every((p) => /404/.test(p)), phone.problems.join('\n'));
  });
  await withBrokenSite((dir) => {
    const body = hashedFile(dir, 'fonts/body.ttf');
    rmSync(join(dir, body));
    removeCompressedCopies(join(dir, body));
  }, async (phone, url) => {
    await phone.page.goto(url);
    // The page says it in HTML, which the browser writes with its own fonts; without a font the
    // canvas stays hidden and draws nothing, the data arriving after the failure included.
    await phone.page.locator('#status', { hasText: 'fonts/body.ttf: HTTP 404' }).waitFor();
    await waitForState(phone.page, (s) => s.bundle && s.bundle.shops > 0);
    await phone.page.waitForTimeout(500);
    assert.equal((await appState(phone.page)).framesDrawn, 0);
    assert.equal(await phone.page.evaluate(() => document.documentElement.classList.contains('app')), false);
  });
});
