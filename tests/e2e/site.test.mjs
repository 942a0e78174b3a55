// The site as a static host serves it: the HTML directory under the canvas (accessible, reachable
// from the app, read out when the app changes), the Content-Security-Policy kept, a bundle full
// of markup and script shown as text, and the page working offline after one visit while still
// taking new data when the network answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, hashedFile, launchPhone, removeCompressedCopies, repoRoot, settledState, siteDir, startServer, tapTarget,
  untilKeptOffline, waitForState, visibleTarget,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const golmok = join(repoRoot, 'build/native/src/cli/golmok');

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Records every Content-Security-Policy violation the page reports, from the first script on.
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.golmokViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.golmokViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

async function axeViolations(page, context) {
  await page.evaluate(axeSource);  // evaluated by the test, not injected into the page's CSP
  const result = await page.evaluate((ctx) => window.axe.run(ctx), context);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the HTML directory and the chooser have no accessibility violations (axe-core)', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    // The text view: the directory in place of the canvas, as a visitor opens it.
    await page.evaluate(() => window.golmokShell.showTextView());
    assert.ok(await page.locator('#directory h1').isVisible());
    assert.ok(!(await page.locator('#canvas').isVisible()), 'the canvas gives way to the directory');
    assert.deepEqual(await axeViolations(page), []);

    for (const path of ['doksan/en/', 'samseon/ja/', '']) {
      await page.goto(server.root + path);
      await page.locator('#directory').waitFor();
      assert.deepEqual(await axeViolations(page, '#directory'), [], path);
    }
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('the app tells screen readers what it shows, and leads to the text view', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.equal(await page.getAttribute('#directory', 'lang'), 'ko');
    assert.equal(await page.getAttribute('#announce', 'aria-live'), 'polite');

    await page.fill('#search', '떡볶이');
    const found = await waitForState(page, (s) => s.query === '떡볶이');
    await page.waitForFunction((n) => document.getElementById('announce').textContent === `떡볶이 · ${n}곳`,
                               found.results);

    await page.goto(server.url + '#/shop/manna-bunsik');
    await waitForState(page, (s) => s.screen === 'shop' && s.shop === 'manna-bunsik');
    await page.waitForFunction(() => document.getElementById('announce').textContent.startsWith('맛나분식'));

    // The app's own "text view" button at the end of the home screen.
    await page.goto(server.url + '#/');
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    let home = await appState(page);
    for (let i = 0; i < 20 && !visibleTarget(home, 'textview'); i++) {
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(150);
      home = await appState(page);
    }
    // Where the button is once the last scroll has been drawn, not where a frame before it was.
    home = await settledState(page);
    const button = visibleTarget(home, 'textview');
    assert.ok(button, 'the home screen ends with a text view button');
    assert.equal(button.label, '텍스트로 보기');
    await tapTarget(page, button);
    await page.waitForFunction(() => document.documentElement.classList.contains('text-view'));
    assert.ok(await page.locator('#shop-manna-bunsik').isVisible());
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the directory');
    // And back to the app.
    await page.click('#app-view');
    assert.ok(await page.locator('#canvas').isVisible());
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('the page runs under its Content-Security-Policy without a violation', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await watchPolicy(page);
    const response = await page.goto(server.url);
    const header = response.headers()['content-security-policy'];
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(meta, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(meta, /'unsafe-inline'|'unsafe-eval'|https?:/);
    assert.equal(header, meta + "; frame-ancestors 'none'", 'the header says what the page says, and no framing');

    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    await page.fill('#search', '치킨');
    await waitForState(page, (s) => s.query === '치킨');
    await page.goto(server.url + '#/shop/manna-bunsik');
    await waitForState(page, (s) => s.screen === 'shop');
    await page.goto(server.root + 'doksan/ja/');
    await waitForState(page, (s) => s.screen === 'home' && s.lang === 'ja' && s.atlas.cjkFont === 'ja');
    assert.deepEqual(await page.evaluate(() => window.golmokViolations), []);
    assert.deepEqual(phone.problems, [], 'no console errors (CSP refusals are logged there)');
  } finally {
    await phone.close();
  }
});

// A site built by `golmok site` from tests/data/hostile, with the page's files of the built site.
function buildHostileSite() {
  const dir = mkdtempSync(join(tmpdir(), 'golmok-hostile-'));
  const out = join(dir, 'site');
  const asset = (name) => ['--asset', `${name}=${join(siteDir, hashedFile(siteDir, name))}`];
  execFileSync(golmok, [
    'site', '--out', out, '--today', '2026-11-29', '--service-worker', join(repoRoot, 'web/sw.js'),
    ...['golmok.js', 'golmok.wasm', 'shell.js', 'shell.css', 'fonts/body.ttf', 'fonts/title.ttf',
      'fonts/extra.otf', 'icon.svg'].flatMap(asset),
    join(repoRoot, 'tests/data/hostile/index.json'),
  ]);
  return { dir, out };
}

test('a bundle full of markup, handlers and javascript: links shows them as text and runs nothing', async () => {
  const { dir, out } = buildHostileSite();
  const hostile = await startServer(out);
  const phone = await launchPhone();
  const dialogs = [];
  phone.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  try {
    const { page } = phone;
    await watchPolicy(page);
    for (const path of ['hostile/', 'hostile/en/', '']) {
      await page.goto(hostile.root + path);
      if (path === 'hostile/') await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
      const found = await page.evaluate(() => {
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
          if (['IMG', 'SVG', 'IFRAME', 'STYLE', 'B'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
          for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
        }
        for (const a of document.querySelectorAll('[href]')) {
          if (!/^(https?|tel|mailto):$/.test(new URL(a.href, location.href).protocol)) bad.push(a.href);
        }
        const scripts = [...document.scripts].filter((s) => !s.src && !/json/.test(s.type));
        return { bad, inlineScripts: scripts.length, title: document.querySelector('h1').textContent };
      });
      assert.deepEqual(found.bad, [], path);
      assert.equal(found.inlineScripts, 0, path);
      assert.match(found.title, /<\/?script>|<img src=x onerror=/, 'the markup is there, as text');
    }
    // The shop's name, read back from the JSON-LD, is the bundle's text itself.
    await page.goto(hostile.root + 'hostile/');
    const ld = JSON.parse(await page.textContent('script[type="application/ld+json"]'));
    assert.equal(ld['@graph'][1].name, "</script><script>alert('shop')</script>");
    await page.waitForTimeout(500);
    assert.deepEqual(dialogs, [], 'no script from the bundle ran');
    assert.deepEqual(await page.evaluate(() => window.golmokViolations), []);
  } finally {
    await phone.close();
    hostile.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after one visit the page works offline, and new data shows when the network answers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'golmok-offline-'));
  cpSync(siteDir, dir, { recursive: true });
  let site = await startServer(dir);
  const phone = await launchPhone();
  try {
    const { page, context } = phone;
    await page.goto(site.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    // The worker has installed and keeps this page.
    await untilKeptOffline(page);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the worker controls the page');

    // The association publishes: a shop renamed. The next visit shows it.
    const bundlePath = join(dir, 'data/doksan.json');
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
    bundle.shops.find((s) => s.id === 'manna-bunsik').name.ko = '새맛나분식';
    writeFileSync(bundlePath, JSON.stringify(bundle));
    removeCompressedCopies(bundlePath);
    await page.goto('about:blank');  // a new visit, not a jump within the page
    await page.goto(site.url + '#/?q=' + encodeURIComponent('새맛나'));
    const updated = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0 && s.query === '새맛나');
    assert.equal(updated.results, 1, 'the new name is found');

    // Offline: the browser says so and the server is gone.
    site.stop();
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(site.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    await page.fill('#search', '새맛나');
    // The state says the result count at once; the row is in the frame drawn after it.
    const results = await waitForState(page, (s) => s.query === '새맛나' && s.results === 1 &&
      !!visibleTarget(s, 'shop', 'manna-bunsik'));
    assert.ok(visibleTarget(results, 'shop', 'manna-bunsik'), 'the renamed shop is listed offline');
    await page.locator('#search').blur();
    const settled = await waitForState(page, (s) => !s.searchFocused && !!visibleTarget(s, 'shop', 'manna-bunsik'));
    await page.waitForTimeout(300);
    await tapTarget(page, visibleTarget(await appState(page), 'shop', 'manna-bunsik') || settled);
    await waitForState(page, (s) => s.screen === 'shop' && s.shop === 'manna-bunsik');
    // Offline, the failed requests are the point, and a request still in flight when the test
    // leaves the page (about:blank) is cut by that navigation; nothing else went wrong.
    assert.deepEqual(phone.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_ABORTED/.test(p)), []);
  } finally {
    await phone.close();
    site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
