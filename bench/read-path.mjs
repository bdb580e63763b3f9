// The course outline with the viewer's progress, through GraphQL, against a bare node:http
// server returning the same bytes, in one run, arms alternated; then SQL statements per
// request at 5, 20 and 80 lessons per week.   pnpm bench:read [rounds] [seconds] [lessons a week, e.g. 5,20,80]
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentWithLessonsPerWeek } from './lib/content.mjs';
import { gql, median, registerLearners, spread, startServer, tempDir, writeResult } from './lib/server.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const SECONDS = Number(process.argv[3] ?? 5);
const SIZES = (process.argv[4] ?? '5,20,80').split(',').map(Number);
const OUTLINE = `{ course(slug: "migrant-women") { title weeks { number title opensAt lessons { id title minutes completed } quizzes { id title passed attemptsUsed } } } myProgress(courseSlug: "migrant-women") { percent weeks { number percent } } }`;

async function measure(url, path, body, headers) {
  const result = await autocannon({ url: `${url}${path}`, method: 'POST', connections: 8, duration: SECONDS, headers: { 'content-type': 'application/json', ...headers }, body });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const dir = tempDir('read');
const server = await startServer({ dir, port: 3903 });
const [learner] = await registerLearners(server.url, 1, `read-${Date.now()}`);
for (const id of ['w1-migrant-women-in-the-region', 'w1-rcm-and-the-guidelines']) await gql(server.url, `mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: id }, learner.token);
const body = JSON.stringify({ query: OUTLINE });
const auth = { authorization: `Bearer ${learner.token}` };
const bytes = Buffer.from(await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body })).text());
const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes));
}).listen(3904);

await measure(server.url, '/graphql', body, auth);
await measure('http://127.0.0.1:3904', '/', body, {});
const graphql = [];
const plain = [];
for (let round = 0; round < ROUNDS; round++) {
  const arms = round % 2 ? ['plain', 'graphql'] : ['graphql', 'plain'];
  for (const arm of arms) {
    if (arm === 'graphql') graphql.push(await measure(server.url, '/graphql', body, auth));
    else plain.push(await measure('http://127.0.0.1:3904', '/', body, {}));
  }
}
bare.close();
server.child.kill('SIGTERM');

const statements = {};
for (const perWeek of SIZES) {
  const sub = tempDir(`read-${perWeek}`);
  const content = contentWithLessonsPerWeek(join(sub, 'content'), perWeek);
  const counted = await startServer({ dir: sub, port: 3905, env: { CONTENT_DIR: content, LOG_SQL: '1' }, captureStdout: true });
  const [viewer] = await registerLearners(counted.url, 1, `sql-${perWeek}`);
  const before = counted.stdoutLines().filter((line) => line.startsWith('query:')).length;
  const requests = 5;
  for (let i = 0; i < requests; i++) await gql(counted.url, OUTLINE, {}, viewer.token);
  statements[perWeek] = (counted.stdoutLines().filter((line) => line.startsWith('query:')).length - before) / requests;
  counted.child.kill('SIGTERM');
  rmSync(sub, { recursive: true, force: true });
}

const figures = {
  responseBytes: bytes.length,
  graphqlRps: { median: median(graphql.map((r) => r.rps)), spread: spread(graphql.map((r) => r.rps)) },
  bareRps: { median: median(plain.map((r) => r.rps)), spread: spread(plain.map((r) => r.rps)) },
  ratio: Math.round((median(graphql.map((r) => r.rps)) / median(plain.map((r) => r.rps))) * 1000) / 1000,
  graphqlP99ms: median(graphql.map((r) => r.p99)),
  errors: graphql.reduce((n, r) => n + r.errors, 0),
  sqlStatementsPerRequest: statements,
  targets: { ratio: '>= 0.30', p99ms: '< 20', statements: 'the same at 5, 20 and 80' },
};
console.log(JSON.stringify(figures, null, 2));
writeResult('read-path', { rounds: ROUNDS, seconds: SECONDS, ...figures });
rmSync(dir, { recursive: true, force: true });
