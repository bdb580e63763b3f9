import { Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { EnrollmentEntity } from '../src/progress/progress.entities';
import { codes, TestApp } from './test-app';
import { CertificatesService } from '../src/certificates/certificates.service';

const COURSE = 'migrant-women';

describe('administration', () => {
  let t: TestApp;
  let admin: string;
  let focal: { token: string; id: string; email: string };
  let sv: { token: string; id: string; email: string };
  let gt: { token: string; id: string; email: string };
  const http = () => request(t.app.getHttpServer());
  const enroll = (token: string) => t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, token);
  const signIn = (email: string, password: string) => t.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: email, p: password });
  const csvOf = async (token: string, query = '') => {
    const res = await http().get(`/reports/completion.csv?course=${COURSE}${query}`).set('authorization', `Bearer ${token}`).buffer(true);
    return res;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signInAdmin();
    sv = await t.registerTrainee({ name: '=HYPERLINK("http://evil.example","José, \"Pepe\" Ñúñez")', country: 'SV', post: 'Consulado en Tapachula' });
    gt = await t.registerTrainee({ name: 'Guadalupe Ixchel', country: 'GT' });
    for (const { token } of [sv, gt]) await enroll(token);
    const person = await t.registerTrainee({ name: 'Fátima Focal', country: 'SV' });
    await t.ok(`mutation($u: ID!) { setUserRole(userId: $u, role: ADMIN) { role } }`, { u: person.id }, admin);
    await t.ok(`mutation($u: ID!) { setFocalPoint(userId: $u, country: "SV") { focalPointCountry } }`, { u: person.id }, admin);
    const again = await signIn(person.email, 'a long enough password');
    focal = { ...person, token: again.data!.signIn.token };
  });
  afterAll(() => t.close());

  describe('a country focal point', () => {
    it('sees and exports only their country', async () => {
      const users = (await t.ok(`{ users(filter: { role: TRAINEE }) { total items { country } } }`, {}, focal.token)).users;
      expect(users.items.map((u: any) => u.country)).toEqual(['SV']);
      expect(codes(await t.gql(`{ users(filter: { country: "GT" }) { total } }`, {}, focal.token))).toEqual(['FORBIDDEN']);

      const report = (await t.ok(`{ completionReport(courseSlug: "${COURSE}") { enrolled byCountry { country enrolled } rows { user { country } } } }`, {}, focal.token)).completionReport;
      expect(report.byCountry).toEqual([{ country: 'SV', enrolled: 1 }]);
      expect(report.rows.map((r: any) => r.user.country)).toEqual(['SV']);
      expect(codes(await t.gql(`{ completionReport(courseSlug: "${COURSE}", country: "GT") { enrolled } }`, {}, focal.token))).toEqual(['FORBIDDEN']);

      const csv = await csvOf(focal.token);
      expect(csv.status).toBe(200);
      expect(csv.text).not.toContain('Guadalupe');
      expect((await csvOf(focal.token, '&country=GT')).status).toBe(403);
    });

    it('cannot act outside their country or as a full administrator', async () => {
      expect(codes(await t.gql(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { id } }`, { u: gt.id }, focal.token))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql(`mutation($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }`, { u: sv.id }, focal.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(`{ auditLog { id } }`, {}, focal.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(`mutation($u: ID!) { anonymiseUser(userId: $u) { id } }`, { u: gt.id }, focal.token))).toEqual(['NOT_FOUND']);
    });
  });

  describe('users', () => {
    it('searches and filters by name, role, country and cohort', async () => {
      const found = (await t.ok(`{ users(filter: { search: "ixchel" }) { total items { email } } }`, {}, admin)).users;
      expect(found.items.map((u: any) => u.email)).toEqual([gt.email]);
      expect((await t.ok(`{ users(filter: { role: ADMIN }) { items { role } } }`, {}, admin)).users.items.every((u: any) => u.role === 'ADMIN')).toBe(true);
      expect((await t.ok(`{ users(filter: { search: "100%_" }) { total } }`, {}, admin)).users.total).toBe(0);
      expect(codes(await t.gql(`{ users { total } }`, {}, sv.token))).toEqual(['FORBIDDEN']);
      const cohort = (await t.ok(`mutation { createCohort(input: { courseSlug: "${COURSE}", name: "C", startsOn: "2026-01-05", timeZone: "UTC" }) { id } }`, {}, admin)).createCohort;
      const member = await t.registerTrainee({ name: 'Cohort Member' });
      await t.ok(`mutation($c: ID) { enroll(courseSlug: "${COURSE}", cohortId: $c) { enrolled } }`, { c: cohort.id }, member.token);
      expect((await t.ok(`query($c: ID) { users(filter: { cohortId: $c }) { items { name } } }`, { c: cohort.id }, admin)).users.items).toEqual([{ name: 'Cohort Member' }]);
    });

    it('deactivates an account, signing it out, and sets a password through a one-time link', async () => {
      const person = await t.registerTrainee();
      await t.ok(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { deactivatedAt } }`, { u: person.id }, admin);
      expect((await t.ok(`{ me { id } }`, {}, person.token)).me).toBeNull();
      expect(codes(await signIn(person.email, 'a long enough password'))).toEqual(['UNAUTHENTICATED']);
      await t.ok(`mutation($u: ID!) { setUserActive(userId: $u, active: true) { deactivatedAt } }`, { u: person.id }, admin);

      const link: string = (await t.ok(`mutation($u: ID!) { createPasswordResetLink(userId: $u) }`, { u: person.id }, admin)).createPasswordResetLink;
      const token = new URL(link).searchParams.get('token')!;
      const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`;
      expect(codes(await t.gql(RESET, { t: token, p: 'short' }))).toEqual(['BAD_USER_INPUT']);
      expect((await t.ok(RESET, { t: token, p: 'a brand new passphrase' })).resetPassword).toBe(true);
      expect(codes(await t.gql(RESET, { t: token, p: 'yet another passphrase' }))).toEqual(['BAD_USER_INPUT']);
      expect((await signIn(person.email, 'a brand new passphrase')).data!.signIn.token).toBeTruthy();
    });

    it('invites from CSV and reports every refused row with the reason', async () => {
      const csv = `email,name,country,post\nnew.one@campus.test,Nueva Una,HN,Consulado en Houston\n${gt.email},Dup,GT,\nbad-email,X,MX,\nnew.two@campus.test,Nuevo Dos,ZZ,\n`;
      const report = (await t.ok(`mutation($c: String!) { inviteUsers(csv: $c) { invited refused rows { line email status reason link } } }`, { c: csv }, admin)).inviteUsers;
      expect(report.invited).toBe(1);
      expect(report.rows.map((r: any) => [r.line, r.status])).toEqual([
        [2, 'INVITED'],
        [3, 'REFUSED'],
        [4, 'REFUSED'],
        [5, 'REFUSED'],
      ]);
      expect(report.rows[1].reason).toBe('already registered');
      const token = new URL(report.rows[0].link).searchParams.get('token')!;
      await t.ok(`mutation($t: String!) { resetPassword(token: $t, password: "the invited passphrase") }`, { t: token });
      expect((await signIn('new.one@campus.test', 'the invited passphrase')).data!.signIn.token).toBeTruthy();
      const focalInvite = (await t.ok(`mutation($c: String!) { inviteUsers(csv: $c) { rows { status reason } } }`, { c: 'gt.person@campus.test,Persona GT,GT,' }, focal.token)).inviteUsers;
      expect(focalInvite.rows).toEqual([{ status: 'REFUSED', reason: 'country: your access covers SV only' }]);
    });
  });

  describe('the completion CSV', () => {
    it('is UTF-8 with a BOM, with formula cells neutralised and quoting intact', async () => {
      const res = await csvOf(admin);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = parse(res.text.slice(1)) as string[][];
      expect(header).toEqual(['name', 'email', 'country', 'post', 'cohort', 'enrolled_at', 'percent', 'completed_at', 'certificate_code']);
      const row = rows.find((r) => r[1] === sv.email)!;
      expect(row[0]).toBe(`'=HYPERLINK("http://evil.example","José, "Pepe" Ñúñez")`);
      expect(row[3]).toBe('Consulado en Tapachula');
      expect(rows.every((r) => !/^[=+\-@]/.test(r[0]))).toBe(true);
      expect((await csvOf(sv.token)).status).toBe(403);
      expect((await http().get(`/reports/completion.csv?course=${COURSE}`)).status).toBe(401);
    });
  });

  describe('privacy', () => {
    it('gives a trainee all their data and records a deletion request', async () => {
      const data = JSON.parse((await t.ok(`{ myData }`, {}, sv.token)).myData);
      expect(data.profile.email).toBe(sv.email);
      expect(data.profile.passwordHash).toBeUndefined();
      expect(data.enrollments).toHaveLength(1);
      const asked = (await t.ok(`mutation { requestAccountDeletion }`, {}, sv.token)).requestAccountDeletion;
      const seen = (await t.ok(`{ users(filter: { search: "tapachula" }) { items { deletionRequestedAt } } }`, {}, admin)).users.items[0];
      expect(seen.deletionRequestedAt).toBe(asked);
    });

    it('keeps what people type out of the logs, even when their input is refused', async () => {
      const SECRET = 'Texto-Confidencial-7781';
      const written: string[] = [];
      const capture = (stream: NodeJS.WriteStream) =>
        jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
      const spies = [capture(process.stdout), capture(process.stderr)];
      t.app.useLogger(['log', 'error', 'warn', 'debug', 'verbose']);
      try {
        const person = await t.registerTrainee({ name: `Ana ${SECRET}`, country: 'HN', post: `Consulado ${SECRET}` });
        await t.ok(`mutation($csv: String!) { inviteUsers(csv: $csv) { invited } }`, { csv: `not-an-email,${SECRET},XX,${SECRET}` }, admin);
        await t.gql(`mutation($z: String) { updateMyPreferences(timeZone: $z) { id } }`, { z: SECRET }, person.token);
        await t.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: `${SECRET}@x.example.org`, p: SECRET });
        await t.gql(`mutation($c: String!, $r: String!) { revokeCertificate(code: $c, reason: $r) { code } }`, { c: SECRET, r: SECRET }, admin);
        await t.gql(`{ course(slug: "${SECRET}") { title } }`, {}, person.token);
        new Logger('Canary').warn('the log is being read');
      } finally {
        t.app.useLogger(['error']);
        spies.forEach((spy) => spy.mockRestore());
      }
      expect(written.join('')).toContain('the log is being read');
      expect(written.join('')).not.toContain(SECRET);
    });

    it('tells the self-paced cohort by what it is, not by its name', async () => {
      const named = (await t.ok(`mutation($i: CohortInput!) { createCohort(input: $i) { id } }`, { i: { courseSlug: COURSE, name: 'Self-paced', startsOn: '2020-01-06', timeZone: 'America/Belize' } }, admin)).createCohort;
      const [own, selfPaced] = [await t.registerTrainee({ name: 'Belice Uno', country: 'BZ' }), await t.registerTrainee({ name: 'Belice Dos', country: 'BZ' })];
      await t.ok(`mutation($c: ID) { enroll(courseSlug: "${COURSE}", cohortId: $c) { enrolled } }`, { c: named.id }, own.token);
      await enroll(selfPaced.token);
      const rows = (await t.ok(`{ completionReport(courseSlug: "${COURSE}", country: "BZ") { rows { user { name } cohortName cohortSelfPaced } } }`, {}, admin)).completionReport.rows;
      expect(rows).toEqual([
        { user: { name: 'Belice Dos' }, cohortName: 'Self-paced', cohortSelfPaced: true },
        { user: { name: 'Belice Uno' }, cohortName: 'Self-paced', cohortSelfPaced: false },
      ]);
    });

    it('anonymises a user while keeping counts and their certificate verifiable', async () => {
      const person = await t.registerTrainee({ name: 'Persona Anónima', country: 'PA' });
      await enroll(person.token);
      await t.dataSource().manager.update(EnrollmentEntity, { userId: person.id }, { completedAt: new Date() });
      const REPORT = `{ completionReport(courseSlug: "${COURSE}", country: "PA") { enrolled completed } }`;
      const before = (await t.ok(REPORT, {}, admin)).completionReport;
      await t.dataSource().transaction((m) => t.app.get(CertificatesService).issue(m, person.id, COURSE, new Date()));
      const [{ code }] = await t.sql(`SELECT "code" FROM "certificate" WHERE "userId" = ?`, [person.id]);

      const anonymised = (await t.ok(`mutation($u: ID!) { anonymiseUser(userId: $u) { name email post } }`, { u: person.id }, admin)).anonymiseUser;
      expect(anonymised.name).toBe('Anonymised user');
      expect(anonymised.email).not.toContain('campus.test');
      expect((await t.ok(REPORT, {}, admin)).completionReport).toEqual(before);
      expect((await t.ok(`query($c: String!) { verifyCertificate(code: $c) { valid holderName } }`, { c: code })).verifyCertificate).toEqual({ valid: true, holderName: 'Persona Anónima' });
      expect(codes(await signIn(person.email, 'a long enough password'))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('the audit log', () => {
    it('records privileged actions with who, what, when and from where', async () => {
      const log = (await t.ok(`{ auditLog(limit: 500) { action actorId targetId details ip at } }`, {}, admin)).auditLog;
      const actions = new Set(log.map((e: any) => e.action));
      for (const action of ['user.role', 'user.focal-point', 'user.deactivate', 'user.password-reset-link', 'user.invite', 'report.export', 'user.anonymise']) {
        expect(actions).toContain(action);
      }
      const exportEntry = log.find((e: any) => e.action === 'report.export');
      expect(exportEntry.actorId).toBeTruthy();
      expect(exportEntry.ip).toBeTruthy();
      expect(JSON.parse(exportEntry.details)).toMatchObject({ courseSlug: COURSE });
      expect(JSON.stringify(log)).not.toContain('HYPERLINK');
    });

    it('is append-only in the database itself', async () => {
      await expect(t.sql(`UPDATE "audit_entry" SET "action" = 'nothing'`)).rejects.toThrow(/append-only/);
      await expect(t.sql(`DELETE FROM "audit_entry"`)).rejects.toThrow(/append-only/);
    });
  });
});
