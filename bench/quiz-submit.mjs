// Quiz submissions per second through the submitQuizAttempt mutation, against raw inserts of
// the same rows through the same sqlite3 driver with the pragmas the server sets, arms
// alternated in one run; and every SQLITE_BUSY seen (the target is none).
//   pnpm bench:quiz [rounds] [submissions per round]
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { ADMIN, exited, gql, inParallel, median, registerLearners, signIn, spread, startServer, tempDir, writeResult } from './lib/server.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const PER_ROUND = Number(process.argv[3] ?? 300);
const CONCURRENCY = 8;
const QUIZZES = `{ course(slug: "migrant-women") { weeks { quizzes { id maxAttempts questions { id choices { id isCorrect } } } } } }`;
const START = `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`;
const SUBMIT = `mutation($a: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $answers) { id scorePercent passed } }`;

const dir = tempDir('quiz');
const server = await startServer({ dir, port: 3908 });
const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
const quizzes = (await gql(server.url, QUIZZES, {}, admin)).course.weeks.flatMap((week) => week.quizzes);
// Half the submissions pass (so completion is checked and recorded), half fail.
const answers = (quiz, pass) =>
  quiz.questions.map((question) => ({ questionId: question.id, choiceIds: [question.choices.find((choice) => choice.isCorrect === pass)?.id ?? question.choices[0].id] }));
const perLearner = quizzes.reduce((n, quiz) => n + (quiz.maxAttempts ?? 3), 0);
const learnerCount = Math.max(Math.ceil(((ROUNDS + 1) * PER_ROUND) / perLearner), Math.ceil(PER_ROUND / quizzes.length));
const learners = await registerLearners(server.url, learnerCount, `quiz-${Date.now()}`);

// Every (learner, quiz, attempt) once, attempt by attempt: a round's slots then name each
// learner's quiz at most once, as a learner has one open attempt per quiz.
const slots = [];
for (let n = 0; n < 3; n++) for (const learner of learners) for (const quiz of quizzes) if (n < (quiz.maxAttempts ?? 3)) slots.push({ learner, quiz, pass: slots.length % 2 === 0 });
let taken = 0;

let busy = 0;
const countBusy = (text) => (busy += (String(text).match(/SQLITE_BUSY/g) ?? []).length);

/**
 * One round through GraphQL: the attempts are opened first, untimed; the submissions are
 * timed, sent by autocannon (as in the read path) so the client takes little of the CPU.
 */
async function graphqlRound() {
  const batch = slots.slice(taken, (taken += PER_ROUND));
  await inParallel(batch, CONCURRENCY, async (slot) => {
    slot.attemptId = (await gql(server.url, START, { q: slot.quiz.id }, slot.learner.token)).startQuizAttempt.id;
  });
  let next = 0;
  let errors = 0;
  let answered = 0;
  // timed to the last answer: autocannon itself notices the end of a fixed amount only on its next one-second tick
  let t1;
  const t0 = performance.now();
  const result = await autocannon({
    url: server.url,
    connections: CONCURRENCY,
    amount: batch.length,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest(req) {
          const slot = batch[Math.min(next++, batch.length - 1)];
          const body = JSON.stringify({ query: SUBMIT, variables: { a: slot.attemptId, answers: answers(slot.quiz, slot.pass) } });
          return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${slot.learner.token}` }, body };
        },
        onResponse(status, body) {
          if (++answered === batch.length) t1 = performance.now();
          if (status === 200 && !body.includes('"errors"')) return;
          countBusy(body);
          // a status other than 2xx is among autocannon's non2xx, added below
          if (status >= 200 && status < 300) errors++;
        },
      },
    ],
  });
  // and what autocannon counted itself: requests that failed or timed out (its errors include its timeouts), and non-2xx answers
  errors += result.errors + result.non2xx;
  const seconds = ((t1 ?? performance.now()) - t0) / 1000;
  return { perSecond: Math.round(batch.length / seconds), submissions: batch.length, errors };
}

// The raw arm: the server's pragmas (server/src/database/database.options.ts via TypeORM).
const db = new sqlite3.Database(join(dir, 'bench.sqlite'));
const run = (sql, params = []) => new Promise((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
for (const pragma of ['PRAGMA journal_mode = WAL', 'PRAGMA busy_timeout = 5000', 'PRAGMA foreign_keys = ON']) await run(pragma);
const sqlTime = () => new Date().toISOString().replace('T', ' ').replace('Z', '');
// The raw rows belong to learners of their own, made here untimed, so the GraphQL arm's learners keep their attempts.
const rawLearners = [];
for (let i = 0; i < learnerCount; i++) {
  const id = randomUUID();
  await run(`INSERT INTO user (id, email, name, passwordHash, role, country, locale, tokenVersion, createdAt) VALUES (?, ?, ?, 'x', 'TRAINEE', 'SV', 'EN', 0, ?)`, [id, `raw-${i}@bench.test`, `Raw ${i}`, sqlTime()]);
  rawLearners.push({ id });
}
const rawSlots = slots.map((slot, i) => ({ ...slot, learner: rawLearners[i % rawLearners.length] }));

async function rawRound(count) {
  const batch = rawSlots.slice(0, count);
  const t0 = performance.now();
  let errors = 0;
  await inParallel(batch, CONCURRENCY, async (slot) => {
    const graded = answers(slot.quiz, slot.pass).map((answer) => ({ ...answer, correct: slot.pass }));
    try {
      await run(`INSERT INTO quiz_attempt (id, userId, quizId, startedAt, submittedAt, scorePercent, passed, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
        randomUUID(), slot.learner.id, slot.quiz.id, sqlTime(), sqlTime(), slot.pass ? 100 : 0, slot.pass ? 1 : 0, JSON.stringify(graded),
      ]);
    } catch (error) {
      errors++;
      countBusy(error.message);
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: Math.round(count / seconds), errors };
}

await graphqlRound(); // warm-up
await rawRound(PER_ROUND);
const graphql = [];
const raw = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const arm of round % 2 ? ['raw', 'graphql'] : ['graphql', 'raw']) {
    if (arm === 'graphql') graphql.push(await graphqlRound());
    else raw.push(await rawRound(PER_ROUND));
  }
}
db.close();
server.child.kill('SIGTERM');
// all the server's stderr, up to its last line, before counting SQLITE_BUSY in it
await exited(server.child);
countBusy(server.stderr());

const figures = {
  rounds: ROUNDS,
  submissionsPerRound: PER_ROUND,
  concurrency: CONCURRENCY,
  graphqlPerSecond: { median: median(graphql.map((r) => r.perSecond)), spread: spread(graphql.map((r) => r.perSecond)) },
  rawInsertsPerSecond: { median: median(raw.map((r) => r.perSecond)), spread: spread(raw.map((r) => r.perSecond)) },
  ratio: Math.round((median(graphql.map((r) => r.perSecond)) / median(raw.map((r) => r.perSecond))) * 1000) / 1000,
  errors: graphql.reduce((n, r) => n + r.errors, 0) + raw.reduce((n, r) => n + r.errors, 0),
  sqliteBusy: busy,
  targets: { ratio: '>= 0.4', sqliteBusy: 0 },
};
console.log(JSON.stringify(figures, null, 2));
writeResult('quiz-submit', figures);
rmSync(dir, { recursive: true, force: true });
