// Measures the page as a phone on a slow network meets it and prints the figures beside their
// budgets (../../README.md, "Benchmarks"): bytes before the first interactive frame, time to it
// under Slow-4G and 4× CPU slowdown, frames drawn in 5 s of idle, the glyph atlas, wasm memory.
// Run by scripts/bench.sh after the site is built; prints, never asserts.
import { appState, launchPhone, startServer, waitForState } from './harness.mjs';

const server = await startServer();
const rows = [];
const row = (what, figure, budget) => rows.push([what, figure, budget]);

async function measureLoad({ throttled }) {
  const phone = await launchPhone();
  const { page } = phone;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    // Slow-4G as Chromium's DevTools defines it: 150 ms RTT (×3.75 latency factor omitted, as in
    // the budget), 1.6 Mbps down, 750 kbps up; and a phone-class CPU.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  const start = Date.now();
  await page.goto(server.url);
  await waitForState(page, (s) => s.screen === 'home' && s.framesDrawn > 0 && s.targets.length > 0, { timeout: 60000 });
  const elapsed = Date.now() - start;
  const bytesAtFirstFrame = bytes;
  await cdp.detach();
  return { phone, elapsed, bytesAtFirstFrame };
}

try {
  const plain = await measureLoad({ throttled: false });
  row('bytes before the first interactive frame (gzip)', `${(plain.bytesAtFirstFrame / 1024).toFixed(1)} KB`, '≤ 300 KB');

  // Idle: nothing touched for 5 s after the page settled.
  const { page } = plain.phone;
  await page.waitForTimeout(1500);
  const before = (await appState(page)).framesDrawn;
  await page.waitForTimeout(5000);
  const after = await appState(page);
  row('frames drawn in 5 s of idle', String(after.framesDrawn - before), '≤ 1');
  row(`font atlas at devicePixelRatio ${after.dpr} (${after.atlas.width}×${after.atlas.height}, 2 B/px)`,
      `${(after.atlas.bytes / 1048576).toFixed(2)} MB`, '≤ 4 MB');
  const heap = await page.evaluate(() => window.golmokShell.module.HEAPU8.length);
  row('wasm linear memory (sample district)', `${(heap / 1048576).toFixed(1)} MB`, '≤ 48 MB at 10,000 shops');
  await plain.phone.close();

  const slow = await measureLoad({ throttled: true });
  row('time to first interactive frame, Slow-4G + 4× CPU', `${(slow.elapsed / 1000).toFixed(2)} s`, '≤ 2.0 s');
  await slow.phone.close();
} finally {
  server.stop();
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log('\npage measurements (Debian Chromium, headless, SwiftShader WebGL)');
for (const [what, figure, budget] of rows) console.log(`  ${what.padEnd(width)}  ${figure.padStart(9)}   budget ${budget}`);
