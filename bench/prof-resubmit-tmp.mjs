import autocannon from 'autocannon';
import { ADMIN, gql, registerLearners, signIn, startServer, tempDir } from './lib/server.mjs';
const server = await startServer({ dir: tempDir('c2'), port: 3913 });
const admin = await signIn(server.url, ADMIN.email, ADMIN.password);
const q = (await gql(server.url, `{ course(slug: "migrant-women") { weeks { quizzes { id questions { id choices { id isCorrect } } } } } }`, {}, admin)).course.weeks.flatMap((w) => w.quizzes)[0];
const [l] = await registerLearners(server.url, 1, 'c2' + Date.now());
const a = (await gql(server.url, `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: q.id }, l.token)).startQuizAttempt.id;
const answers = q.questions.map((x) => ({ questionId: x.id, choiceIds: [x.choices[0].id] }));
const query = `mutation($a: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $answers) { id scorePercent passed } }`;
await gql(server.url, query, { a, answers }, l.token);

const opts = { url: server.url + '/graphql', connections: 8, duration: 3, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${l.token}` }, body: JSON.stringify({ query, variables: { a, answers } }) };
await autocannon(opts);
const r = await autocannon({ url: server.url + '/graphql', connections: 8, duration: 6, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${l.token}` }, body: JSON.stringify({ query, variables: { a, answers } }) });
console.log(Math.round(r.requests.average), r.latency.p99, r.non2xx);
server.child.kill('SIGINT'); await new Promise((r) => setTimeout(r, 1500));
