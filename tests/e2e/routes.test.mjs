// Every screen has a URL: following a link lands on it, and the browser's back and forward walk
// the app's screens. The language switch is remembered across visits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appState, launchPhone, startServer, tapTarget, waitForState, visibleTarget } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const target = visibleTarget;

test('a shop link opens its card; back and forward walk the screens', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url + '#/shop/manna-bunsik');
    const card = await waitForState(page, (s) => s.screen === 'shop' && s.framesDrawn > 0);
    assert.equal(card.shop, 'manna-bunsik');

    // From the home screen, a tapped promotion becomes a history entry of its own.
    await page.goto(server.url);
    const home = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0 && !!target(s, 'promo'));
    const promo = target(home, 'promo');
    await tapTarget(page, promo);
    await waitForState(page, (s) => s.screen === 'promo' && s.promo === promo.id);
    assert.equal(new URL(page.url()).hash, '#/promo/' + promo.id);

    await page.goBack();
    await waitForState(page, (s) => s.screen === 'home');
    await page.goForward();
    await waitForState(page, (s) => s.screen === 'promo' && s.promo === promo.id);

    // The app's own back button goes back the same way.
    const state = await waitForState(page, (s) => !!target(s, 'back'));
    await tapTarget(page, target(state, 'back'));
    await waitForState(page, (s) => s.screen === 'home');
    assert.equal(new URL(page.url()).hash, '#/');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('search text and filters travel in the link', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url + '#/?q=' + encodeURIComponent('떡볶이') + '&pay=zeropay');
    const s = await waitForState(page, (st) => st.screen === 'home' && st.framesDrawn > 0 && st.query === '떡볶이');
    assert.equal(s.filters, 1);
    assert.equal(await page.inputValue('#search'), '떡볶이', 'the search field shows the linked text');
    assert.ok(s.results >= 1);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('a malformed link lands on the home screen without an error', async () => {
  const phone = await launchPhone();
  try {
    await phone.page.goto(server.url + '#/shop/%3Cscript%3E?q=%ZZ');
    await waitForState(phone.page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('switching language changes the labels and is remembered', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url);
    const home = await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0);
    assert.equal(home.lang, 'ko');
    await tapTarget(page, target(home, 'language'));
    const picker = await waitForState(page, (s) => !!target(s, 'chip', 'uilang:en'));
    await tapTarget(page, target(picker, 'chip', 'uilang:en'));
    await waitForState(page, (s) => s.lang === 'en' && target(s, 'chip', 'filters')?.label === 'Filters');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.reload();
    await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0 && s.lang === 'en');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
