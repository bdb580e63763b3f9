import jwt from 'jsonwebtoken';
import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '../src/config/config';
import { UserEntity } from '../src/users/user.entity';
import { codes, TestApp } from './test-app';

const OUTLINE = `{ course(slug: "migrant-women") { title weeks { number lessons { id completed } } } myProgress(courseSlug: "migrant-women") { percent } }`;
const [FIRST, SECOND, THIRD] = ['w1-migrant-women-in-the-region', 'w1-rcm-and-the-guidelines', 'w2-countries-of-origin'];

const completedIn = (data: any) =>
  data.course.weeks
    .flatMap((week: any) => week.lessons)
    .filter((lesson: any) => lesson.completed)
    .map((lesson: any) => lesson.id)
    .sort();
const completeBehindTheServersBack = (t: TestApp, userId: string, lessonId: string) =>
  t.sql(`INSERT INTO "lesson_completion" ("userId", "lessonId", "completedAt") VALUES (?, ?, CURRENT_TIMESTAMP)`, [userId, lessonId]);

/**
 * Learners' read queries are answered again from memory until something they show may have
 * changed. These tests change the database behind the server's back (raw SQL, as no request
 * would) to tell an answer kept from one computed anew.
 */
describe('answers kept in memory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const enrolledTrainee = async () => {
    const trainee = await t.registerTrainee();
    await t.ok(`mutation { enroll(courseSlug: "migrant-women") { enrolled } }`, {}, trainee.token);
    return trainee;
  };
  const completeLesson = (token: string, lessonId: string) => t.ok(`mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: lessonId }, token);

  it('answers the outline again from memory, and shows the learner their own write at once', async () => {
    const learner = await enrolledTrainee();
    expect(completedIn(await t.ok(OUTLINE, {}, learner.token))).toEqual([]);
    await completeBehindTheServersBack(t, learner.id, FIRST);
    expect(completedIn(await t.ok(OUTLINE, {}, learner.token))).toEqual([]);

    await completeLesson(learner.token, SECOND);
    expect(completedIn(await t.ok(OUTLINE, {}, learner.token))).toEqual([FIRST, SECOND].sort());
  });

  it('keeps one learner\'s answers when another learner writes, and forgets everyone\'s when staff write', async () => {
    const [ana, ben] = [await enrolledTrainee(), await enrolledTrainee()];
    await t.ok(OUTLINE, {}, ana.token);
    await completeBehindTheServersBack(t, ana.id, FIRST);
    await completeLesson(ben.token, FIRST);
    expect(completedIn(await t.ok(OUTLINE, {}, ana.token))).toEqual([]);

    const admin = await t.signInAdmin();
    await t.ok(`mutation($i: CohortInput!) { createCohort(input: $i) { id } }`, { i: { courseSlug: 'migrant-women', name: 'Cache cohort', startsOn: '2020-01-06', timeZone: 'America/Panama' } }, admin);
    expect(completedIn(await t.ok(OUTLINE, {}, ana.token))).toEqual([FIRST]);
  });

  it('keeps everyone\'s answers when someone registers or signs in, and forgets a learner\'s when their account changes', async () => {
    const [ana, ben] = [await enrolledTrainee(), await enrolledTrainee()];
    for (const learner of [ana, ben]) {
      await t.ok(OUTLINE, {}, learner.token);
      await completeBehindTheServersBack(t, learner.id, FIRST);
    }
    await t.registerTrainee();
    await t.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: ben.email, p: 'a long enough password' });
    expect(completedIn(await t.ok(OUTLINE, {}, ana.token))).toEqual([]);
    expect(completedIn(await t.ok(OUTLINE, {}, ben.token))).toEqual([]);

    await t.dataSource().getRepository(UserEntity).save({ id: ana.id, timeZone: 'America/Guatemala' });
    expect(completedIn(await t.ok(OUTLINE, {}, ana.token))).toEqual([FIRST]);
    expect(completedIn(await t.ok(OUTLINE, {}, ben.token))).toEqual([]);
  });

  it('keeps answers apart by token and by language', async () => {
    const [ana, ben] = [await enrolledTrainee(), await enrolledTrainee()];
    await completeLesson(ana.token, THIRD);
    expect(completedIn(await t.ok(OUTLINE, {}, ana.token))).toEqual([THIRD]);
    expect(completedIn(await t.ok(OUTLINE, {}, ben.token))).toEqual([]);
    const spanish = await t.gql(OUTLINE, {}, ana.token, { 'accept-language': 'es' });
    const english = await t.gql(OUTLINE, {}, ana.token, { 'accept-language': 'en' });
    expect(spanish.data.course.title).toMatch(/Derechos/);
    expect(english.data.course.title).toMatch(/Rights/);
  });

  it('keeps the viewer\'s account until it is written', async () => {
    const learner = await t.registerTrainee();
    const ME = `{ me { name locale } }`;
    expect((await t.ok(ME, {}, learner.token)).me).toEqual({ name: 'Ana Pérez', locale: 'EN' });
    await t.sql(`UPDATE "user" SET "name" = ? WHERE "id" = ?`, ['Ana María Pérez', learner.id]);
    expect((await t.ok(ME, {}, learner.token)).me.name).toBe('Ana Pérez');
    await t.ok(`mutation { updateMyPreferences(locale: ES) { id } }`, {}, learner.token);
    expect((await t.ok(ME, {}, learner.token)).me).toEqual({ name: 'Ana María Pérez', locale: 'ES' });
  });

  it('does not answer from memory once the token is signed out', async () => {
    const learner = await t.registerTrainee();
    await t.ok(OUTLINE, {}, learner.token);
    await t.ok(`mutation { signOut }`, {}, learner.token);
    expect(codes(await t.gql(OUTLINE, {}, learner.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('stops answering a token, from memory or not, once it expires', async () => {
    const learner = await enrolledTrainee();
    const { tokenSecret } = t.app.get<AppConfig>(APP_CONFIG);
    const shortLived = jwt.sign({ tv: 0 }, tokenSecret, { algorithm: 'HS256', subject: learner.id, expiresIn: 2 });
    expect((await t.ok(OUTLINE, {}, shortLived)).myProgress.percent).toBe(0);
    expect((await t.ok(`{ me { id } }`, {}, shortLived)).me.id).toBe(learner.id);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(codes(await t.gql(OUTLINE, {}, shortLived))).toEqual(['UNAUTHENTICATED']);
    expect((await t.ok(`{ me { id } }`, {}, shortLived)).me).toBeNull();
  });

  it('keeps what a visitor reads, but not what a token naming no one reads', async () => {
    const admin = await t.signInAdmin();
    const SCHEDULE = `mutation($i: WebinarInput!) { scheduleWebinar(input: $i) { id } }`;
    const input = { courseSlug: 'migrant-women', week: 5, title: 'National frameworks', startsAt: '2031-03-10T15:00:00.000Z', durationMinutes: 90, joinUrl: 'https://meet.example.org/national' };
    const webinar = (await t.ok(SCHEDULE, { i: input }, admin)).scheduleWebinar;
    const WEBINARS = `{ course(slug: "migrant-women") { weeks { webinars { id title } } } }`;
    const titleOf = (data: any) => data.course.weeks.flatMap((week: any) => week.webinars).find((w: any) => w.id === webinar.id).title;
    const retitle = (title: string) => t.sql(`UPDATE "webinar" SET "title" = ? WHERE "id" = ?`, [title, webinar.id]);

    expect(titleOf(await t.ok(WEBINARS))).toBe('National frameworks');
    expect(titleOf(await t.ok(WEBINARS, {}, 'not-a-token'))).toBe('National frameworks');
    await retitle('Renamed behind the server');
    expect(titleOf(await t.ok(WEBINARS))).toBe('National frameworks');
    expect(titleOf(await t.ok(WEBINARS, {}, 'not-a-token'))).toBe('Renamed behind the server');
  });

  it('does not keep queries that read more than the learner\'s own course and records', async () => {
    const learner = await t.registerTrainee();
    expect((await t.ok(`{ myData }`, {}, learner.token)).myData).toContain('Ana Pérez');
    await t.sql(`UPDATE "user" SET "name" = ? WHERE "id" = ?`, ['Ana María Pérez', learner.id]);
    expect((await t.ok(`{ myData }`, {}, learner.token)).myData).toContain('Ana María Pérez');
  });

  it('does not keep errors', async () => {
    const admin = await t.signInAdmin();
    const cohort = (await t.ok(`mutation($i: CohortInput!) { createCohort(input: $i) { id } }`, { i: { courseSlug: 'migrant-women', name: 'Later cohort', startsOn: '2031-01-06', timeZone: 'America/Panama' } }, admin)).createCohort;
    const learner = await t.registerTrainee();
    await t.ok(`mutation($c: ID) { enroll(courseSlug: "migrant-women", cohortId: $c) { enrolled } }`, { c: cohort.id }, learner.token);
    const LESSON = `{ lesson(id: "${THIRD}") { id } }`;
    expect(codes(await t.gql(LESSON, {}, learner.token))).toEqual(['CONFLICT']);
    await t.sql(`UPDATE "cohort" SET "startsOn" = ? WHERE "id" = ?`, ['2020-01-06', cohort.id]);
    expect((await t.ok(LESSON, {}, learner.token)).lesson.id).toBe(THIRD);
  });

  it('sends a kept answer with the headers and bytes of the first', async () => {
    const learner = await enrolledTrainee();
    const send = () => request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${learner.token}`).send({ query: OUTLINE });
    const first = await send();
    await completeBehindTheServersBack(t, learner.id, FIRST);
    const second = await send();
    expect(completedIn(second.body.data)).toEqual([]);
    expect(second.text).toBe(first.text);
    for (const header of ['content-type', 'content-security-policy', 'x-content-type-options', 'strict-transport-security']) {
      expect(second.headers[header]).toBeDefined();
      expect(second.headers[header]).toBe(first.headers[header]);
    }
    expect(second.headers['x-powered-by']).toBeUndefined();
  });
});

describe('with RESPONSE_CACHE_MB=0', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ RESPONSE_CACHE_MB: '0' });
  });
  afterAll(() => t.close());

  it('computes every answer', async () => {
    const learner = await t.registerTrainee();
    await t.ok(OUTLINE, {}, learner.token);
    await completeBehindTheServersBack(t, learner.id, FIRST);
    expect(completedIn(await t.ok(OUTLINE, {}, learner.token))).toEqual([FIRST]);
  });
});
