// The completion report and its CSV at 10,000 learners, against the same GROUP BY run by the
// sqlite3 command line in the same run, and the server's memory while the CSV streams.
//   pnpm bench:report [learners] [rounds]
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { contentWithLessonsPerWeek } from './lib/content.mjs';
import { ADMIN, exited, gql, median, signIn, startServer, tempDir, writeResult } from './lib/server.mjs';

const LEARNERS = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 5);
// 34 lessons, 4 quizzes and 2 webinar weeks: 40 activities a learner
const LESSONS_PER_WEEK = [6, 6, 6, 6, 5, 5];
const COUNTRIES = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'];
const dir = tempDir('report');
const file = join(dir, 'bench.sqlite');
const env = { CONTENT_DIR: contentWithLessonsPerWeek(join(dir, 'content'), LESSONS_PER_WEEK) };
let server = await startServer({ dir, port: 3907, env });
const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
const outline = await gql(server.url, `{ course(slug: "migrant-women") { weeks { number isWebinarWeek lessons { id } quizzes { id } } } }`);
const weeks = outline.course.weeks;
for (const week of weeks.filter((w) => w.isWebinarWeek)) {
  await gql(server.url, `mutation($w: Int!) { scheduleWebinar(input: { courseSlug: "migrant-women", week: $w, title: "Webinar", startsAt: "2026-12-01T15:00:00.000Z", durationMinutes: 60, joinUrl: "https://meet.example.org/x" }) { id } }`, { w: week.number }, admin);
}
await gql(server.url, `mutation { enroll(courseSlug: "migrant-women") { enrolled } }`, {}, admin);
server.child.kill('SIGTERM');
await exited(server.child);

// Seed directly: users, enrolments, completions, attempts and attendance, in one transaction.
const db = new sqlite3.Database(file);
const run = (sql, params = []) => new Promise((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
const all = (sql) => new Promise((resolve, reject) => db.all(sql, (e, rows) => (e ? reject(e) : resolve(rows))));
const webinars = await all(`SELECT id, week FROM webinar`);
const lessons = weeks.flatMap((w) => w.lessons.map((l) => l.id));
const quizzes = weeks.flatMap((w) => w.quizzes.map((q) => q.id));
const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
await run('BEGIN');
for (let i = 0; i < LEARNERS; i++) {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const progress = (i * 7919) % 101; // 0..100, spread
  await run(`INSERT INTO user (id, email, name, passwordHash, role, country, post, locale, tokenVersion, createdAt) VALUES (?, ?, ?, 'x', 'TRAINEE', ?, ?, 'ES', 0, ?)`, [id, `l${i}@bench.test`, `Learner ${String(i).padStart(5, '0')}`, COUNTRIES[i % COUNTRIES.length], i % 3 ? `Consulado ${i % 40}` : null, now]);
  const done = Math.round((lessons.length * progress) / 100);
  const complete = progress === 100;
  await run(`INSERT INTO enrollment (id, userId, courseSlug, cohortId, enrolledAt, completedAt) VALUES (?, ?, 'migrant-women', 'migrant-women:self-paced', ?, ?)`, [`e-${id}`, id, now, complete ? now : null]);
  for (const lesson of lessons.slice(0, done)) await run(`INSERT INTO lesson_completion (userId, lessonId, completedAt) VALUES (?, ?, ?)`, [id, lesson, now]);
  for (const [n, quiz] of quizzes.entries()) if (progress > 25 * n) await run(`INSERT INTO quiz_attempt (id, userId, quizId, startedAt, submittedAt, scorePercent, passed, answers) VALUES (?, ?, ?, ?, ?, 80, 1, '[]')`, [`a-${n}-${id}`, id, quiz, now, now]);
  if (complete) for (const w of webinars) await run(`INSERT INTO attendance (webinarId, userId, recordedById, viaRecording, recordedAt) VALUES (?, ?, ?, 0, ?)`, [w.id, id, id, now]);
}
await run('COMMIT');
const counts = (await all(`SELECT (SELECT COUNT(*) FROM lesson_completion) AS lessons, (SELECT COUNT(*) FROM quiz_attempt) AS attempts`))[0];
db.close();

server = await startServer({ dir, port: 3907, env });
const token = await signIn(server.url, ADMIN.email, ADMIN.password);
const time = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};
const reportMs = [];
const csvMs = [];
const cliMs = [];
const rssBefore = [];
const rssPeak = [];
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))[1]) / 1024;
const REPORT_SQL = `SELECT u.id, u.name, u.email, u.country, e.completedAt, COALESCE(ls.done, 0) + COALESCE(qz.done, 0) + COALESCE(wk.done, 0) AS done
  FROM enrollment e JOIN user u ON u.id = e.userId
  LEFT JOIN (SELECT lc.userId, COUNT(*) AS done FROM lesson_completion lc JOIN lesson l ON l.id = lc.lessonId WHERE l.courseSlug = 'migrant-women' AND l.retired = 0 GROUP BY lc.userId) ls ON ls.userId = e.userId
  LEFT JOIN (SELECT a.userId, COUNT(DISTINCT a.quizId) AS done FROM quiz_attempt a JOIN quiz q ON q.id = a.quizId WHERE q.courseSlug = 'migrant-women' AND q.retired = 0 AND a.passed = 1 GROUP BY a.userId) qz ON qz.userId = e.userId
  LEFT JOIN (SELECT at.userId, COUNT(DISTINCT w.week) AS done FROM attendance at JOIN webinar w ON w.id = at.webinarId WHERE w.courseSlug = 'migrant-women' GROUP BY at.userId) wk ON wk.userId = e.userId
  WHERE e.courseSlug = 'migrant-women' ORDER BY u.name, u.id;`;
let csvBytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  reportMs.push(await time(() => gql(server.url, `{ completionReport(courseSlug: "migrant-women", limit: 5000) { enrolled completed byCountry { country enrolled completed } rows { percent } } }`, {}, token)));
  // the server's resident memory just before the export and at its highest while it streams
  let peak = rss();
  rssBefore.push(Math.round(peak));
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 10);
  csvMs.push(
    await time(async () => {
      const res = await fetch(`${server.url}/reports/completion.csv?course=migrant-women`, { headers: { authorization: `Bearer ${token}` } });
      csvBytes = (await res.arrayBuffer()).byteLength;
    }),
  );
  clearInterval(sampler);
  rssPeak.push(Math.round(peak));
  cliMs.push(await time(async () => execFileSync('sqlite3', [file, REPORT_SQL], { maxBuffer: 64 * 1024 * 1024 })));
}
server.child.kill('SIGTERM');
await exited(server.child);
const med = (xs) => Math.round(median(xs));
const figures = {
  learners: LEARNERS,
  activitiesPerLearner: lessons.length + quizzes.length + webinars.length,
  rows: counts,
  completionReportMs: med(reportMs),
  csvMs: med(csvMs),
  csvBytes,
  sqliteCliMs: med(cliMs),
  csvOverCli: Math.round((med(csvMs) / med(cliMs)) * 10) / 10,
  serverRssMb: { beforeCsvByRound: rssBefore, peakDuringCsvByRound: rssPeak, largestRise: Math.max(...rssPeak.map((peak, i) => peak - rssBefore[i])) },
  targets: { csvOverCli: '<= 3', memory: 'flat while streaming' },
};
console.log(JSON.stringify(figures, null, 2));
writeResult('report', { rounds: ROUNDS, ...figures });
rmSync(dir, { recursive: true, force: true });
