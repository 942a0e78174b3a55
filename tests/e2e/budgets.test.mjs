// The budgets that do not depend on the machine's speed, held as tests (limits in
// tests/budgets.json): the gzip size of the visitor's wasm and scripts, the wasm memory's
// high-water mark on the visitor's screens and in the editor with a synthetic district of 10,000
// shops, frames drawn while idle, and the glyph atlas's bytes. Times stay in scripts/bench.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import {
  appState, hashedFile, launchPhone, repoRoot, siteDir, startServer, tapTarget, touchDrag, visibleTarget,
  waitForState,
} from './harness.mjs';

const budgets = JSON.parse(readFileSync(join(repoRoot, 'tests/budgets.json'), 'utf8'));
const MB = 1024 * 1024;
const ready = (s) => s && s.screen === 'home' && s.framesDrawn > 0 && s.targets.length > 0;
const heapBytes = (page) => page.evaluate(() => window.golmokShell.module.HEAPU8.length);

test('the visitor\'s wasm and scripts stay within their gzip sizes', () => {
  for (const [name, { max }] of Object.entries(budgets.gzip_bytes)) {
    const bytes = statSync(join(siteDir, hashedFile(siteDir, name) + '.gz')).size;
    console.log(`${name}.gz: ${bytes} B (budget ${max})`);
    assert.ok(bytes <= max, `${name}.gz is ${bytes} bytes; its budget is ${max} (tests/budgets.json)`);
  }
});

// Hosts that send Brotli to browsers that ask get the .br copies: each must inflate to its file,
// and the page's own files must come out smaller than their gzip copies.
test('the Brotli copies hold their files, and the page\'s files are smaller as Brotli than as gzip', () => {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const copies = walk(siteDir).filter((f) => f.endsWith('.br'));
  assert.ok(copies.length > 10, `${copies.length} .br copies`);
  for (const copy of copies) {
    const file = copy.slice(0, -3);
    assert.ok(brotliDecompressSync(readFileSync(copy)).equals(readFileSync(file)), `${copy} inflates to ${file}`);
  }
  for (const name of [...Object.keys(budgets.gzip_bytes), 'fonts/body.ttf']) {
    const file = join(siteDir, hashedFile(siteDir, name));
    const br = statSync(file + '.br').size, gz = statSync(file + '.gz').size;
    console.log(`${name}: ${br} B as Brotli, ${gz} B as gzip`);
    assert.ok(br < gz, `${name}: Brotli ${br} B, gzip ${gz} B`);
  }
});

test('no frames are drawn while idle, and the glyph atlas fits its budget', async () => {
  const server = await startServer();
  const phone = await launchPhone();
  try {
    await phone.page.goto(server.url);
    await waitForState(phone.page, ready);
    await phone.page.waitForTimeout(1500);  // the frames after loading settle
    const start = (await appState(phone.page)).framesDrawn;
    await phone.page.waitForTimeout(budgets.idle_frames.seconds * 1000);
    const end = await appState(phone.page);
    console.log(`idle: ${end.framesDrawn - start} frames in ${budgets.idle_frames.seconds} s; atlas ` +
                `${end.atlas.width}×${end.atlas.height}, ${end.atlas.bytes} B at DPR ${end.dpr}`);
    assert.ok(end.framesDrawn - start <= budgets.idle_frames.max,
              `${end.framesDrawn - start} frames drawn in ${budgets.idle_frames.seconds} s of idle`);
    assert.equal(end.dpr, budgets.atlas_bytes.dpr);
    assert.ok(end.atlas.bytes > 0 && end.atlas.bytes <= budgets.atlas_bytes.max,
              `the atlas is ${end.atlas.bytes} bytes (${end.atlas.width}×${end.atlas.height})`);
  } finally {
    await phone.close();
    server.stop();
  }
});

// Memory with a synthetic district, the page's high-water mark (wasm memory grows, never shrinks)
// read after each screen a visitor reaches, then on a fresh page after an owner edits a shop.
let synthetic;
let server;
before(() => {
  synthetic = mkdtempSync(join(tmpdir(), 'golmok-budget-'));
  execFileSync('bash', [join(repoRoot, 'scripts/synthetic_site.sh'), String(budgets.wasm_memory_mb.visitor.shops),
                        join(synthetic, 'site')], { stdio: ['ignore', 'ignore', 'inherit'] });
});
after(() => {
  if (server) server.stop();
  rmSync(synthetic, { recursive: true, force: true });
});

test('wasm memory stays within budget on the visitor\'s screens and in the editor (10,000 shops)', async () => {
  server = await startServer(join(synthetic, 'site'));
  const visitor = {};
  {
    const phone = await launchPhone();
    const { page } = phone;
    try {
      await page.goto(server.url);
      await waitForState(page, ready, { timeout: 90000 });
      await page.fill('#search', 'ㄱ');  // one consonant: most shops match
      await waitForState(page, (s) => s.query === 'ㄱ' && s.results > 0);
      visitor.search = await heapBytes(page);
      await page.fill('#search', '');
      await waitForState(page, (st) => st.query === '');
      await touchDrag(page, { x: 195, y: 760 }, { x: 195, y: 200 }, { steps: 15, stepMs: 16 });
      await page.waitForTimeout(500);
      visitor.home = await heapBytes(page);
      await touchDrag(page, { x: 195, y: 200 }, { x: 195, y: 760 }, { steps: 15, stepMs: 16 });
      await page.waitForTimeout(800);
      const s = await waitForState(page, (st) => visibleTarget(st, 'chip', 'map'));
      await tapTarget(page, visibleTarget(s, 'chip', 'map'));
      await waitForState(page, (st) => st.screen === 'map' && st.map);
      await touchDrag(page, { x: 195, y: 500 }, { x: 100, y: 300 }, { steps: 10, stepMs: 16 });
      await page.waitForTimeout(500);
      visitor.map = await heapBytes(page);
    } finally {
      await phone.close();
    }
  }
  const visitorMax = Math.max(...Object.values(visitor));
  const said = Object.entries(visitor).map(([k, v]) => `${k} ${(v / MB).toFixed(1)} MB`).join(', ');
  console.log(`wasm memory, 10,000 shops: ${said}`);
  assert.ok(visitorMax <= budgets.wasm_memory_mb.visitor.max * MB,
            `visitor screens reach ${(visitorMax / MB).toFixed(1)} MB (${said}); budget ${budgets.wasm_memory_mb.visitor.max} MB`);

  const phone = await launchPhone();
  const { page } = phone;
  try {
    await page.goto(server.url + '#/edit');
    const list = await waitForState(page, (st) => st.screen === 'editor' &&
      st.targets.some((t) => t.kind === 'edit' && t.id.startsWith('shop/')), { timeout: 90000 });
    const shop = list.targets.find((t) => t.kind === 'edit' && t.id.startsWith('shop/')).id;
    await page.evaluate((id) => { location.hash = '#/edit/' + id; }, shop);
    await waitForState(page, (st) => st.screen === 'editor' && st.editor.entity === shop);
    const input = await page.waitForSelector(`#fields [data-field="${shop}|name.ko"]`, { state: 'attached' });
    await input.focus();
    await page.keyboard.type(' 본점', { delay: 40 });
    await input.evaluate((el) => el.blur());  // leaving the field checks the whole file
    await waitForState(page, (st) => st.editor.edits > 0);
    await page.waitForTimeout(500);
    const editor = await heapBytes(page);
    console.log(`wasm memory, 10,000 shops, editor: ${(editor / MB).toFixed(1)} MB`);
    assert.ok(editor <= budgets.wasm_memory_mb.editor.max * MB,
              `the editor reaches ${(editor / MB).toFixed(1)} MB; budget ${budgets.wasm_memory_mb.editor.max} MB`);
  } finally {
    await phone.close();
  }
});
