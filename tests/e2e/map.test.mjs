// The map as a visitor uses it on a phone: two fingers pinch, one pans, a double tap zooms in,
// a tapped cluster splits, a tapped pin opens its shop; "where am I" asks only when tapped; the
// card hands walking directions to a map app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appState, launchPhone, startServer, tapTarget, touchDrag, visibleTarget, waitForState } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const onMap = (s) => s.screen === 'map' && s.map && s.targets.some((t) => t.kind === 'cluster' || t.kind === 'pin');

// Two fingers moving apart (or together) around a point, as real touch events.
async function pinch(page, center, fromGap, toGap, steps = 5) {
  const cdp = await page.context().newCDPSession(page);
  const points = (gap) => [
    { x: center.x - gap / 2, y: center.y, id: 1 },
    { x: center.x + gap / 2, y: center.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(fromGap) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: points(fromGap + ((toGap - fromGap) * i) / steps),
    });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Two taps in quick succession, as touch events dispatched on the canvas in one go: under a
// software GPU the browser's own touch input arrives a frame or more apart, too slow for a double
// tap.
async function doubleTap(page, p) {
  await page.evaluate(({ x, y }) => {
    const canvas = document.getElementById('canvas');
    const send = (type, touches) => {
      const touch = new Touch({ identifier: 7, target: canvas, clientX: x, clientY: y, pageX: x, pageY: y });
      canvas.dispatchEvent(new TouchEvent(type, {
        bubbles: true, cancelable: true, touches: touches ? [touch] : [], targetTouches: touches ? [touch] : [],
        changedTouches: [touch],
      }));
    };
    for (let i = 0; i < 2; i++) {
      send('touchstart', true);
      send('touchend', false);
    }
  }, p);
}

// Drags the screen up until `find` gives a target on screen.
async function scrollUntil(page, find) {
  let s = await appState(page);
  for (let i = 0; i < 10 && !find(s); i++) {
    await touchDrag(page, { x: 200, y: 700 }, { x: 200, y: 300 });
    await page.waitForTimeout(300);
    s = await waitForState(page, (st) => st.inertia === 0);
  }
  return find(s);
}

test('the map opens from the list, pinches, pans, double-taps, splits a cluster and opens a pin', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    let s = await waitForState(page, (st) => st.screen === 'home' && visibleTarget(st, 'chip', 'map'));
    await tapTarget(page, visibleTarget(s, 'chip', 'map'));
    s = await waitForState(page, onMap);
    assert.equal(new URL(page.url()).hash, '#/map');
    const start = s.map;

    // Two fingers 100 px apart spread to 300 px: about log2(3) = 1.6 levels closer, around them.
    await pinch(page, { x: 195, y: 500 }, 100, 300);
    s = await waitForState(page, (st) => st.map && st.map.zoom > start.zoom + 1);
    assert.ok(Math.abs(s.map.zoom - start.zoom - Math.log2(3)) < 0.3, `zoomed ${s.map.zoom - start.zoom} levels`);

    // One finger drags the map right: the view moves west.
    const pinched = s.map;
    await touchDrag(page, { x: 100, y: 500 }, { x: 300, y: 500 });
    s = await waitForState(page, (st) => st.map && st.map.lon < pinched.lon);
    assert.ok(Math.abs(s.map.zoom - pinched.zoom) < 1e-9, 'a pan does not zoom');
    assert.equal(s.screen, 'map', 'a drag never taps');

    // A double tap zooms in one level where it lands (once the pan's glide has stopped: a touch
    // that stops a moving map is not a tap).
    s = await waitForState(page, (st) => st.inertia === 0);
    const panned = s.map;
    await doubleTap(page, { x: 200, y: 700 });
    s = await waitForState(page, (st) => st.map && st.map.zoom > panned.zoom + 0.5);
    assert.ok(Math.abs(s.map.zoom - panned.zoom - 1) < 0.3 || s.map.zoom >= 20 - 1e-6);

    // Back to the whole district, then a tap on the biggest cluster splits it.
    await page.goto(server.url + '#/');
    await page.goto(server.url + '#/map');
    await page.reload();
    s = await waitForState(page, onMap);
    // Out as far as it goes: "−" until the zoom stops changing.
    for (let i = 0; i < 5; i++) {
      const was = s.map.zoom;
      await tapTarget(page, visibleTarget(s, 'map-zoom-out'));
      try {
        s = await waitForState(page, (st) => onMap(st) && st.map.zoom < was - 0.1, { timeout: 3000 });
      } catch {
        break;
      }
    }
    s = await waitForState(page, onMap);
    const clusters = s.targets.filter((t) => t.kind === 'cluster' && t.visible);
    assert.ok(clusters.length > 0, 'shops along one street crowd into clusters at first');
    const biggest = clusters.reduce((a, b) => (Number(b.label) > Number(a.label) ? b : a));
    const before = s.map;
    await tapTarget(page, biggest);
    s = await waitForState(page, (st) => st.map && st.map.zoom > before.zoom + 0.5);
    const zoomed = s.framesDrawn;  // the view changed after that frame: look at a later one
    s = await waitForState(page, (st) => st.framesDrawn > zoomed);
    // Its first shop is now a pin of its own or in a smaller group.
    const now = s.targets.find((t) => (t.kind === 'pin' || t.kind === 'cluster') && t.id === biggest.id);
    assert.ok(now, 'the tapped cluster is still on screen');
    assert.ok(now.kind === 'pin' || Number(now.label) < Number(biggest.label),
      `a cluster of ${biggest.label} came apart (now ${now.kind} ${now.label})`);

    // Zoom in until a shop has a pin of its own, then tap it: its card.
    for (let i = 0; i < 6 && !visibleTarget(s, 'pin'); i++) {
      await tapTarget(page, visibleTarget(s, 'map-zoom-in'));
      await page.waitForTimeout(200);
      s = await appState(page);
    }
    const pin = s.targets.find((t) => t.kind === 'pin' && t.visible && t.y > 200 && t.y < 700);
    assert.ok(pin, 'a single pin on screen');
    await tapTarget(page, pin);
    s = await waitForState(page, (st) => st.screen === 'shop');
    assert.equal(s.shop, pin.id);
    // Back returns to the map where it was.
    await page.goBack();
    s = await waitForState(page, (st) => st.screen === 'map');
    assert.ok(visibleTarget(s, 'pin', pin.id), 'the same pin is on screen again');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('"show on map" centres the shop, and the card hands walking directions to a map app', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    const shopId = 'manna-bunsik';
    await page.goto(server.url + '#/shop/' + shopId);
    let s = await waitForState(page, (st) => st.screen === 'shop' && st.targets.length > 0);
    await tapTarget(page, await scrollUntil(page, (st) => visibleTarget(st, 'show-on-map')));
    s = await waitForState(page, (st) => st.screen === 'map' && visibleTarget(st, 'pin', shopId));
    assert.equal(new URL(page.url()).hash, '#/map/' + shopId);
    const pin = visibleTarget(s, 'pin', shopId);
    assert.ok(Math.abs(pin.x + pin.w / 2 - 195) < 2, 'the shop is in the middle');

    // Directions: Google's link is the web one (it hands over to the app where installed),
    // opened beside the page; answered here so that nothing leaves this machine.
    await page.goBack();
    s = await waitForState(page, (st) => st.screen === 'shop' && st.targets.length > 0);
    const google = await scrollUntil(page, (st) => visibleTarget(st, 'chip', 'directions:google'));
    await phone.context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: 'maps' }));
    const [opened] = await Promise.all([phone.context.waitForEvent('page'), tapTarget(page, google)]);
    await opened.waitForURL(/^https:\/\/www\.google\.com\//);
    const url = new URL(opened.url());
    assert.equal(url.origin + url.pathname, 'https://www.google.com/maps/dir/');
    assert.equal(url.searchParams.get('travelmode'), 'walking');
    assert.match(url.searchParams.get('destination'), /^37\.\d{7},126\.\d{7}$/);
    assert.equal(new URL(page.url()).hash, '#/shop/' + shopId, 'the page stays where it was');
  } finally {
    await phone.close();
  }
});

test('"where am I" asks only when tapped, shows the dot inside the district and says why not', async () => {
  const phone = await launchPhone();
  try {
    const { page, context } = phone;
    await context.grantPermissions(['geolocation'], { origin: server.url.replace(/\/$/, '') });
    await context.setGeolocation({ latitude: 37.4690, longitude: 126.8990, accuracy: 25 });
    await page.goto(server.url + '#/map');
    let s = await waitForState(page, onMap);
    assert.equal(s.position, null, 'nothing is asked on load');
    await tapTarget(page, visibleTarget(s, 'locate'));
    s = await waitForState(page, (st) => st.position !== null);
    assert.ok(Math.abs(s.position.lat - 37.469) < 1e-6);
    assert.ok(Math.abs(s.map.lat - 37.469) < 1e-4 && Math.abs(s.map.lon - 126.899) < 1e-4, 'the map centres on the dot');
    assert.equal(s.notice, '');

    // Far away (Seoul City Hall): a plain message, the map stays on the district.
    await context.setGeolocation({ latitude: 37.5665, longitude: 126.978, accuracy: 25 });
    await tapTarget(page, visibleTarget(s, 'locate'));
    s = await waitForState(page, (st) => st.notice.includes('km'));
    assert.match(s.notice, /1\d km/);

    // Refused: said in words, and "nearest first" turns itself off again.
    await context.clearPermissions();
    await page.goto(server.url + '#/');
    await page.reload();
    s = await waitForState(page, (st) => st.screen === 'home' && visibleTarget(st, 'chip', 'nearest'));
    await tapTarget(page, visibleTarget(s, 'chip', 'nearest'));
    s = await waitForState(page, (st) => st.notice !== '' && st.notice !== 'locating');
    assert.match(s.notice, /권한|알 수 없습니다/);
    assert.equal(s.sortNearest, false);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
