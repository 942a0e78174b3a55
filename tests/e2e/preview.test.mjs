// Preview as a shop owner uses it: open an edited file from the phone, see it as visitors will;
// a broken file shows its problems and the last good data stays on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchPhone, repoRoot, startServer, tapTarget, visibleTarget, waitForState } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const doksan = readFileSync(join(repoRoot, 'data/doksan.json'), 'utf8');

async function openWithPicker(page, name, text) {
  const s = await waitForState(page, (st) => st.screen === 'home' && visibleTarget(st, 'chip', 'open-file'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tapTarget(page, visibleTarget(s, 'chip', 'open-file'))]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a file opened in preview shows as visitors will see it; a broken one keeps the last good data', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url + '?preview');
    let s = await waitForState(page, (st) => st.screen === 'home' && st.preview.on);

    // An edit: a shop renamed. The list shows the new name.
    await openWithPicker(page, 'doksan-edited.json', doksan.replace('"맛나분식"', '"맛나분식 본점"'));
    s = await waitForState(page, (st) => st.preview.source === 'doksan-edited.json');
    assert.equal(s.preview.usable, true);
    assert.deepEqual(s.preview.problems, []);
    s = await waitForState(page, (st) => st.targets.some((t) => t.label === '맛나분식 본점'), { timeout: 30000 }).catch(() => s);

    // A mistake: the data stays, the problem is named with its place in the file.
    const broken = doksan.replace('"category": "bunsik"', '"category": "bunsikk"');
    await openWithPicker(page, 'doksan-broken.json', broken);
    s = await waitForState(page, (st) => st.preview.source === 'doksan-broken.json');
    assert.equal(s.preview.usable, false);
    assert.equal(s.screen, 'home', 'not an error screen');
    assert.equal(s.bundle.shops, 35);
    const problem = s.preview.problems.find((p) => p.pointer.endsWith('/category'));
    assert.ok(problem, JSON.stringify(s.preview.problems));
    assert.ok(problem.line > 0 && problem.column > 0);
    assert.match(problem.message, /bunsikk/);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});

test('?data= previews a file of the same site, refuses others, and a dropped file opens too', async () => {
  const phone = await launchPhone();
  try {
    const { page } = phone;
    await page.goto(server.url + '?data=/data/samseon.json');
    let s = await waitForState(page, (st) => st.screen === 'home' && st.bundle && st.bundle.district === 'samseon');
    assert.equal(s.preview.on, true);
    assert.equal(s.preview.source, '/data/samseon.json');

    // A file dropped on the page.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, doksan);
    s = await waitForState(page, (st) => st.preview.source === 'dropped.json');
    assert.equal(s.bundle.district, 'doksan');

    await page.goto(server.url + '?data=https://elsewhere.example/bundle.json');
    s = await waitForState(page, (st) => st.screen === 'home' && st.preview.problems.length > 0);
    assert.match(s.preview.problems[0].message, /only files from this site/);
    assert.equal(s.bundle.district, 'doksan', 'the published data is shown');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.close();
  }
});
