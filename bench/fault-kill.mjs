// Kills the server with SIGKILL at random moments while learners submit quizzes, restarts
// it, and checks that every acknowledged submission is stored exactly once and that
// SQLite's integrity check passes.   pnpm bench:fault [kills] [learners]
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { ADMIN, exited, gql, registerLearners, signIn, startServer, tempDir, writeResult } from './lib/server.mjs';

const KILLS = Number(process.argv[2] ?? 12);
const LEARNERS = Number(process.argv[3] ?? 16);
const PORT = 3901;
const dir = tempDir('fault');

const query = (sql) =>
  new Promise((resolve, reject) => {
    const db = new sqlite3.Database(join(dir, 'bench.sqlite'), (error) => {
      if (error) return reject(error);
      db.all(sql, (e, rows) => db.close(() => (e ? reject(e) : resolve(rows))));
    });
  });

let server = await startServer({ dir, port: PORT });
const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
const outline = await gql(server.url, `{ course(slug: "migrant-women") { weeks { quizzes { id questions { id choices { id isCorrect } } } } } }`, {}, admin);
const quizzes = outline.course.weeks.flatMap((w) => w.quizzes);
const learners = await registerLearners(server.url, LEARNERS, `fault-${Date.now()}`);

/** attempt id -> the score the server acknowledged */
const acknowledged = new Map();
let sent = 0;
let failedRequests = 0;

async function learnerLoop(learner, isRunning) {
  for (const quiz of quizzes) {
    for (let round = 0; isRunning(); round++) {
      // half right, half wrong, so scores differ from attempt to attempt
      const answers = quiz.questions.map((q, i) => ({ questionId: q.id, choiceIds: (i + round) % 2 ? q.choices.filter((c) => c.isCorrect).map((c) => c.id) : [] }));
      try {
        const { startQuizAttempt } = await gql(server.url, `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quiz.id }, learner.token);
        sent++;
        const { submitQuizAttempt } = await gql(server.url, `mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { id scorePercent } }`, { a: startQuizAttempt.id, x: answers }, learner.token);
        acknowledged.set(submitQuizAttempt.id, submitQuizAttempt.scorePercent);
      } catch (error) {
        if (error.errors?.[0]?.extensions?.code === 'CONFLICT') break; // this quiz's attempts are used up
        failedRequests++;
        return;
      }
    }
  }
}

for (let kill = 0; kill < KILLS; kill++) {
  let running = true;
  const loops = learners.map((learner) => learnerLoop(learner, () => running));
  await new Promise((r) => setTimeout(r, 150 + Math.random() * 900));
  server.child.kill('SIGKILL');
  running = false;
  await Promise.allSettled(loops);
  await exited(server.child);
  server = await startServer({ dir, port: PORT });
}

const stored = await query(`SELECT id, userId, quizId, scorePercent FROM quiz_attempt WHERE submittedAt IS NOT NULL`);
const byId = new Map(stored.map((row) => [row.id, row]));
const lost = [...acknowledged].filter(([id, score]) => byId.get(id)?.scorePercent !== score).length;
const perLearnerQuiz = new Map();
for (const row of stored) perLearnerQuiz.set(`${row.userId}/${row.quizId}`, (perLearnerQuiz.get(`${row.userId}/${row.quizId}`) ?? 0) + 1);
const duplicated = [...perLearnerQuiz.values()].filter((n) => n > 3).length;
const [{ integrity_check: integrity }] = await query('PRAGMA integrity_check');
server.child.kill('SIGTERM');
await exited(server.child);

const result = { kills: KILLS, learners: LEARNERS, attemptsStarted: sent, acknowledged: acknowledged.size, storedSubmitted: stored.length, interruptedRequests: failedRequests, lost, duplicated, integrity };
console.log(JSON.stringify(result, null, 2));
writeResult('fault-kill', result);
if (lost === 0 && duplicated === 0) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir} for a look`);
if (lost > 0 || duplicated > 0 || integrity !== 'ok') process.exit(1);
