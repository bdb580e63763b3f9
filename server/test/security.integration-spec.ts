import request from 'supertest';
import { codes, TestApp } from './test-app';

describe('security', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  describe('sign-in', () => {
    it('stops guessing after 100 failures per account in an hour', async () => {
      const { email } = await t.registerTrainee();
      const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
      for (let i = 0; i < 100; i++) expect(codes(await t.gql(SIGN_IN, { e: email.toUpperCase(), p: `wrong password ${i}` }))).toEqual(['UNAUTHENTICATED']);
      const right = await t.gql(`mutation($e: String!) { signIn(email: $e, password: "a long enough password") { token } }`, { e: email });
      expect(codes(right)).toEqual(['CONFLICT']);
      expect(right.errors![0].message).toMatch(/Too many failed sign-ins/);
    });

    it('lets aliases try one guess per request: the first failure ends the mutation', async () => {
      const { email } = await t.registerTrainee();
      const guesses = Array.from({ length: 10 }, (_, i) => `g${i}: signIn(email: "${email}", password: "wrong password ${i}") { token }`).join(' ');
      expect(codes(await t.gql(`mutation { ${guesses} }`))).toEqual(['UNAUTHENTICATED']);
      const [{ failures }] = await t.sql(`SELECT COUNT(*) AS "failures" FROM "sign_in_failure" WHERE "account" = ?`, [email]);
      expect(Number(failures)).toBe(1);
    });

    it('refuses batched requests, which would multiply guesses', async () => {
      const res = await http().post('/graphql').set('content-type', 'application/json').send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
      expect(res.status).toBe(400);
    });

    it('refuses common passwords and accepts long passphrases', async () => {
      const register = (password: string) =>
        t.gql(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, { i: { email: `p${Date.now()}${Math.random()}@campus.test`, password, name: 'Pat', country: 'BZ' } });
      expect(codes(await register('password1234'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await register('qwertyuiop123'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await register('the consulate garden in tegucigalpa at dawn, with coffee'))).toEqual([]);
    });

    it('ends every session on sign-out and on a password change', async () => {
      const { token, email } = await t.registerTrainee();
      const second = (await t.ok(`mutation($e: String!) { signIn(email: $e, password: "a long enough password") { token } }`, { e: email })).signIn.token;
      const changed = await t.ok(`mutation { changePassword(currentPassword: "a long enough password", newPassword: "a different long passphrase") { token } }`, {}, token);
      expect((await t.ok(`{ me { id } }`, {}, second)).me).toBeNull();
      expect((await t.ok(`{ me { id } }`, {}, changed.changePassword.token)).me).not.toBeNull();
      await t.ok(`mutation { signOut }`, {}, changed.changePassword.token);
      expect((await t.ok(`{ me { id } }`, {}, changed.changePassword.token)).me).toBeNull();
      expect(codes(await t.gql(`mutation { changePassword(currentPassword: "wrong", newPassword: "x") { token } }`, {}, (await t.registerTrainee()).token))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('GraphQL limits', () => {
    it('refuses queries nested too deeply', async () => {
      const deep = `{ lesson(id: "w1-migrant-women-in-the-region") { ${'next { '.repeat(12)}id${' }'.repeat(12)} } }`;
      const result = await t.gql(deep);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toMatch(/nested too deeply/);
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ');
      expect((await t.gql(`{ ${aliases} }`)).errors![0].message).toMatch(/Too many aliases/);
    });

    it('refuses costly queries', async () => {
      const fields = 'id title html minutes completed slug';
      const lessons = Array.from({ length: 15 }, (_, i) => `l${i}: courses { weeks { lessons { ${fields} previous { ${fields} } next { ${fields} } } quizzes { questions { prompt choices { text } } } } }`).join(' ');
      expect((await t.gql(`{ course(slug: "migrant-women") { weeks { number title summary isWebinarWeek opensAt lessons { id title minutes completed } quizzes { id title passed attemptsUsed } webinars { id title startsAt } } } }`)).errors).toBeUndefined();
      expect((await t.gql(`{ ${lessons} }`)).errors![0].message).toMatch(/too costly/);
    });

    it('answers variables that do not fit their types as bad input, the same request after a good one too', async () => {
      const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { token } }`;
      const input = { email: 'typed@consulate.example.org', name: 'Typed Input', password: 'a long enough password', country: 'SV' };
      expect(codes(await t.gql(REGISTER, { i: { ...input, unknownField: 1 } }))).toEqual(['BAD_USER_INPUT']);
      expect((await t.gql(REGISTER, { i: input })).errors).toBeUndefined();
      expect(codes(await t.gql(REGISTER, { i: { ...input, email: 'other@consulate.example.org', country: 12 } }))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a body over the size limit and a simple cross-site form post', async () => {
      const big = await http().post('/graphql').set('content-type', 'application/json').send({ query: `{ me { id } } #${'x'.repeat(300_000)}` });
      expect(big.status).toBe(413);
      const form = await http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { id } }"}');
      expect(form.status).toBe(400);
    });

    it('masks unexpected errors', async () => {
      const result = await t.gql(`{ lesson(id: "x") { id } }`);
      expect(JSON.stringify(result)).not.toMatch(/stack|SELECT|\/work\//);
    });
  });

  it('sends security headers on pages and API responses', async () => {
    for (const path of ['/health', '/verify/AAAAA-AAAAA-AAAAA-AAAAA']) {
      const res = await http().get(path);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('tells liveness from readiness', async () => {
    expect((await http().get('/health/live')).body).toEqual({ status: 'alive' });
    expect((await http().get('/health/ready')).body).toEqual({ status: 'ok' });
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('turns introspection and the landing page off', async () => {
    expect(codes(await t.gql(`{ __schema { types { name } } }`)).length).toBeGreaterThan(0);
    const landing = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(landing.headers['content-type']).not.toMatch(/html/);
    expect(landing.text).not.toMatch(/<html|sandbox|graphiql/i);
  });
});
