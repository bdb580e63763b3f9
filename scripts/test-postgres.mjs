// Runs the server's integration suite against PostgreSQL: the one named by TEST_POSTGRES_URL,
// or Debian's local cluster, started here (as root). Without either it says so and skips.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ROLE = 'campus_test';
const run = (command) => execSync(command, { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();

function localCluster() {
  if (process.getuid?.() !== 0 || !existsSync('/usr/lib/postgresql')) return undefined;
  const version = readdirSync('/usr/lib/postgresql').sort().at(-1);
  const ready = () => spawnSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']).status === 0;
  if (!ready()) {
    if (!run(`pg_lsclusters -h`).includes('main')) run(`pg_createcluster ${version} main`);
    run(`pg_ctlcluster ${version} main start`);
    for (let i = 0; i < 30 && !ready(); i++) execFileSync('sleep', ['1']);
  }
  const sql = `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'; END IF; END $$;`;
  execFileSync('su', ['postgres', '-c', `psql -q -c "${sql.replace(/\$/g, '\\$')}"`], { stdio: 'inherit' });
  return `postgres://${ROLE}:${ROLE}@127.0.0.1:5432/postgres`;
}

const url = process.env.TEST_POSTGRES_URL || localCluster();
if (!url) {
  console.log('PostgreSQL suite skipped: set TEST_POSTGRES_URL, or run as root with Debian postgresql installed.');
  process.exit(0);
}
console.log(`Integration suite on PostgreSQL (${new URL(url).host})`);
const result = spawnSync('npx', ['jest', '--runInBand', 'test/'], { stdio: 'inherit', env: { ...process.env, TEST_POSTGRES_URL: url } });
process.exit(result.status ?? 1);
