import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, codes, GqlResult, TestApp } from './test-app';

/**
 * Every query and mutation of the schema, called by each kind of person, with the
 * outcome expected. A new operation without a row fails the first test.
 *   OK       no error at all
 *   ALLOWED  no UNAUTHENTICATED or FORBIDDEN (another refusal, e.g. a bad token, is fine)
 *   otherwise the error code expected
 */
type Outcome = 'OK' | 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const PERSONAS = ['anonymous', 'trainee', 'otherTrainee', 'instructor', 'focalPoint', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];

const COURSE = 'migrant-women';
const PASSWORD = 'a long enough password';
const [O, A, U, F, N] = ['OK', 'ALLOWED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const;

interface Fixture {
  t: TestApp;
  webinarId: string;
  attemptId: string;
  questionId: string;
  cohortId: string;
  traineeId: string;
  lessonId: string;
  quizId: string;
  freshUser: () => Promise<string>;
  freshWebinar: () => Promise<string>;
  unique: () => string;
}

interface Row {
  document: string;
  variables?: (f: Fixture, persona: Persona) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** Ends the caller's session: everyone signs in afresh after it. */
  endsSession?: boolean;
}

const ALL_OK: Row['expect'] = [O, O, O, O, O, O];
const SIGNED_IN: Row['expect'] = [U, O, O, O, O, O];
const STAFF: Row['expect'] = [U, F, F, O, O, O];
const ADMINS: Row['expect'] = [U, F, F, F, O, O];
const FULL_ADMIN: Row['expect'] = [U, F, F, F, F, O];
const ENROLLED: Row['expect'] = [U, O, O, F, F, F];

const MATRIX: Record<string, Row> = {
  // queries
  auditLog: { document: `{ auditLog { id } }`, expect: FULL_ADMIN },
  cohortProgress: { document: `query($c: ID!) { cohortProgress(cohortId: $c) { trainees { percent } } }`, variables: (f) => ({ c: f.cohortId }), expect: STAFF },
  cohorts: { document: `{ cohorts(courseSlug: "${COURSE}") { id } }`, expect: STAFF },
  completionDashboard: { document: `{ completionDashboard(courseSlug: "${COURSE}") { certificatesIssued } }`, expect: STAFF },
  completionReport: { document: `{ completionReport(courseSlug: "${COURSE}") { enrolled } }`, expect: STAFF },
  course: { document: `{ course(slug: "${COURSE}") { title } }`, expect: ALL_OK },
  courses: { document: `{ courses { slug } }`, expect: ALL_OK },
  lesson: { document: `query($l: ID!) { lesson(id: $l) { title } }`, variables: (f) => ({ l: f.lessonId }), expect: ALL_OK },
  me: { document: `{ me { id } }`, expect: ALL_OK },
  myCertificate: { document: `{ myCertificate(courseSlug: "${COURSE}") { code } }`, expect: SIGNED_IN },
  myData: { document: `{ myData }`, expect: SIGNED_IN },
  myNotifications: { document: `{ myNotifications { id } }`, expect: SIGNED_IN },
  myProgress: { document: `{ myProgress(courseSlug: "${COURSE}") { percent } }`, expect: SIGNED_IN },
  quiz: { document: `query($q: ID!) { quiz(id: $q) { title } }`, variables: (f) => ({ q: f.quizId }), expect: SIGNED_IN },
  users: { document: `{ users { total } }`, expect: ADMINS },
  verifyCertificate: { document: `{ verifyCertificate(code: "AAAAA-AAAAA-AAAAA-AAAAA") { valid } }`, expect: ALL_OK },
  webinar: { document: `query($w: ID!) { webinar(id: $w) { title } }`, variables: (f) => ({ w: f.webinarId }), expect: ALL_OK },
  webinarRoster: { document: `query($w: ID!) { webinarRoster(webinarId: $w) { attended } }`, variables: (f) => ({ w: f.webinarId }), expect: STAFF },
  webinars: { document: `{ webinars(courseSlug: "${COURSE}") { id } }`, expect: ALL_OK },
  // mutations
  anonymiseUser: { document: `mutation($u: ID!) { anonymiseUser(userId: $u) { id } }`, variables: async (f) => ({ u: await f.freshUser() }), expect: ADMINS },
  askWebinarQuestion: { document: `mutation($w: ID!) { askWebinarQuestion(webinarId: $w, text: "How?") { id } }`, variables: (f) => ({ w: f.webinarId }), expect: SIGNED_IN },
  calendarFeedUrl: { document: `mutation { calendarFeedUrl }`, expect: SIGNED_IN },
  cancelWebinar: { document: `mutation($w: ID!) { cancelWebinar(id: $w) { id } }`, variables: async (f) => ({ w: await f.freshWebinar() }), expect: STAFF },
  changePassword: { document: `mutation($p: String!) { changePassword(currentPassword: $p, newPassword: $p) { token } }`, variables: (_f, persona) => ({ p: persona === 'admin' ? ADMIN.password : PASSWORD }), expect: SIGNED_IN, endsSession: true },
  completeLesson: { document: `mutation($l: ID!) { completeLesson(lessonId: $l) { percent } }`, variables: (f) => ({ l: f.lessonId }), expect: ENROLLED },
  createCohort: { document: `mutation { createCohort(input: { courseSlug: "${COURSE}", name: "M", startsOn: "2027-01-04", timeZone: "UTC" }) { id } }`, expect: STAFF },
  createPasswordResetLink: { document: `mutation($u: ID!) { createPasswordResetLink(userId: $u) }`, variables: async (f) => ({ u: await f.freshUser() }), expect: ADMINS },
  enroll: { document: `mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, expect: SIGNED_IN },
  inviteUsers: { document: `mutation($c: String!) { inviteUsers(csv: $c) { invited } }`, variables: (f) => ({ c: `${f.unique()}@campus.test,Invited Person,SV,` }), expect: ADMINS },
  markNotificationsRead: { document: `mutation { markNotificationsRead }`, expect: SIGNED_IN },
  recordAttendance: {
    document: `mutation($w: ID!, $u: ID!) { recordAttendance(webinarId: $w, userId: $u, attended: true) }`,
    variables: (f) => ({ w: f.webinarId, u: f.traineeId }),
    expect: STAFF,
  },
  recordAttendanceCsv: { document: `mutation($w: ID!) { recordAttendanceCsv(webinarId: $w, csv: "nobody@campus.test") { refused } }`, variables: (f) => ({ w: f.webinarId }), expect: STAFF },
  register: {
    document: `mutation($i: RegisterInput!) { register(input: $i) { token } }`,
    variables: (f) => ({ i: { email: `${f.unique()}@campus.test`, password: PASSWORD, name: 'New Person', country: 'CR' } }),
    expect: ALL_OK,
  },
  requestAccountDeletion: { document: `mutation { requestAccountDeletion }`, expect: SIGNED_IN },
  resetPassword: { document: `mutation { resetPassword(token: "not-a-token", password: "${PASSWORD}") }`, expect: [A, A, A, A, A, A] },
  revokeCertificate: { document: `mutation { revokeCertificate(code: "AAAAA-AAAAA-AAAAA-AAAAA", reason: "test") { code } }`, expect: [U, F, F, F, F, N] },
  rsvpWebinar: { document: `mutation($w: ID!) { rsvpWebinar(webinarId: $w, going: true) { id } }`, variables: (f) => ({ w: f.webinarId }), expect: SIGNED_IN },
  scheduleWebinar: {
    document: `mutation { scheduleWebinar(input: { courseSlug: "${COURSE}", week: 6, title: "W", startsAt: "2030-01-01T15:00:00.000Z", durationMinutes: 60, joinUrl: "https://meet.example.org/w" }) { id } }`,
    expect: STAFF,
  },
  setFocalPoint: { document: `mutation($u: ID!) { setFocalPoint(userId: $u, country: null) { id } }`, variables: async (f) => ({ u: await f.freshUser() }), expect: FULL_ADMIN },
  setUserActive: { document: `mutation($u: ID!) { setUserActive(userId: $u, active: false) { id } }`, variables: async (f) => ({ u: await f.freshUser() }), expect: ADMINS },
  setUserRole: { document: `mutation($u: ID!) { setUserRole(userId: $u, role: TRAINEE) { id } }`, variables: async (f) => ({ u: await f.freshUser() }), expect: FULL_ADMIN },
  signIn: { document: `mutation { signIn(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`, expect: ALL_OK },
  signOut: { document: `mutation { signOut }`, expect: SIGNED_IN, endsSession: true },
  // Staff enrolled by the enroll row joined a cohort whose week 1 is not open: allowed by role, refused by state.
  startQuizAttempt: { document: `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, variables: (f) => ({ q: f.quizId }), expect: [U, O, O, A, A, A] },
  submitQuizAttempt: {
    document: `mutation($a: ID!) { submitQuizAttempt(attemptId: $a, answers: []) { id } }`,
    variables: (f) => ({ a: f.attemptId }),
    expect: [U, O, N, N, N, N],
  },
  updateMyPreferences: { document: `mutation { updateMyPreferences(locale: ES) { id } }`, expect: SIGNED_IN },
  updateWebinar: { document: `mutation($w: ID!) { updateWebinar(id: $w, input: { title: "Renamed" }) { id } }`, variables: async (f) => ({ w: await f.freshWebinar() }), expect: STAFF },
  voteWebinarQuestion: { document: `mutation($q: ID!) { voteWebinarQuestion(questionId: $q, up: true) { id } }`, variables: (f) => ({ q: f.questionId }), expect: SIGNED_IN },
};

const schemaOperations = () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
  return [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
};

function outcomeOf(result: GqlResult): Outcome | string {
  const found = codes(result);
  if (found.length === 0) return 'OK';
  if (found.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (found.includes('FORBIDDEN')) return 'FORBIDDEN';
  return found[0] ?? 'unknown';
}

describe('the role and ownership matrix', () => {
  let t: TestApp;
  let fixture: Fixture;
  const emails: Partial<Record<Persona, string>> = {};
  let tokens: Partial<Record<Persona, string>> = {};

  const signInAll = async () => {
    tokens = {};
    for (const persona of PERSONAS) {
      if (persona === 'anonymous') continue;
      const password = persona === 'admin' ? ADMIN.password : PASSWORD;
      tokens[persona] = (await t.ok(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: emails[persona], p: password })).signIn.token;
    }
  };

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.signInAdmin();
    emails.admin = ADMIN.email;
    const trainee = await t.registerTrainee({ country: 'SV' });
    const other = await t.registerTrainee({ country: 'GT' });
    const instructor = await t.registerTrainee();
    const focal = await t.registerTrainee({ country: 'SV' });
    Object.assign(emails, { trainee: trainee.email, otherTrainee: other.email, instructor: instructor.email, focalPoint: focal.email });
    await t.ok(`mutation($u: ID!) { setUserRole(userId: $u, role: INSTRUCTOR) { id } }`, { u: instructor.id }, admin);
    await t.ok(`mutation($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }`, { u: focal.id }, admin);
    await t.ok(`mutation($u: ID!) { setFocalPoint(userId: $u, country: "SV") { id } }`, { u: focal.id }, admin);
    for (const { token } of [trainee, other]) await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, token);
    const outline = await t.ok(`{ course(slug: "${COURSE}") { weeks { lessons { id } quizzes { id } } } }`);
    const schedule = async () =>
      (await t.ok(`mutation { scheduleWebinar(input: { courseSlug: "${COURSE}", week: 5, title: "W", startsAt: "2030-01-01T15:00:00.000Z", durationMinutes: 60, joinUrl: "https://meet.example.org/w" }) { id } }`, {}, tokens.admin ?? admin))
        .scheduleWebinar.id as string;
    const webinarId = await schedule();
    const quizId = outline.course.weeks[0].quizzes[0].id;
    const attemptId = (await t.ok(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quizId }, trainee.token)).startQuizAttempt.id;
    const questionId = (await t.ok(`mutation($w: ID!) { askWebinarQuestion(webinarId: $w, text: "Which?") { id } }`, { w: webinarId }, trainee.token)).askWebinarQuestion.id;
    const cohortId = (await t.ok(`mutation { createCohort(input: { courseSlug: "${COURSE}", name: "C", startsOn: "2026-01-05", timeZone: "UTC" }) { id } }`, {}, admin)).createCohort.id;
    let n = 0;
    fixture = {
      t,
      webinarId,
      attemptId,
      questionId,
      cohortId,
      quizId,
      traineeId: trainee.id,
      lessonId: outline.course.weeks[0].lessons[0].id,
      unique: () => `matrix-${Date.now()}-${++n}`,
      freshUser: async () => (await t.registerTrainee({ country: 'SV' })).id,
      freshWebinar: schedule,
    };
    await signInAll();
  });
  afterAll(() => t.close());

  it('has a row for every query and mutation in the schema', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(schemaOperations());
  });

  it.each(Object.keys(MATRIX))('%s answers each person as expected', async (operation) => {
    const row = MATRIX[operation];
    const seen: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const [index, persona] of PERSONAS.entries()) {
      const variables = row.variables ? await row.variables(fixture, persona) : {};
      const result = await t.gql(row.document, variables, tokens[persona]);
      const outcome = outcomeOf(result);
      const expected = row.expect[index];
      seen[persona] = expected === 'ALLOWED' && outcome !== 'UNAUTHENTICATED' && outcome !== 'FORBIDDEN' ? 'ALLOWED' : outcome;
      wanted[persona] = expected;
      if (row.endsSession) await signInAll();
    }
    expect(seen).toEqual(wanted);
  });
});
