// 200 simulated learners reading the course for 60 s on loopback: errors and latency.
//   pnpm bench:load [seconds] [learners]
import autocannon from 'autocannon';
import { rmSync } from 'node:fs';
import { exited, percentile, registerLearners, startServer, tempDir, writeResult } from './lib/server.mjs';

const SECONDS = Number(process.argv[2] ?? 60);
const LEARNERS = Number(process.argv[3] ?? 200);
const dir = tempDir('load');
const server = await startServer({ dir, port: 3902 });
const learners = await registerLearners(server.url, LEARNERS, `load-${Date.now()}`);

const OUTLINE = JSON.stringify({
  query: `{ course(slug: "migrant-women") { title weeks { number title opensAt lessons { id title minutes completed } quizzes { id title passed attemptsUsed } } } myProgress(courseSlug: "migrant-women") { percent weeks { number percent } } }`,
});
const LESSON = JSON.stringify({ query: `{ lesson(id: "w2-countries-of-return") { title html minutes completed next { id title } } }` });

let next = 0;
let graphqlErrors = 0;
const latencies = [];
const instance = autocannon({
  url: server.url,
  connections: LEARNERS,
  duration: SECONDS,
  requests: [
    {
      method: 'POST',
      path: '/graphql',
      setupRequest(req, context) {
        context.token ??= learners[next++ % learners.length].token;
        context.turn = (context.turn ?? 0) + 1;
        return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${context.token}` }, body: context.turn % 3 ? OUTLINE : LESSON };
      },
      onResponse(status, body) {
        if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
      },
    },
  ],
});
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
const result = await instance;
server.child.kill('SIGTERM');
await exited(server.child);
latencies.sort((a, b) => a - b);
const figures = {
  learners: LEARNERS,
  seconds: SECONDS,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  p50ms: percentile(latencies, 50),
  p95ms: percentile(latencies, 95),
  p99ms: percentile(latencies, 99),
};
console.log(JSON.stringify(figures, null, 2));
writeResult('load', figures);
rmSync(dir, { recursive: true, force: true });
if (figures.errors > 0) process.exit(1);
