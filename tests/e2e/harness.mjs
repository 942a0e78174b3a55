// Shared set-up of the end-to-end tests: the site served by scripts/serve.mjs on a free
// localhost port, and Debian's Chromium driven by playwright-core as a phone (390×844 CSS px,
// devicePixelRatio 3, touch). Console errors and failed requests are collected so that every
// test can fail on them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const siteDir = process.env.GOLMOK_SITE || join(repoRoot, 'build/site');
export const chromiumPath = process.env.GOLMOK_CHROMIUM || '/usr/bin/chromium';

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

// Serves `dir` (the built site by default) with scripts/serve.mjs, as the README's command does.
// `root` is the site's root (the district chooser); `url` the default district's page, which a
// street banner's QR code opens.
export async function startServer(dir = siteDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'scripts/serve.mjs'), dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when it says so on stdout.
  await new Promise((resolveReady, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('serving')) resolveReady();
    });
  });
  const root = `http://localhost:${port}/`;
  return { root, url: `${root}doksan/`, stop: () => child.kill() };
}

export async function launchPhone({ colorScheme = 'light', dpr = 3, locale = 'ko-KR' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'golmok-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: dpr,
    isMobile: true,
    hasTouch: true,
    colorScheme,
    locale,
    timezoneId: 'America/New_York',  // the page must use Seoul time whatever the phone says
  });
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// What the app says is on screen (src/platform/web/debug_state.cpp, golmok_debug_state).
export async function appState(page) {
  return page.evaluate(() => {
    const m = window.golmokShell && window.golmokShell.module;
    return m ? JSON.parse(m.UTF8ToString(m._golmok_debug_state())) : null;
  });
}

// Waits until the app's state satisfies `predicate` (polled after animation frames).
export async function waitForState(page, predicate, { timeout = 20000 } = {}) {
  const start = Date.now();
  let last = null;
  while (Date.now() - start < timeout) {
    last = await appState(page);
    if (last && predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for app state; last: ${JSON.stringify(last)?.slice(0, 400)}`);
}

// The state once the canvas has stopped drawing (no frame for 250 ms): its targets are where the
// screen shows them, not where a frame before a layout change put them.
export async function settledState(page, { timeout = 20000 } = {}) {
  const start = Date.now();
  let last = await appState(page);
  while (Date.now() - start < timeout) {
    await page.waitForTimeout(250);
    const now = await appState(page);
    if (now && last && now.framesDrawn === last.framesDrawn) return now;
    last = now;
  }
  throw new Error('the page kept drawing frames');
}

// Waits until the service worker is installed and keeps the page that is open (up to 10 s).
export async function untilKeptOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !(await caches.match(location.href.replace(/#.*/, ''))); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

// A real tap with a touch point, at the centre of a target the app reported.
export async function tapTarget(page, target) {
  await page.touchscreen.tap(target.x + target.w / 2, target.y + target.h / 2);
}

// A one-finger drag with real touch events sent through the DevTools protocol.
export async function touchDrag(page, from, to, { steps = 12, stepMs = 16 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
    await page.waitForTimeout(stepMs);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// The file a site folder holds under its content-hashed name: hashedFile(dir, 'fonts/body.ttf')
// is 'fonts/body.<hash>.ttf'.
export function hashedFile(dir, name) {
  const slash = name.lastIndexOf('/');
  const folder = slash < 0 ? '' : name.slice(0, slash + 1);
  const base = name.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const pattern = new RegExp(`^${base.slice(0, dot)}\\.[0-9a-f]{12}\\${base.slice(dot)}$`);
  const found = readdirSync(join(dir, folder)).find((f) => pattern.test(f));
  if (!found) throw new Error(`no hashed ${name} in ${dir}`);
  return folder + found;
}

// Removes the compressed copies (.gz, .br) `golmok site` wrote beside a file, as anyone who
// changes that file by hand must: a server sends a copy before the file itself.
export function removeCompressedCopies(path) {
  for (const ext of ['.gz', '.br']) rmSync(path + ext, { force: true });
}

// A target the app drew in its last frame that is on screen: kind ("shop", "chip", "back", …)
// and, optionally, its id.
export function visibleTarget(state, kind, id) {
  return state.targets.find((t) => t.kind === kind && t.visible && (!id || t.id === id));
}

// [The editor's forms]

// The page's input for a field, once the app has laid it over its box.
export async function fieldBox(page, id) {
  const handle = await page.waitForSelector(`#fields [data-field="${id}"]`, { state: 'attached' });
  return handle;
}

// Taps a field where it is on screen, as a finger would.
export async function tapField(page, id) {
  const handle = await fieldBox(page, id);
  const box = await handle.boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction((fid) => document.activeElement && document.activeElement.dataset.field === fid, id);
  return handle;
}

// Scrolls the form until a target the app drew is well inside the screen, and returns it.
export async function reveal(page, kind, id) {
  for (let i = 0; i < 12; i++) {
    const s = await settledState(page);
    const t = s.targets.find((x) => x.kind === kind && x.id === id);
    if (t && t.visible && t.y > 8 && t.y + t.h < 780) return t;
    await page.evaluate((d) => window.golmokShell.module._golmok_drag(0, d), t ? 420 - t.y : -300);
  }
  throw new Error(`no ${kind} ${id} on screen`);
}

// Replaces the focused field's text the way a phone keyboard does: select all, then type, Korean
// syllables composed jamo by jamo before they are committed.
export async function typeIntoFocused(page, cdp, steps) {
  await page.evaluate(() => document.activeElement.select());
  for (const step of steps) {
    if (step.compose !== undefined) {
      await cdp.send('Input.imeSetComposition', { text: step.compose, selectionStart: step.compose.length, selectionEnd: step.compose.length });
    } else {
      await cdp.send('Input.insertText', { text: step.commit });
    }
    await page.waitForTimeout(40);
  }
}
