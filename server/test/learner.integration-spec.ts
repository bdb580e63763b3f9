import { codes, TestApp } from './test-app';

const COURSE = 'migrant-women';
const QUIZ = 'w1-quiz';

describe('the learner core loop over /graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const answerKey = async (): Promise<{ questionId: string; choiceIds: string[] }[]> => {
    const admin = await t.signInAdmin();
    const data = await t.ok(`query($id: ID!) { quiz(id: $id) { questions { id choices { id isCorrect } } } }`, { id: QUIZ }, admin);
    return data.quiz.questions.map((q: any) => ({ questionId: q.id, choiceIds: q.choices.filter((c: any) => c.isCorrect).map((c: any) => c.id) }));
  };
  const wrongAnswers = (key: { questionId: string; choiceIds: string[] }[]) => key.map((a) => ({ questionId: a.questionId, choiceIds: [] }));
  const start = (token: string) => t.ok(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id submittedAt } }`, { q: QUIZ }, token);
  const SUBMIT = `mutation($a: ID!, $answers: [AnswerInput!]!) {
    submitQuizAttempt(attemptId: $a, answers: $answers) {
      id submittedAt scorePercent passed feedback { questionId correct explanation correctChoiceIds }
    }
  }`;

  describe('accounts', () => {
    it('registers a trainee and returns a token that signs them in', async () => {
      const { token, email } = await t.registerTrainee();
      const me = await t.ok(`{ me { email role country locale name } }`, {}, token);
      expect(me.me).toEqual({ email, role: 'TRAINEE', country: 'SV', locale: 'EN', name: 'Ana Pérez' });
    });

    it('refuses a second registration of the same email, whatever its case', async () => {
      const { email } = await t.registerTrainee();
      const again = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
        i: { email: email.toUpperCase(), password: 'another long password', name: 'X', country: 'MX' },
      });
      expect(codes(again)).toEqual(['CONFLICT']);
    });

    it('names the field when registration input is invalid', async () => {
      const result = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
        i: { email: 'not-an-email', password: 'short', name: 'X', country: 'XX' },
      });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toMatch(/email/);
      expect(result.errors![0].message).toMatch(/password/);
      expect(result.errors![0].message).toMatch(/country/);
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const { email } = await t.registerTrainee();
      const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
      const wrong = await t.gql(SIGN_IN, { e: email, p: 'not the password at all' });
      const unknown = await t.gql(SIGN_IN, { e: 'nobody@campus.test', p: 'not the password at all' });
      expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    });

    it('treats a forged token as no token', async () => {
      const { token } = await t.registerTrainee();
      const forged = `${token.slice(0, -4)}AAAA`;
      expect((await t.ok(`{ me { id } }`, {}, forged)).me).toBeNull();
      expect(codes(await t.gql(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, forged))).toEqual(['UNAUTHENTICATED']);
    });

    it('creates the administrator from ADMIN_EMAIL and lets only admins change roles', async () => {
      const trainee = await t.registerTrainee();
      const other = await t.registerTrainee();
      const SET_ROLE = `mutation($u: ID!, $r: Role!) { setUserRole(userId: $u, role: $r) { id role } }`;
      expect(codes(await t.gql(SET_ROLE, { u: other.id, r: 'ADMIN' }, trainee.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(SET_ROLE, { u: other.id, r: 'ADMIN' }))).toEqual(['UNAUTHENTICATED']);
      const admin = await t.signInAdmin();
      expect((await t.ok(SET_ROLE, { u: other.id, r: 'INSTRUCTOR' }, admin)).setUserRole.role).toBe('INSTRUCTOR');
      expect(codes(await t.gql(SET_ROLE, { u: 'no-such-user', r: 'ADMIN' }, admin))).toEqual(['NOT_FOUND']);
    });
  });

  describe('course content', () => {
    it('serves the six-week course to anonymous visitors', async () => {
      const data = await t.ok(`{ courses { slug title weeks { number isWebinarWeek lessons { id completed } quizzes { id } } } }`);
      const [course] = data.courses;
      expect(course.slug).toBe(COURSE);
      expect(course.weeks.map((w: any) => w.isWebinarWeek)).toEqual([false, false, false, false, true, true]);
      expect(course.weeks.flatMap((w: any) => w.lessons).length).toBeGreaterThanOrEqual(16);
      expect(course.weeks.flatMap((w: any) => w.lessons).every((l: any) => l.completed === false)).toBe(true);
    });

    it('answers in the language of the request, the user, or the locale argument', async () => {
      const QUERY = `query($l: Locale) { course(slug: "${COURSE}", locale: $l) { title } }`;
      const english = await t.ok(QUERY);
      const spanish = await t.gql(QUERY, {}, undefined, { 'accept-language': 'es-SV,es;q=0.9' });
      const byArgument = await t.ok(QUERY, { l: 'ES' });
      expect(english.course.title).toMatch(/Migrant Women/);
      expect(spanish.data!.course.title).toMatch(/Mujeres Migrantes/i);
      expect(byArgument.course.title).toBe(spanish.data!.course.title);
      const { token } = await t.registerTrainee({ locale: 'ES' });
      expect((await t.ok(QUERY, {}, token)).course.title).toBe(spanish.data!.course.title);
    });

    it('serves lesson HTML with callouts and internal links only', async () => {
      const data = await t.ok(`{ lesson(id: "w1-migrant-women-in-the-region") { title html minutes next { id } previous { id } } }`);
      expect(data.lesson.html).toContain('class="callout callout-key-points"');
      expect(data.lesson.html).not.toMatch(/<script|onerror=|javascript:/i);
      expect(data.lesson.previous).toBeNull();
      expect(data.lesson.next.id).toBe('w1-rcm-and-the-guidelines');
    });

    it('returns null for a lesson or quiz that does not exist', async () => {
      const { token } = await t.registerTrainee();
      expect((await t.ok(`{ lesson(id: "nope") { id } }`)).lesson).toBeNull();
      expect((await t.ok(`{ quiz(id: "nope") { id } }`, {}, token)).quiz).toBeNull();
    });
  });

  describe('progress', () => {
    it('requires enrolment before a lesson can be completed, then counts it once', async () => {
      const { token } = await t.registerTrainee();
      const COMPLETE = `mutation { completeLesson(lessonId: "w1-migrant-women-in-the-region") { percent weeks { number percent } } }`;
      expect(codes(await t.gql(COMPLETE))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await t.gql(COMPLETE, {}, token))).toEqual(['FORBIDDEN']);
      const enrolled = await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled percent completed } }`, {}, token);
      expect(enrolled.enroll).toEqual({ enrolled: true, percent: 0, completed: false });
      const first = await t.ok(COMPLETE, {}, token);
      const second = await t.ok(COMPLETE, {}, token);
      expect(first.completeLesson.percent).toBeGreaterThan(0);
      expect(second.completeLesson).toEqual(first.completeLesson);
      expect(first.completeLesson.weeks[0].percent).toBeCloseTo(100 / 6, 0);
      const lesson = await t.ok(`{ lesson(id: "w1-migrant-women-in-the-region") { completed } }`, {}, token);
      expect(lesson.lesson.completed).toBe(true);
    });

    it('reports a missing course as NOT_FOUND', async () => {
      const { token } = await t.registerTrainee();
      expect(codes(await t.gql(`{ myProgress(courseSlug: "nope") { percent } }`, {}, token))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql(`mutation { completeLesson(lessonId: "nope") { percent } }`, {}, token))).toEqual(['NOT_FOUND']);
    });
  });

  describe('quizzes', () => {
    it('keeps the answer key from trainees and anonymous visitors', async () => {
      const { token } = await t.registerTrainee();
      const KEY = `{ quiz(id: "${QUIZ}") { questions { choices { id isCorrect } } } }`;
      const asTrainee = await t.gql(KEY, {}, token);
      expect(codes(asTrainee)).toContain('FORBIDDEN');
      expect(JSON.stringify(asTrainee.data ?? {})).not.toMatch(/"isCorrect":(true|false)/);
      expect(codes(await t.gql(KEY))).toEqual(['UNAUTHENTICATED']);
      expect((await answerKey()).every((a) => a.choiceIds.length > 0)).toBe(true);
    });

    it('grades on the server, returns the first result on resubmission, and keeps a pass', async () => {
      const { token } = await t.registerTrainee();
      await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, token);
      const key = await answerKey();

      const first = (await start(token)).startQuizAttempt;
      expect(first.submittedAt).toBeNull();
      expect((await start(token)).startQuizAttempt.id).toBe(first.id);
      const failed = (await t.ok(SUBMIT, { a: first.id, answers: wrongAnswers(key) }, token)).submitQuizAttempt;
      expect(failed).toMatchObject({ scorePercent: 0, passed: false });
      expect(failed.feedback).toHaveLength(key.length);
      expect(failed.feedback.every((f: any) => !f.correct && f.explanation.length > 20 && f.correctChoiceIds === null)).toBe(true);

      const resubmitted = (await t.ok(SUBMIT, { a: first.id, answers: key }, token)).submitQuizAttempt;
      expect(resubmitted).toEqual(failed);

      const second = (await start(token)).startQuizAttempt;
      expect(second.id).not.toBe(first.id);
      const passed = (await t.ok(SUBMIT, { a: second.id, answers: key }, token)).submitQuizAttempt;
      expect(passed).toMatchObject({ scorePercent: 100, passed: true });
      expect(passed.feedback.every((f: any) => f.correct && f.correctChoiceIds.length > 0)).toBe(true);

      const third = (await start(token)).startQuizAttempt;
      await t.ok(SUBMIT, { a: third.id, answers: wrongAnswers(key) }, token);
      const standing = await t.ok(`{ quiz(id: "${QUIZ}") { attemptsUsed bestScorePercent passed maxAttempts } }`, {}, token);
      expect(standing.quiz).toEqual({ attemptsUsed: 3, bestScorePercent: 100, passed: true, maxAttempts: 3 });
      expect(codes(await t.gql(`mutation { startQuizAttempt(quizId: "${QUIZ}") { id } }`, {}, token))).toEqual(['CONFLICT']);
    });

    it('refuses answers that are not part of the quiz, and attempts of someone else', async () => {
      const owner = await t.registerTrainee();
      const other = await t.registerTrainee();
      for (const { token } of [owner, other]) await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, token);
      const attempt = (await start(owner.token)).startQuizAttempt;
      const bad = await t.gql(SUBMIT, { a: attempt.id, answers: [{ questionId: 'w2-q01', choiceIds: [] }] }, owner.token);
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      const stolen = await t.gql(SUBMIT, { a: attempt.id, answers: [] }, other.token);
      expect(codes(stolen)).toEqual(['NOT_FOUND']);
      const stillOpen = (await start(owner.token)).startQuizAttempt;
      expect(stillOpen).toEqual({ id: attempt.id, submittedAt: null });
    });

    it('refuses a quiz attempt before enrolment', async () => {
      const { token } = await t.registerTrainee();
      expect(codes(await t.gql(`mutation { startQuizAttempt(quizId: "${QUIZ}") { id } }`, {}, token))).toEqual(['FORBIDDEN']);
    });
  });

  it('answers GET /health with status ok', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});
