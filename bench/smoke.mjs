// Runs every benchmark once at a tiny size, so a script that no longer runs is caught by
// `pnpm test`: each must exit cleanly and write its JSON. The figures are not judged, and
// they go to a scratch folder, never over bench/results.   pnpm bench:smoke
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './lib/server.mjs';

const RUNS = [
  { script: 'read-path.mjs', args: ['1', '1', '5'], result: 'read-path' },
  { script: 'quiz-submit.mjs', args: ['1', '16'], result: 'quiz-submit' },
  { script: 'report.mjs', args: ['100', '1'], result: 'report' },
  { script: 'certificate-pdf.mjs', args: ['5'], result: 'certificate-pdf' },
  { script: 'load.mjs', args: ['2', '2'], result: 'load' },
  { script: 'fault-kill.mjs', args: ['1', '4'], result: 'fault-kill' },
];

const results = tempDir('bench-smoke');
let passed = 0;
let failed = 0;
for (const run of RUNS) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [join(ROOT, 'bench', run.script), ...run.args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RESULTS_DIR: results },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const file = join(results, `${run.result}.json`);
  let problem = child.error?.message ?? (child.status !== 0 ? `exited with ${child.status ?? child.signal}` : undefined);
  if (!problem && !existsSync(file)) problem = `wrote no ${run.result}.json`;
  if (!problem) {
    try {
      JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problem = `${run.result}.json does not parse: ${error.message}`;
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (problem) {
    failed++;
    console.log(`✗ ${run.script} ${run.args.join(' ')} (${seconds} s): ${problem}\n${child.stdout ?? ''}${child.stderr ?? ''}`);
  } else {
    passed++;
    console.log(`✓ ${run.script} ${run.args.join(' ')} (${seconds} s)`);
  }
}
rmSync(results, { recursive: true, force: true });
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
