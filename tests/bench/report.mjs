// Turns one benchmark run into the budgets table of the product (PRODUCT.md, "Budgets"): each
// figure beside its budget with a pass or fail mark. Reads, in DIR (build/bench):
//   native.json  golmok_bench (Google Benchmark JSON): load + validate, search per keystroke
//   frames.json  golmok_frame_bench: C++ time per frame of each screen, headless ImGui
//   page.json    tests/e2e/bench-page.mjs: the page in Chromium
// and writes DIR/results.json (this run), appends it to DIR/history.jsonl and draws
// DIR/history.svg: every budgeted figure over the recorded runs, as a share of its budget.
//   node tests/bench/report.mjs DIR [COMMIT]
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, commit = ''] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node tests/bench/report.mjs DIR [COMMIT]');
  process.exit(2);
}
const readJson = (name) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null);
const native = readJson('native.json');
const frames = readJson('frames.json');
const page = readJson('page.json') || {};
const city = readJson('city.json');

// Google Benchmark rows by name prefix ("BM_LoadAndValidateBundle/10000").
function bench(data, prefix) {
  return data?.benchmarks?.find((b) => b.name === prefix || b.name.startsWith(prefix + '/')) ?? null;
}
const inMs = (b) => (b ? b.real_time * { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[b.time_unit] : null);

// Each row: what, the figure (a number in `unit`, or null when not measured), the budget in the
// same unit; lower is better everywhere.
const rows = [];
const row = (id, what, value, budget, unit, note = '') => rows.push({ id, what, value, budget, unit, note });

row('bytes_first_frame', 'bytes before the first interactive frame (gzip, everything)',
    page.page_bytes_first_frame ? page.page_bytes_first_frame.bytes / 1024 : null, 300, 'KB');
// Start-up times are judged against a blank WebGL2 page loaded the same way in the same run
// (headless Chromium draws WebGL in software here, so an absolute time says little).
const slow = page.page_first_frame_slow4g, blank = page.page_blank_webgl_slow4g;
row('first_frame_ratio', 'first interactive frame ÷ blank WebGL2 page, Slow-4G + 4× CPU',
    slow && blank ? slow.ms / blank.ms : null, 1.5, '×',
    slow && blank ? `${(slow.ms / 1000).toFixed(2)} s vs ${(blank.ms / 1000).toFixed(2)} s` : '');
row('html_painted', 'the page\'s HTML painted (first contentful paint), Slow-4G + 4× CPU',
    slow && slow.fcpMs ? slow.fcpMs / 1000 : null, 1.0, 's');

// Frame times: every screen the frame benchmarks measured (a new screen shows up by itself),
// natively and in the page, at 1,000 and 10,000 shops.
const frameBudget = { 1000: 2, 10000: 8 };
const screens = new Set();
for (const b of frames?.benchmarks ?? []) screens.add(b.name.split('/')[1]);
for (const key of Object.keys(page)) {
  const m = key.match(/^page_frame_(.+)_(\d+)$/);
  if (m) screens.add(m[1]);
}
for (const screen of screens) {
  for (const shops of [1000, 10000]) {
    const n = bench(frames, `BM_Frame/${screen}/${shops}`);
    const label = `C++ frame p95, ${screen.replace(/_/g, ' ')}, ${shops.toLocaleString('en')} shops`;
    row(`frame_native_${screen}_${shops}`, `${label} (native)`, n ? n.p95_ms : null,
        frameBudget[shops], 'ms', n ? `p50 ${n.p50_ms.toFixed(3)}` : '');
    const p = page[`page_frame_${screen}_${shops}`];
    row(`frame_page_${screen}_${shops}`, `${label} (page, wasm)`, p ? p.p95_ms : null,
        frameBudget[shops], 'ms', p ? `p50 ${p.p50_ms.toFixed(3)}, ${p.frames} frames` : '');
  }
}
row('idle_frames', 'frames drawn in 5 s of idle', page.page_idle_frames?.frames ?? null, 1, 'frames');
const search = bench(native, 'BM_SearchKeystroke/10000');
// The counter is a rate inverted: seconds per keystroke in the JSON (printed as µs on screen).
row('search_keystroke_10k', 'search, one keystroke, 10,000 shops (native)',
    search ? search.per_keystroke_us * 1000 : null, 1, 'ms');
row('load_validate_10k', 'load + validate a 10,000-shop bundle (native)',
    inMs(bench(native, 'BM_LoadAndValidateBundle/10000')), 100, 'ms');
// Memory never shrinks: each is the high-water mark after the screens of its kind.
row('wasm_memory_visitor_10k', 'wasm linear memory with 10,000 shops, visitor screens',
    page.page_wasm_memory_visitor_10000 ? page.page_wasm_memory_visitor_10000.bytes / 1048576 : null, 48, 'MB');
row('wasm_memory_editor_10k', 'wasm linear memory with 10,000 shops, editor',
    page.page_wasm_memory_editor_10000 ? page.page_wasm_memory_editor_10000.bytes / 1048576 : null, 60, 'MB');
row('photos_first_frame', 'photos among the bytes before the first interactive frame',
    page.page_image_bytes_first_frame ? page.page_image_bytes_first_frame.bytes / 1024 : null, 0, 'KB');
// A city: golmok site on 1,000 districts of 100 shops, and publishing one of them onto it
// (tests/bench/city.mjs). Publishing must touch nothing outside that district.
const cityName = city ? `${city.districts.toLocaleString('en')} districts × ${city.shops} shops` : '1,000 districts × 100 shops';
row('city_site_time', `golmok site, ${cityName}`, city ? city.site.seconds : null, 600, 's');
row('city_site_memory', `golmok site, ${cityName}: peak memory`, city ? city.site.peakMb : null, 1024, 'MB');
row('city_site_files', `golmok site, ${cityName}: files written`, city ? city.site.files : null,
    // Per district: four pages, the bundle and the web manifest, each with .gz and .br (18);
    // then the page's own files and the 725 font pieces with theirs (about 2,200).
    (city ? city.districts : 1000) * 18 + 2500, 'files');
row('publish_one_time', 'golmok publish, one district of that site', city ? city.publish.seconds : null, 1.5, 's');
row('publish_one_peak', 'golmok publish, one district: peak memory', city ? city.publish.peakMb : null, 256, 'MB');
row('publish_one_foreign', 'golmok publish, one district: files touched outside it',
    city ? city.publish.othersTouched.length : null, 0, 'files', city ? `${city.publish.files} files written` : '');
const atlas = page.page_atlas;
row('atlas', `font atlas texture at devicePixelRatio ${atlas?.dpr ?? 3}`,
    atlas ? atlas.bytes / 1048576 : null, 4, 'MB', atlas ? `${atlas.width}×${atlas.height}` : '');

// --- What moved ----------------------------------------------------------------------------------
// A figure more than 20 % away from the last run that measured it is marked in the table, up or
// down, so a slip (or a gain) is seen the day it happens.
const historyPath = join(dir, 'history.jsonl');
const previous = existsSync(historyPath)
  ? readFileSync(historyPath, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
for (const r of rows) {
  const last = [...previous].reverse().find((run) => run.figures?.[r.id]?.value != null);
  if (!last || r.value === null) continue;
  const before = last.figures[r.id].value;
  if (before > 0 && Math.abs(r.value - before) / before > 0.2) {
    r.moved = `${r.value > before ? '▲' : '▼'} ${Math.round(((r.value - before) / before) * 100)} % since ${last.commit || last.when}`;
  }
}

// --- The table ---------------------------------------------------------------------------------
const figure = (v, unit) => (v === null ? '—' : `${v < 10 ? v.toFixed(3).replace(/\.?0+$/, '') || '0' : v.toFixed(1)} ${unit}`);
const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const width = Math.max(...rows.map((r) => r.what.length));
console.log(`\ngolmok budgets (PRODUCT.md), ${when}${commit ? `, commit ${commit}` : ''}`);
console.log(`  ${'what'.padEnd(width)}  ${'measured'.padStart(12)}  ${'budget'.padStart(11)}  mark`);
let failed = 0;
for (const r of rows) {
  r.pass = r.value === null ? null : r.value <= r.budget;
  if (r.pass === false) failed++;
  const mark = r.pass === null ? 'not measured' : r.pass ? 'pass' : 'FAIL';
  const notes = [r.note, r.moved].filter(Boolean).join('; ');
  console.log(`  ${r.what.padEnd(width)}  ${figure(r.value, r.unit).padStart(12)}  ${('≤ ' + r.budget + ' ' + r.unit).padStart(11)}  ${mark}${notes ? `  (${notes})` : ''}`);
}
console.log(`  ${rows.filter((r) => r.pass).length} pass, ${failed} fail, ${rows.filter((r) => r.pass === null).length} not measured, ${rows.filter((r) => r.moved).length} moved more than 20 %`);

// The Slow-4G waterfall: what the first interactive frame waited for.
const waterfall = page.page_first_frame_slow4g?.waterfall;
if (waterfall) {
  console.log('\nSlow-4G + 4× CPU: requests before the first interactive frame (ms from the first request)');
  for (const w of waterfall) {
    console.log(`  ${(w.url || 'index.html').padEnd(24)} start ${String(w.startMs).padStart(5)}  first byte ${String(w.firstByteMs).padStart(5)}  done ${String(w.endMs).padStart(5)}  ${(w.bytes / 1024).toFixed(1).padStart(6)} KB`);
  }
}

// --- Results and history -------------------------------------------------------------------------
const run = { when, commit, figures: Object.fromEntries(rows.map((r) => [r.id, { what: r.what, value: r.value, budget: r.budget, unit: r.unit, pass: r.pass, moved: r.moved || null }])) };
writeFileSync(join(dir, 'results.json'), JSON.stringify({ ...run, native, frames, page, city }, null, 1) + '\n');
appendFileSync(historyPath, JSON.stringify(run) + '\n');
const history = readFileSync(historyPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(-40);
writeFileSync(join(dir, 'history.svg'), chart(rows, history));
console.log(`\nwrote ${join(dir, 'results.json')}, ${join(dir, 'history.jsonl')} (${history.length} runs shown), ${join(dir, 'history.svg')}`);

// One small panel per budgeted figure: its value in each run as a share of the budget, the budget
// as a line at 100 %, points over it in red. Plain SVG, written here.
function chart(rowsNow, runs) {
  const cols = 3, pw = 300, ph = 120, pad = 28;
  const panels = rowsNow.map((r) => r.id);
  const height = Math.ceil(panels.length / cols) * (ph + pad * 2) + 30;
  const width = cols * (pw + pad * 2);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="18" font-size="13">golmok budgets over the last ${runs.length} runs (share of budget; lower is better)</text>`];
  panels.forEach((id, i) => {
    const x0 = (i % cols) * (pw + pad * 2) + pad, y0 = Math.floor(i / cols) * (ph + pad * 2) + 30 + pad;
    const points = runs.map((run) => run.figures[id]).map((f) => (f && f.value !== null ? f.value / f.budget : null));
    const top = Math.max(1.25, ...points.filter((p) => p !== null)) * 1.05;
    const y = (share) => y0 + ph - (share / top) * ph;
    const x = (k) => x0 + (runs.length > 1 ? (k / (runs.length - 1)) * pw : pw / 2);
    const r = rowsNow[i];
    out.push(`<text x="${x0}" y="${y0 - 8}">${esc(r.what.length > 58 ? r.what.slice(0, 57) + '…' : r.what)}</text>`);
    out.push(`<rect x="${x0}" y="${y0}" width="${pw}" height="${ph}" fill="#f7f7f7" stroke="#ccc"/>`);
    out.push(`<line x1="${x0}" x2="${x0 + pw}" y1="${y(1)}" y2="${y(1)}" stroke="#c33" stroke-dasharray="4 3"/>`);
    out.push(`<text x="${x0 + pw - 2}" y="${y(1) - 3}" text-anchor="end" fill="#c33">${esc('budget ' + r.budget + ' ' + r.unit)}</text>`);
    let path = '';
    points.forEach((p, k) => { if (p !== null) path += `${path ? 'L' : 'M'}${x(k).toFixed(1)},${y(p).toFixed(1)}`; });
    if (path) out.push(`<path d="${path}" fill="none" stroke="#246" stroke-width="1.5"/>`);
    points.forEach((p, k) => {
      if (p !== null) out.push(`<circle cx="${x(k).toFixed(1)}" cy="${y(p).toFixed(1)}" r="2.5" fill="${p > 1 ? '#c33' : '#246'}"><title>${esc(runs[k].when + ' ' + (runs[k].commit || '') + ': ' + runs[k].figures[id].value + ' ' + r.unit)}</title></circle>`);
    });
    const last = points[points.length - 1];
    out.push(`<text x="${x0}" y="${y0 + ph + 12}" fill="#555">${esc(last === null ? 'not measured' : `now ${figure(r.value, r.unit)} (${Math.round(last * 100)} % of budget)`)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
