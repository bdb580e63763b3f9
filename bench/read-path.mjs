// The course outline with the viewer's progress, through GraphQL, against a bare node:http
// server returning the same bytes, in one run, arms alternated: as served (answers kept in
// memory) and computed every time (RESPONSE_CACHE_MB=0); then SQL statements per computed
// request at 5, 20 and 80 lessons per week.   pnpm bench:read [rounds] [seconds] [lessons a week, e.g. 5,20,80]
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentWithLessonsPerWeek } from './lib/content.mjs';
import { exited, gql, median, registerLearners, spread, startServer, tempDir, writeResult } from './lib/server.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const SECONDS = Number(process.argv[3] ?? 5);
const SIZES = (process.argv[4] ?? '5,20,80').split(',').map(Number);
const OUTLINE = `{ course(slug: "migrant-women") { title weeks { number title opensAt lessons { id title minutes completed } quizzes { id title passed attemptsUsed } } } myProgress(courseSlug: "migrant-women") { percent weeks { number percent } } }`;

async function measure(url, path, body, headers) {
  const result = await autocannon({ url: `${url}${path}`, method: 'POST', connections: 8, duration: SECONDS, headers: { 'content-type': 'application/json', ...headers }, body });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const body = JSON.stringify({ query: OUTLINE });
/** A server with one learner who has done two lessons, and the outline's bytes as it answers them. */
async function readServer(name, port, env = {}) {
  const dir = tempDir(name);
  const server = await startServer({ dir, port, env });
  const [learner] = await registerLearners(server.url, 1, `${name}-${Date.now()}`);
  for (const id of ['w1-migrant-women-in-the-region', 'w1-rcm-and-the-guidelines']) await gql(server.url, `mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: id }, learner.token);
  const auth = { authorization: `Bearer ${learner.token}` };
  const bytes = Buffer.from(await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body })).text());
  return { dir, server, auth, bytes };
}
const served = await readServer('read', 3903);
const computed = await readServer('read-computed', 3906, { RESPONSE_CACHE_MB: '0' });
if (!computed.bytes.equals(served.bytes)) throw new Error('the computed outline differs from the one served');
const bytes = served.bytes;
const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes));
}).listen(3904);

const arms = {
  graphql: () => measure(served.server.url, '/graphql', body, served.auth),
  computed: () => measure(computed.server.url, '/graphql', body, computed.auth),
  plain: () => measure('http://127.0.0.1:3904', '/', body, {}),
};
const results = { graphql: [], computed: [], plain: [] };
for (const arm of Object.values(arms)) await arm();
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.keys(arms);
  for (let turn = 0; turn < round % order.length; turn++) order.push(order.shift());
  for (const arm of order) results[arm].push(await arms[arm]());
}
bare.close();
for (const { server, dir } of [served, computed]) {
  server.child.kill('SIGTERM');
  await exited(server.child);
  rmSync(dir, { recursive: true, force: true });
}

const statements = {};
for (const perWeek of SIZES) {
  const sub = tempDir(`read-${perWeek}`);
  const content = contentWithLessonsPerWeek(join(sub, 'content'), perWeek);
  const counted = await startServer({ dir: sub, port: 3905, env: { CONTENT_DIR: content, LOG_SQL: '1', RESPONSE_CACHE_MB: '0' }, captureStdout: true });
  const [viewer] = await registerLearners(counted.url, 1, `sql-${perWeek}`);
  const before = counted.stdoutLines().filter((line) => line.startsWith('query:')).length;
  const requests = 5;
  for (let i = 0; i < requests; i++) await gql(counted.url, OUTLINE, {}, viewer.token);
  statements[perWeek] = (counted.stdoutLines().filter((line) => line.startsWith('query:')).length - before) / requests;
  // the next size's server takes the same port, and the folder goes once nothing writes to it
  counted.child.kill('SIGTERM');
  await exited(counted.child);
  rmSync(sub, { recursive: true, force: true });
}

const rps = (arm) => ({ median: median(results[arm].map((r) => r.rps)), spread: spread(results[arm].map((r) => r.rps)) });
const ratio = (arm) => Math.round((rps(arm).median / rps('plain').median) * 1000) / 1000;
const figures = {
  responseBytes: bytes.length,
  graphqlRps: rps('graphql'),
  computedRps: rps('computed'),
  bareRps: rps('plain'),
  ratio: ratio('graphql'),
  computedRatio: ratio('computed'),
  graphqlP99ms: median(results.graphql.map((r) => r.p99)),
  computedP99ms: median(results.computed.map((r) => r.p99)),
  errors: [...results.graphql, ...results.computed].reduce((n, r) => n + r.errors, 0),
  sqlStatementsPerRequest: statements,
  targets: { ratio: '>= 0.30', p99ms: '< 20', statements: 'the same at 5, 20 and 80' },
};
console.log(JSON.stringify(figures, null, 2));
writeResult('read-path', { rounds: ROUNDS, seconds: SECONDS, ...figures });
