// Fails on high or critical advisories against production dependencies, except those
// accepted in audit-allowlist.json. Where the registry's advisory service cannot be
// reached (some networks block it), it says so and does not fail the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const allow = new Set(JSON.parse(readFileSync(new URL('../audit-allowlist.json', import.meta.url), 'utf8')).accepted.map((entry) => entry.id));
const run = spawnSync('npx', ['-y', 'pnpm@10.34.9', 'audit', '--prod', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report?.advisories) {
  const reason = report?.error?.summary ?? report?.error?.code ?? `${run.stderr}`.split('\n').find((line) => /ERR_/.test(line)) ?? 'no answer';
  console.log(`Dependency audit not performed: the advisory service did not answer (${reason.trim()})`);
  process.exit(0);
}
const serious = Object.values(report.advisories).filter((a) => ['high', 'critical'].includes(a.severity) && !allow.has(a.github_advisory_id));
for (const advisory of serious) console.log(`${advisory.severity}: ${advisory.module_name} ${advisory.github_advisory_id} ${advisory.title}`);
console.log(`Dependency audit: ${serious.length} high or critical advisories not accepted`);
process.exit(serious.length > 0 ? 1 : 0);
