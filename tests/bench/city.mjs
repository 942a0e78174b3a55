// A city, not two streets: `golmok site` on 1,000 synthetic districts of 100 shops each (its
// time, peak memory and files written), then `golmok publish` of one changed district onto that
// site (its time and the files it touched, which must be that district's own).
//   node tests/bench/city.mjs OUT_DIR [DISTRICTS] [SHOPS]
// Writes OUT_DIR/city.json. Uses the built page (build/wasm, build/fonts) as scripts/build.sh
// left it; the districts come from `golmok synth --seed N`, so runs compare.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [out, districtArg = '1000', shopArg = '100'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/bench/city.mjs OUT_DIR [DISTRICTS] [SHOPS]');
  process.exit(2);
}
const districts = Number(districtArg);
const shops = Number(shopArg);
const golmok = join(root, 'build/native/src/cli/golmok');
const work = join(out, 'city');
const data = join(work, 'data');
const site = join(work, 'site');
rmSync(work, { recursive: true, force: true });
mkdirSync(data, { recursive: true });

// The districts: synthetic bundles, each with an id and name of its own.
const id = (i) => 'd' + String(i).padStart(4, '0');
const entries = [];
for (let i = 1; i <= districts; i++) {
  const bundle = JSON.parse(execFileSync(golmok, ['synth', '--shops', String(shops), '--seed', String(i)],
    { encoding: 'utf8', maxBuffer: 1 << 28 }));
  bundle.district.id = id(i);
  bundle.district.name = { ko: `가상 상권 ${i}`, en: `Synthetic district ${i}` };
  writeFileSync(join(data, `${id(i)}.json`), JSON.stringify(bundle, null, 1));
  entries.push({ id: id(i), bundle: `${id(i)}.json`, name: bundle.district.name });
}
writeFileSync(join(data, 'index.json'), JSON.stringify({ format: 1, default: id(1), districts: entries }, null, 1));

// GNU time's report: wall time and peak resident memory of one command.
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-v', golmok, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`golmok ${args[0]} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const field = (name) => r.stderr.split('\n').find((l) => l.trim().startsWith(name))?.split(': ').pop();
  const [h, m, s] = field('Elapsed (wall clock) time').split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
  return { seconds: h * 3600 + m * 60 + s, peakMb: Number(field('Maximum resident set size')) / 1024, stdout: r.stdout };
}

function countFiles(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  }
  return n;
}

const app = join(root, 'build/wasm/src/platform/web');
const fonts = join(root, 'build/fonts');
const siteRun = timed(['site', '--out', site, '--today', '2026-12-05', '--service-worker', join(root, 'web/sw.js'),
  '--asset', `golmok.js=${app}/golmok.js`, '--asset', `golmok.wasm=${app}/golmok.wasm`,
  '--asset', `shell.js=${app}/shell.js`, '--asset', `shell.css=${root}/shell/shell.css`,
  '--asset', `fonts/body.ttf=${fonts}/body.ttf`, '--asset', `fonts/title.ttf=${fonts}/title.ttf`,
  '--font-pieces', join(fonts, 'pieces'), join(data, 'index.json')]);
const filesWritten = countFiles(site);

// One district changes: a shop renamed. Publishing it touches only that district's files.
const middle = Math.ceil(districts / 2);
const changed = join(work, `${id(middle)}.json`);
const bundle = JSON.parse(readFileSync(join(data, `${id(middle)}.json`), 'utf8'));
bundle.shops[0].name.ko = '똠얌꿍 햏반점';
writeFileSync(changed, JSON.stringify(bundle, null, 1));
const publishRun = timed(['publish', site, changed, '--today', '2026-12-05']);
const touched = publishRun.stdout.trim().split('\n').filter((l) => !l.startsWith('golmok publish:'));
const foreign = touched.filter((p) => !p.startsWith(`${id(middle)}/`) && p !== `data/${id(middle)}.json` &&
  !(districts === 1 && p === 'index.html'));

const result = {
  districts,
  shops,
  site: { seconds: siteRun.seconds, peakMb: siteRun.peakMb, files: filesWritten },
  publish: { seconds: publishRun.seconds, peakMb: publishRun.peakMb, files: touched.length, othersTouched: foreign },
};
writeFileSync(join(out, 'city.json'), JSON.stringify(result, null, 1) + '\n');
console.log(`golmok site, ${districts} districts × ${shops} shops: ${siteRun.seconds.toFixed(1)} s, ` +
  `peak ${siteRun.peakMb.toFixed(0)} MB, ${filesWritten} files`);
console.log(`golmok publish, one district: ${publishRun.seconds.toFixed(2)} s, peak ${publishRun.peakMb.toFixed(0)} MB, ` +
  `${touched.length} files (${touched.join(', ')})`);
rmSync(work, { recursive: true, force: true });
