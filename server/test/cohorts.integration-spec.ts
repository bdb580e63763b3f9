import { codes, TestApp } from './test-app';

const COURSE = 'migrant-women';
const localDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

describe('cohorts and week opening', () => {
  let t: TestApp;
  let admin: string;
  const CREATE = `mutation($i: CohortInput!) { createCohort(input: $i) { id name startsOn timeZone selfPaced } }`;
  const OUTLINE = `{ course(slug: "${COURSE}") { weeks { number opensAt lessons { id } quizzes { id } } } }`;
  const enroll = (token: string, cohortId?: string) =>
    t.ok(`mutation($c: ID) { enroll(courseSlug: "${COURSE}", cohortId: $c) { enrolled } }`, { c: cohortId ?? null }, token);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signInAdmin();
  });
  afterAll(() => t.close());

  it('lets only staff create cohorts, with a real date and time zone', async () => {
    const trainee = await t.registerTrainee();
    const input = { courseSlug: COURSE, name: 'Cohort', startsOn: localDate(10), timeZone: 'America/El_Salvador' };
    expect(codes(await t.gql(CREATE, { i: input }, trainee.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE, { i: { ...input, timeZone: 'Mars/Olympus' } }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(CREATE, { i: { ...input, startsOn: '2027-02-30' } }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(CREATE, { i: { ...input, courseSlug: 'nope' } }, admin))).toEqual(['NOT_FOUND']);
  });

  it('keeps every week open in the self-paced default cohort', async () => {
    const trainee = await t.registerTrainee();
    await enroll(trainee.token);
    const outline = await t.ok(OUTLINE, {}, trainee.token);
    expect(outline.course.weeks.every((w: any) => w.opensAt === null)).toBe(true);
    await t.ok(`mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: outline.course.weeks[3].lessons[0].id }, trainee.token);
  });

  it('opens week N at the cohort start plus N-1 weeks and refuses closed weeks', async () => {
    const started = (await t.ok(CREATE, { i: { courseSlug: COURSE, name: 'Started two weeks ago', startsOn: localDate(-15), timeZone: 'America/Tegucigalpa' } }, admin)).createCohort;
    const trainee = await t.registerTrainee();
    await enroll(trainee.token, started.id);
    const outline = await t.ok(OUTLINE, {}, trainee.token);
    const weeks = outline.course.weeks;
    expect(new Date(weeks[1].opensAt).getTime() - new Date(weeks[0].opensAt).getTime()).toBe(7 * 86_400_000);
    expect(new Date(weeks[2].opensAt).getTime()).toBeLessThan(Date.now());
    expect(new Date(weeks[3].opensAt).getTime()).toBeGreaterThan(Date.now());

    await t.ok(`mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: weeks[2].lessons[0].id }, trainee.token);
    const closedLesson = await t.gql(`mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: weeks[3].lessons[0].id }, trainee.token);
    expect(codes(closedLesson)).toEqual(['CONFLICT']);
    expect(closedLesson.errors![0].message).toMatch(/Week 4 opens on/);
    expect(codes(await t.gql(`query($l: ID!) { lesson(id: $l) { title } }`, { l: weeks[3].lessons[0].id }, trainee.token))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: weeks[3].quizzes[0].id }, trainee.token))).toEqual(['CONFLICT']);
    expect((await t.ok(`query($l: ID!) { lesson(id: $l) { title } }`, { l: weeks[3].lessons[0].id }, admin)).lesson.title).toBeTruthy();
  });

  it('puts a trainee who names no cohort in the cohort open now', async () => {
    const upcoming = (await t.ok(CREATE, { i: { courseSlug: COURSE, name: 'Upcoming', startsOn: localDate(3), timeZone: 'America/Mexico_City' } }, admin)).createCohort;
    const trainee = await t.registerTrainee();
    await enroll(trainee.token);
    const outline = await t.ok(OUTLINE, {}, trainee.token);
    expect(outline.course.weeks[0].opensAt).not.toBeNull();
    const cohorts = await t.ok(`{ cohorts(courseSlug: "${COURSE}") { id selfPaced } }`, {}, admin);
    expect(cohorts.cohorts.map((c: any) => c.id)).toContain(upcoming.id);
    expect(codes(await t.gql(`mutation { enroll(courseSlug: "${COURSE}", cohortId: "no-such-cohort") { enrolled } }`, {}, (await t.registerTrainee()).token))).toEqual(['NOT_FOUND']);
  });

  it('shows staff each trainee\'s weeks and who is behind', async () => {
    const cohort = (await t.ok(CREATE, { i: { courseSlug: COURSE, name: 'Three weeks in', startsOn: localDate(-22), timeZone: 'America/Panama' } }, admin)).createCohort;
    const ahead = await t.registerTrainee({ name: 'Ana Adelante' });
    const behind = await t.registerTrainee({ name: 'Beatriz Atrasada' });
    for (const { token } of [ahead, behind]) await enroll(token, cohort.id);
    const outline = await t.ok(OUTLINE, {}, ahead.token);
    for (const lesson of outline.course.weeks[0].lessons) await t.ok(`mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, { l: lesson.id }, ahead.token);
    const quizId = outline.course.weeks[0].quizzes[0].id;
    const key = await t.ok(`query($id: ID!) { quiz(id: $id) { questions { id choices { id isCorrect } } } }`, { id: quizId }, admin);
    const answers = key.quiz.questions.map((q: any) => ({ questionId: q.id, choiceIds: q.choices.filter((c: any) => c.isCorrect).map((c: any) => c.id) }));
    const attempt = await t.ok(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quizId }, ahead.token);
    await t.ok(`mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { passed } }`, { a: attempt.startQuizAttempt.id, x: answers }, ahead.token);
    const REPORT = `query($c: ID!) { cohortProgress(cohortId: $c) { cohort { name } trainees { user { name } percent weeks { number percent } weeksBehind } } }`;
    expect(codes(await t.gql(REPORT, { c: cohort.id }, ahead.token))).toEqual(['FORBIDDEN']);
    const report = (await t.ok(REPORT, { c: cohort.id }, admin)).cohortProgress;
    expect(report.cohort.name).toBe('Three weeks in');
    const [a, b] = report.trainees;
    expect(a.user.name).toBe('Ana Adelante');
    expect(a.weeks[0].percent).toBe(100);
    expect(a.weeksBehind).toEqual([2, 3]);
    expect(b.weeksBehind).toEqual([1, 2, 3]);
  });
});
