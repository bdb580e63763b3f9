import request from 'supertest';
import { pdfText } from './pdf-text';
import { codes, TestApp } from './test-app';
import { verifyCredential } from '../src/certificates/credential-crypto';

const COURSE = 'migrant-women';

describe('completion and certificates', () => {
  let t: TestApp;
  let admin: string;
  let lessonIds: string[];
  let quizIds: string[];
  let webinarIds: string[];
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signInAdmin();
    const outline = await t.ok(`{ course(slug: "${COURSE}") { weeks { number isWebinarWeek lessons { id } quizzes { id } } } }`);
    lessonIds = outline.course.weeks.flatMap((w: any) => w.lessons.map((l: any) => l.id));
    quizIds = outline.course.weeks.flatMap((w: any) => w.quizzes.map((q: any) => q.id));
    const webinarWeeks = outline.course.weeks.filter((w: any) => w.isWebinarWeek).map((w: any) => w.number);
    webinarIds = [];
    for (const week of webinarWeeks) {
      const data = await t.ok(
        `mutation($i: WebinarInput!) { scheduleWebinar(input: $i) { id } }`,
        { i: { courseSlug: COURSE, week, title: `Webinar week ${week}`, startsAt: '2026-12-01T15:00:00.000Z', durationMinutes: 90, joinUrl: 'https://meet.example.org/campus' } },
        admin,
      );
      webinarIds.push(data.scheduleWebinar.id);
    }
  });
  afterAll(() => t.close());

  const passQuiz = async (token: string, quizId: string) => {
    const key = await t.ok(`query($id: ID!) { quiz(id: $id) { questions { id choices { id isCorrect } } } }`, { id: quizId }, admin);
    const answers = key.quiz.questions.map((q: any) => ({ questionId: q.id, choiceIds: q.choices.filter((c: any) => c.isCorrect).map((c: any) => c.id) }));
    const attempt = await t.ok(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quizId }, token);
    return t.ok(`mutation($a: ID!, $ans: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $ans) { passed } }`, { a: attempt.startQuizAttempt.id, ans: answers }, token);
  };
  const complete = (token: string, lessonId: string) => t.ok(`mutation($l: ID!) { completeLesson(lessonId: $l) { completed completedAt percent } }`, { l: lessonId }, token);
  const attend = (userId: string, webinarId: string, attended = true) =>
    t.ok(`mutation($w: ID!, $u: ID!, $a: Boolean!) { recordAttendance(webinarId: $w, userId: $u, attended: $a) }`, { w: webinarId, u: userId, a: attended }, admin);
  const myCertificate = async (token: string) => (await t.ok(`{ myCertificate(courseSlug: "${COURSE}") { code holderName courseTitle issuedAt pdfUrl revoked verifyUrl } }`, {}, token)).myCertificate;

  /** Everything but the last lesson. */
  const almostComplete = async (overrides: Record<string, unknown> = {}) => {
    const trainee = await t.registerTrainee(overrides);
    await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, trainee.token);
    for (const lessonId of lessonIds.slice(0, -1)) await complete(trainee.token, lessonId);
    for (const quizId of quizIds) await passQuiz(trainee.token, quizId);
    for (const webinarId of webinarIds) await attend(trainee.id, webinarId);
    return trainee;
  };

  it('completes the course and issues the certificate with the last lesson, once', async () => {
    const trainee = await almostComplete({ name: 'José Ñúñez' });
    expect(await myCertificate(trainee.token)).toBeNull();
    const before = await t.ok(`{ myProgress(courseSlug: "${COURSE}") { completed completedAt percent } }`, {}, trainee.token);
    expect(before.myProgress.completed).toBe(false);
    expect(before.myProgress.percent).toBeLessThan(100);

    const last = await complete(trainee.token, lessonIds.at(-1)!);
    expect(last.completeLesson).toMatchObject({ completed: true, percent: 100 });
    const certificate = await myCertificate(trainee.token);
    expect(certificate).toMatchObject({ holderName: 'José Ñúñez', revoked: false, pdfUrl: `/certificates/${certificate.code}.pdf` });
    expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(certificate.issuedAt).toBe(last.completeLesson.completedAt);

    await complete(trainee.token, lessonIds.at(-1)!);
    await attend(trainee.id, webinarIds[0], false);
    await attend(trainee.id, webinarIds[0], true);
    const again = await t.ok(`{ myProgress(courseSlug: "${COURSE}") { completedAt } }`, {}, trainee.token);
    expect(again.myProgress.completedAt).toBe(last.completeLesson.completedAt);
    expect(await myCertificate(trainee.token)).toEqual(certificate);
  });

  it('does not complete the course without attendance in every webinar week', async () => {
    const trainee = await almostComplete();
    await attend(trainee.id, webinarIds[1], false);
    const result = await complete(trainee.token, lessonIds.at(-1)!);
    expect(result.completeLesson).toMatchObject({ completed: false, completedAt: null });
    expect(await myCertificate(trainee.token)).toBeNull();
    await attend(trainee.id, webinarIds[1], true);
    expect((await myCertificate(trainee.token)).holderName).toBe('Ana Pérez');
  });

  it('keeps a passed quiz passed when a later attempt fails', async () => {
    const trainee = await t.registerTrainee();
    await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, trainee.token);
    await passQuiz(trainee.token, quizIds[0]);
    const attempt = await t.ok(`mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quizIds[0] }, trainee.token);
    await t.ok(`mutation($a: ID!) { submitQuizAttempt(attemptId: $a, answers: []) { passed } }`, { a: attempt.startQuizAttempt.id }, trainee.token);
    const quiz = await t.ok(`query($id: ID!) { quiz(id: $id) { passed bestScorePercent } }`, { id: quizIds[0] }, trainee.token);
    expect(quiz.quiz).toEqual({ passed: true, bestScorePercent: 100 });
  });

  it('verifies a certificate by code, as typed by a person, and shows revocation', async () => {
    const trainee = await almostComplete({ name: 'Ελένη Ольга <b>Pérez</b>' });
    await complete(trainee.token, lessonIds.at(-1)!);
    const { code } = await myCertificate(trainee.token);
    const VERIFY = `query($c: String!) { verifyCertificate(code: $c) { valid revoked holderName courseTitle issuedAt status } }`;
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect((await t.ok(VERIFY, { c: typed })).verifyCertificate).toMatchObject({ valid: true, revoked: false, holderName: 'Ελένη Ольга <b>Pérez</b>' });
    expect((await t.ok(VERIFY, { c: 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ' })).verifyCertificate).toEqual({ valid: false, revoked: false, holderName: null, courseTitle: null, issuedAt: null, status: 'unknown' });

    const page = await http().get(`/verify/${code}`).set('accept-language', 'es');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Certificado válido');
    expect(page.text).toContain('Ελένη Ольга &lt;b&gt;Pérez&lt;/b&gt;');
    expect(page.text).not.toContain('<b>Pérez');
    expect(page.text).not.toContain('<script');
    const unknown = await http().get('/verify/ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Unknown certificate');

    const REVOKE = `mutation($c: String!, $r: String!) { revokeCertificate(code: $c, reason: $r) { revoked revokedAt revokedReason } }`;
    expect(codes(await t.gql(REVOKE, { c: code, r: 'issued in error' }, trainee.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(REVOKE, { c: code, r: '  ' }, admin))).toEqual(['BAD_USER_INPUT']);
    const revoked = await t.ok(REVOKE, { c: code, r: 'issued in error' }, admin);
    expect(revoked.revokeCertificate).toMatchObject({ revoked: true, revokedReason: 'issued in error' });
    expect(codes(await t.gql(REVOKE, { c: code, r: 'again' }, admin))).toEqual(['CONFLICT']);
    expect((await t.ok(VERIFY, { c: code })).verifyCertificate).toMatchObject({ valid: false, revoked: true, status: 'revoked' });
    expect((await http().get(`/verify/${code}`)).text).toContain('Revoked certificate');
  });

  it('exports a verifiable credential that fails once edited or signed by another key', async () => {
    const trainee = await almostComplete();
    await complete(trainee.token, lessonIds.at(-1)!);
    const { code } = await myCertificate(trainee.token);
    const credential = (await http().get(`/certificates/${code}.json`)).body;
    const issuer = (await http().get('/.well-known/consular-campus-issuer.json')).body;
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.credentialSubject.name).toBe('Ana Pérez');
    expect(verifyCredential(credential, issuer.id)).toEqual({ valid: true });

    const edited = structuredClone(credential);
    edited.credentialSubject.name = 'Someone Else';
    expect(verifyCredential(edited, issuer.id).valid).toBe(false);
    const redated = structuredClone(credential);
    redated.validFrom = '2020-01-01T00:00:00.000Z';
    expect(verifyCredential(redated, issuer.id).valid).toBe(false);

    const other = await TestApp.start();
    try {
      const foreignIssuer = (await request(other.app.getHttpServer()).get('/.well-known/consular-campus-issuer.json')).body;
      expect(foreignIssuer.id).not.toBe(issuer.id);
      expect(verifyCredential(credential, foreignIssuer.id)).toEqual({ valid: false, reason: 'issued by another key' });
    } finally {
      await other.close();
    }
  });

  it('detects a certificate record edited in the database', async () => {
    const trainee = await almostComplete();
    await complete(trainee.token, lessonIds.at(-1)!);
    const { code } = await myCertificate(trainee.token);
    await t.sql(`UPDATE "certificate" SET "holderName" = 'Forged Name' WHERE "code" = ?`, [code]);
    const result = await t.ok(`query($c: String!) { verifyCertificate(code: $c) { valid status holderName } }`, { c: code });
    expect(result.verifyCertificate).toEqual({ valid: false, status: 'tampered', holderName: null });
    expect((await http().get(`/certificates/${code}.pdf`)).status).toBe(404);
  });

  it('prints the PDF in the holder\'s language with the name as written', async () => {
    const trainee = await almostComplete({ name: 'Zoë Nguyễn Ελένη Ольга', locale: 'ES' });
    await complete(trainee.token, lessonIds.at(-1)!);
    const { code } = await myCertificate(trainee.token);
    const res = await http().get(`/certificates/${code}.pdf`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body as Buffer);
    expect(text).toContain('Zoë Nguyễn Ελένη Ольга');
    expect(text).toContain('Certificado de finalización');
    expect(text).toContain(code);
    expect(text).toMatch(/Derechos Internacionales|Mujeres Migrantes/i);
    expect(text).toContain('30 horas de estudio');
  });

  it('prints the PDF and the verification page in French for a holder who chose French', async () => {
    const trainee = await almostComplete({ name: 'Hélène Côté', locale: 'FR' });
    await complete(trainee.token, lessonIds.at(-1)!);
    const { code, issuedAt } = await myCertificate(trainee.token);
    const res = await http().get(`/certificates/${code}.pdf`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const text = pdfText(res.body as Buffer);
    expect(text).toContain('Hélène Côté');
    expect(text).toContain('Certificat de réussite');
    expect(text).toContain('30 heures d’étude');
    expect(text).toContain(new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(issuedAt)));

    const page = await http().get(`/verify/${code}?lang=fr`);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain('Certificat valide');
    expect(page.text).toContain(`href="/verify/${code}?lang=en"`);
    expect(page.text).toContain(`href="/verify/${code}?lang=es"`);
    expect((await http().get(`/verify/${code}`).set('accept-language', 'fr-CA,fr;q=0.9')).text).toContain('Certificat valide');
  });
});

describe('certificate lookups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('are throttled per address so codes cannot be enumerated', async () => {
    const VERIFY = `query($c: String!) { verifyCertificate(code: $c) { valid } }`;
    const results = [];
    for (let i = 0; i < 35; i++) results.push(await t.gql(VERIFY, { c: `AAAAA-AAAAA-AAAAA-${String(i).padStart(5, '0')}` }));
    const refused = results.filter((r) => codes(r).includes('CONFLICT'));
    expect(results.slice(0, 30).every((r) => !r.errors)).toBe(true);
    expect(refused.length).toBe(5);
    expect((await request(t.app.getHttpServer()).get('/verify/AAAAA-AAAAA-AAAAA-AAAAA')).status).toBe(429);
  });
});
