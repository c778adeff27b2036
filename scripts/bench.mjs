// `npm run bench`: every figure in one run, as one table with its target and pass/fail.
// Builds first (the browser figures measure dist/chrome), runs bench/*.bench.ts, prints the table.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

rmSync('dist/bench', { recursive: true, force: true });
// The machines are shared: the load average before and after says how far to trust the figures.
const loadBefore = loadavg()[0].toFixed(1);
execSync('node scripts/build.mjs', { stdio: 'inherit' });
let benchFailed = false;
try {
  execSync('npx vitest run --config vitest.bench.config.ts', { stdio: 'inherit' });
} catch {
  // A bench that fails still leaves the others' figures: print what was measured, then fail.
  benchFailed = true;
}

const areas = readdirSync('dist/bench')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`dist/bench/${f}`, 'utf8')));
const lines = [
  `Connect Coach benchmark — ${new Date().toISOString().slice(0, 10)} — ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, Node ${process.version}, load average ${loadBefore} before, ${loadavg()[0].toFixed(1)} after`,
  '',
  '| area | figure | value | target | result |',
  '| --- | --- | --- | --- | --- |',
];
let failed = 0;
for (const { area, rows } of areas) {
  for (const r of rows) {
    const fmt = (v) => `${Number.isInteger(v) ? v : v.toFixed(v < 1 ? 3 : 2)} ${r.unit}`;
    const pass =
      r.target == null ? null : (r.better ?? 'lower') === 'lower' ? r.value <= r.target : r.value >= r.target;
    if (pass === false) failed++;
    const target =
      r.target == null ? '—' : `${(r.better ?? 'lower') === 'lower' ? '≤' : '≥'} ${fmt(r.target)}`;
    lines.push(
      `| ${area} | ${r.figure}${r.note ? ` (${r.note})` : ''} | ${fmt(r.value)} | ${target} | ${pass == null ? 'reported' : pass ? 'pass' : 'FAIL'} |`,
    );
  }
}
console.log(`\n${lines.join('\n')}\n`);
if (failed) console.log(`${failed} figure(s) over target.`);
if (benchFailed) {
  console.log('A benchmark did not finish (see above).');
  process.exit(1);
}
