import { codes, TestApp } from './test-app';

describe('many requests at once, and sessions read from memory', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signInAdmin();
  });
  afterAll(() => t.close());

  it('keeps registrations and enrolments made at the same time apart', async () => {
    const enroll = async (token: string) => (await t.gql(`mutation { enroll(courseSlug: "migrant-women") { enrolled } }`, {}, token)).data?.enroll.enrolled;
    const first = await Promise.all(Array.from({ length: 12 }, () => t.registerTrainee()));
    // registering saves a user in a transaction of TypeORM's own; enrolling opens one of ours
    const [enrolled, registered] = await Promise.all([Promise.all(first.map((trainee) => enroll(trainee.token))), Promise.all(Array.from({ length: 12 }, () => t.registerTrainee()))]);
    expect(enrolled).toEqual(Array(12).fill(true));
    expect(await Promise.all(registered.map((trainee) => enroll(trainee.token)))).toEqual(Array(12).fill(true));
  });

  it('ends a session just used as soon as the account is deactivated, and shows a new role at once', async () => {
    const person = await t.registerTrainee();
    expect((await t.ok(`{ me { role } }`, {}, person.token)).me.role).toBe('TRAINEE');
    await t.ok(`mutation($u: ID!) { setUserRole(userId: $u, role: INSTRUCTOR) { role } }`, { u: person.id }, admin);
    expect((await t.ok(`{ me { role } }`, {}, person.token)).me.role).toBe('INSTRUCTOR');
    expect(codes(await t.gql(`{ cohorts(courseSlug: "migrant-women") { id } }`, {}, person.token))).toEqual([]);
    await t.ok(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { deactivatedAt } }`, { u: person.id }, admin);
    expect((await t.ok(`{ me { id } }`, {}, person.token)).me).toBeNull();
    expect(codes(await t.gql(`{ cohorts(courseSlug: "migrant-women") { id } }`, {}, person.token))).toEqual(['UNAUTHENTICATED']);
  });
});
