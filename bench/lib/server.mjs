// Starts the built server on a throwaway SQLite database and talks GraphQL to it.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ADMIN = { email: 'admin@bench.test', password: 'bench admin passphrase' };
export const PASSWORD = 'bench learner passphrase';

export function tempDir(name) {
  return mkdtempSync(join(tmpdir(), `campus-${name}-`));
}

export async function startServer({ dir, port, env = {}, captureStdout = false }) {
  const child = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'main.js')], {
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
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url, stdoutLines: () => stdout.split('\n') };
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

export async function registerLearners(url, count, prefix) {
  const learners = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}-${i}@bench.test`;
    const data = await gql(url, `mutation($i: RegisterInput!) { register(input: $i) { token user { id } } }`, {
      i: { email, password: PASSWORD, name: `Learner ${i}`, country: ['SV', 'GT', 'HN', 'MX', 'CR'][i % 5] },
    });
    await gql(url, `mutation { enroll(courseSlug: "migrant-women") { enrolled } }`, {}, data.register.token);
    learners.push({ email, id: data.register.user.id, token: data.register.token });
  }
  return learners;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
