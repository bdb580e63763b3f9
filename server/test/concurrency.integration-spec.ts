import { In } from 'typeorm';
import { RateLimitHitEntity } from '../src/common/rate-limit.entity';
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

  it('commits transactions that arrive together, undoing alone the one that fails', async () => {
    const manager = t.dataSource().manager;
    const keys = ['together-1', 'together-2', 'together-3', 'together-4'];
    const write = (key: string) =>
      manager.transaction(async (tx) => {
        await tx.insert(RateLimitHitEntity, { key, at: new Date() });
        if (key === 'together-2') throw new Error('refused');
        return key;
      });
    const outcomes = await Promise.allSettled(keys.map(write));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const stored = await manager.findBy(RateLimitHitEntity, { key: In(keys) });
    expect(stored.map((hit) => hit.key).sort()).toEqual(['together-1', 'together-3', 'together-4']);
  });

  it('keeps a write made outside a transaction while one is open when that one is undone', async () => {
    const manager = t.dataSource().manager;
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const undone = manager.transaction(async (tx) => {
      await tx.insert(RateLimitHitEntity, { key: 'undone', at: new Date() });
      inside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('refused');
    });
    await opened;
    const [outcome] = await Promise.allSettled([undone, manager.insert(RateLimitHitEntity, { key: 'kept', at: new Date() })]);
    expect(outcome.status).toBe('rejected');
    const stored = await manager.findBy(RateLimitHitEntity, { key: In(['undone', 'kept']) });
    expect(stored.map((hit) => hit.key)).toEqual(['kept']);
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
