// Starts the built server on a throwaway SQLite database and talks GraphQL to it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ADMIN = { email: 'admin@bench.test', password: 'bench admin passphrase' };
export const PASSWORD = 'bench learner passphrase';

export function tempDir(name) {
  return mkdtempSync(join(tmpdir(), `campus-${name}-`));
}

/** Servers still running: a script that crashes, or is interrupted, must not leave them behind. */
const servers = new Set();
process.once('exit', () => servers.forEach((child) => child.kill('SIGKILL')));
// A signal would end the script without 'exit' (and its cleanup) unless it is handled: exit as the signal would.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(128 + constants.signals[signal]));

export async function startServer({ dir, port, env = {}, captureStdout = false }) {
  const url = `http://127.0.0.1:${port}`;
  if (await fetch(`${url}/health`).then(() => true, () => false)) throw new Error(`port ${port} is taken: is an earlier run's server still up?`);
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the benchmark
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'server', 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`,
      DATA_DIR: dir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      REMINDER_INTERVAL_SECONDS: '0',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  servers.add(child);
  child.once('exit', () => servers.delete(child));
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url, stdoutLines: () => stdout.split('\n'), stderr: () => stderr };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

/** Resolves once the process has exited, whether or not it already has. */
export function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', resolve));
}

export async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw Object.assign(new Error(body.errors[0].message), { errors: body.errors });
  return body.data;
}

export async function signIn(url, email, password) {
  return (await gql(url, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: email, p: password })).signIn.token;
}

/** Runs work(item, index) over the items, at most `concurrency` at a time, each worker taking the next item when done. */
export async function inParallel(items, concurrency, work) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await work(items[i], i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Registers and enrols learners, a few at a time (password hashing dominates). */
export async function registerLearners(url, count, prefix, concurrency = 4) {
  const learners = new Array(count);
  await inParallel(learners, concurrency, async (_, i) => {
    const email = `${prefix}-${i}@bench.test`;
    const data = await gql(url, `mutation($i: RegisterInput!) { register(input: $i) { token user { id } } }`, {
      i: { email, password: PASSWORD, name: `Learner ${i}`, country: ['SV', 'GT', 'HN', 'MX', 'CR'][i % 5] },
    });
    await gql(url, `mutation { enroll(courseSlug: "migrant-women") { enrolled } }`, {}, data.register.token);
    learners[i] = { email, id: data.register.user.id, token: data.register.token };
  });
  return learners;
}

/** Writes bench/results/<name>.json, or into BENCH_RESULTS_DIR (the smoke run's scratch folder). */
export function writeResult(name, figures) {
  const dir = process.env.BENCH_RESULTS_DIR || join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`);
  return file;
}

/** Median and spread of a list of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const spread = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
