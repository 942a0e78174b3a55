// Touch as a phone gives it: a flick keeps the list moving after the finger lifts; a tab that
// loses its WebGL context (a phone backgrounding it) draws again without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appState, launchPhone, startServer, touchDrag, waitForState } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const firstShopY = (state) => state.targets.find((t) => t.kind === 'shop').y;

test('a flick keeps the list moving after the finger lifts, then it stops', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    // A 240 px flick at 2,400 px/s, its touch events timed by the browser itself (events sent
    // one by one from here arrive too slowly to be a flick).
    const before = firstShopY(await appState(page));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizeScrollGesture', {
      x: 200, y: 650, yDistance: -240, speed: 2400, gestureSourceType: 'touch', preventFling: false,
    });
    await cdp.detach();
    await page.waitForTimeout(1500);
    const after = firstShopY(await appState(page));
    assert.ok(before - after > 300, `the list went on past the finger's 240 px (moved ${before - after} px)`);
    await page.waitForTimeout(2500);
    const settled = await appState(page);
    await page.waitForTimeout(500);
    const still = await appState(page);
    assert.equal(still.framesDrawn, settled.framesDrawn, 'no frames once the fling has stopped');
    assert.equal(still.screen, 'home', 'the flick never opened a shop');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('the page draws again after the WebGL context is lost and restored', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    await page.evaluate(() => {
      window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.loseContext.loseContext();
    });
    await page.waitForTimeout(300);
    const lost = await appState(page);
    await page.evaluate(() => window.loseContext.restoreContext());
    const restored = await waitForState(page, (s) => s.framesDrawn > lost.framesDrawn && s.targets.length > 0);
    assert.equal(restored.screen, 'home');
    assert.ok(restored.atlas.bytes > 0, 'the glyph atlas was uploaded again');
    // Nothing but WebGL's own notice of the lost context may appear.
    assert.deepEqual(phone.problems.filter((p) => !/CONTEXT_LOST|context lost/i.test(p)), []);
  } finally {
    await phone.close();
  }
});

// Every WebGL call that reads state back (getParameter, isEnabled, a program's status, …) waits
// for the browser's GPU process. The renderer sets its state once and never asks: scrolling the
// list draws frames without one such call.
const syncQueries = ['getParameter', 'isEnabled', 'getError', 'getProgramParameter', 'getShaderParameter',
  'getUniformLocation', 'getAttribLocation', 'getActiveUniform', 'getActiveAttrib', 'getShaderInfoLog',
  'getProgramInfoLog', 'getBufferParameter', 'getTexParameter', 'getVertexAttrib', 'readPixels'];

test('frames ask the GPU nothing back: no synchronous WebGL query while the list scrolls', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.addInitScript((names) => {
      window.glQueries = {};
      const proto = WebGL2RenderingContext.prototype;
      for (const name of names) {
        const original = proto[name];
        proto[name] = function (...args) {
          window.glQueries[name] = (window.glQueries[name] || 0) + 1;
          return original.apply(this, args);
        };
      }
    }, syncQueries);
    await page.goto(server.url);
    const home = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    const atStart = await page.evaluate(() => ({ ...window.glQueries }));
    const startCount = Object.values(atStart).reduce((a, b) => a + b, 0);
    assert.ok(startCount <= 12, `start-up asked ${startCount} times: ${JSON.stringify(atStart)}`);
    await page.evaluate(() => { window.glQueries = {}; });
    await touchDrag(page, { x: 200, y: 700 }, { x: 200, y: 300 }, { steps: 20 });
    const scrolled = await waitForState(page, (s) => s.framesDrawn >= home.framesDrawn + 10);
    assert.ok(firstShopY(scrolled) < firstShopY(home), 'the list moved');
    assert.deepEqual(await page.evaluate(() => window.glQueries), {},
      `no queries in ${scrolled.framesDrawn - home.framesDrawn} frames`);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
