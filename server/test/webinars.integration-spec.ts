import ICAL from 'ical.js';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { NotificationsService } from '../src/notifications/notifications.service';
import { codes, TestApp } from './test-app';

const COURSE = 'migrant-women';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface Received {
  to: string;
  body: string;
}

/** A local SMTP server that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) received.push({ to: to.address, body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('webinars', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: string;
  let instructor: { token: string; id: string };
  let trainee: { token: string; id: string; email: string };
  let outsider: { token: string; id: string; email: string };
  const SCHEDULE = `mutation($i: WebinarInput!) { scheduleWebinar(input: $i) { id startsAt timeZone capacity } }`;
  const schedule = (extra: Record<string, unknown> = {}, token = instructor.token) =>
    t.ok(SCHEDULE, { i: { courseSlug: COURSE, week: 5, title: 'National frameworks', startsAt: inDays(3), durationMinutes: 90, joinUrl: 'https://meet.example.org/national', ...extra } }, token);
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`, REMINDER_INTERVAL_SECONDS: '0' });
    admin = await t.signInAdmin();
    const staff = await t.registerTrainee({ name: 'Inés Instructora' });
    await t.ok(`mutation($u: ID!) { setUserRole(userId: $u, role: INSTRUCTOR) { role } }`, { u: staff.id }, admin);
    instructor = staff;
    trainee = await t.registerTrainee({ locale: 'ES' });
    outsider = await t.registerTrainee();
    await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, trainee.token);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lets only staff schedule, with a valid week, link and time zone', async () => {
    expect(codes(await t.gql(SCHEDULE, { i: { courseSlug: COURSE, week: 5, title: 'x', startsAt: inDays(1), durationMinutes: 60, joinUrl: 'https://x.org' } }, trainee.token))).toEqual(['FORBIDDEN']);
    const bad = (extra: Record<string, unknown>) => t.gql(SCHEDULE, { i: { courseSlug: COURSE, week: 5, title: 'x', startsAt: inDays(1), durationMinutes: 60, joinUrl: 'https://x.org', ...extra } }, instructor.token);
    expect(codes(await bad({ week: 9 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bad({ joinUrl: 'javascript:alert(1)' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bad({ timeZone: 'Central Time' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bad({ durationMinutes: 5 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('stores a session in the week the United States changes clocks at the organiser\'s wall-clock time', async () => {
    // 10:00 in New York on Monday 15 March 2027, the day after clocks moved forward: 14:00Z (not 15:00Z).
    const data = await schedule({ startsAt: '2027-03-15T14:00:00.000Z', timeZone: 'America/New_York' });
    expect(data.scheduleWebinar).toMatchObject({ startsAt: '2027-03-15T14:00:00.000Z', timeZone: 'America/New_York' });
    const local = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(new Date(data.scheduleWebinar.startsAt));
    expect(local('America/New_York')).toBe('10:00');
    expect(local('America/El_Salvador')).toBe('08:00');
    expect(local('America/Toronto')).toBe('10:00');
  });

  it('shows the join link only to enrolled trainees and staff', async () => {
    const { scheduleWebinar } = await schedule();
    const Q = `query($id: ID!) { webinar(id: $id) { joinUrl } }`;
    expect((await t.ok(Q, { id: scheduleWebinar.id }, trainee.token)).webinar.joinUrl).toBe('https://meet.example.org/national');
    expect((await t.ok(Q, { id: scheduleWebinar.id }, instructor.token)).webinar.joinUrl).toBe('https://meet.example.org/national');
    expect((await t.ok(Q, { id: scheduleWebinar.id }, outsider.token)).webinar.joinUrl).toBeNull();
    expect((await t.ok(Q, { id: scheduleWebinar.id })).webinar.joinUrl).toBeNull();
  });

  it('serves an ICS entry that parses back, and carries updates and cancellation', async () => {
    const { scheduleWebinar } = await schedule({ startsAt: '2027-03-15T14:00:00.000Z', timeZone: 'America/New_York' });
    const ics = async () => (await http().get(`/webinars/${scheduleWebinar.id}.ics`).set('authorization', `Bearer ${trainee.token}`)).text;
    const event = (text: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    const first = event(await ics());
    expect(first.uid).toBe(`${scheduleWebinar.id}@consular-campus`);
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-03-15T14:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2027-03-15T15:30:00.000Z');
    expect(first.sequence).toBe(0);

    await t.ok(`mutation($id: ID!) { updateWebinar(id: $id, input: { startsAt: "2027-03-15T15:00:00.000Z" }) { id } }`, { id: scheduleWebinar.id }, instructor.token);
    const moved = event(await ics());
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2027-03-15T15:00:00.000Z');

    await t.ok(`mutation($id: ID!) { cancelWebinar(id: $id) { cancelledAt } }`, { id: scheduleWebinar.id }, instructor.token);
    const cancelled = new ICAL.Component(ICAL.parse(await ics())).getFirstSubcomponent('vevent')!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
    expect((await http().get(`/webinars/${scheduleWebinar.id}.ics`).set('authorization', `Bearer ${outsider.token}`)).status).toBe(404);
    expect((await http().get(`/webinars/${scheduleWebinar.id}.ics`)).status).toBe(404);
  });

  it('gives each user a secret calendar feed of their courses\' webinars', async () => {
    const { scheduleWebinar } = await schedule({ title: 'Feed check' });
    const url: string = (await t.ok(`mutation { calendarFeedUrl }`, {}, trainee.token)).calendarFeedUrl;
    const path = new URL(url).pathname;
    const feed = new ICAL.Component(ICAL.parse((await http().get(path)).text));
    expect(feed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toContain(`${scheduleWebinar.id}@consular-campus`);
    const rotated: string = (await t.ok(`mutation { calendarFeedUrl(rotate: true) }`, {}, trainee.token)).calendarFeedUrl;
    expect(rotated).not.toBe(url);
    expect((await http().get(path)).status).toBe(404);
  });

  it('keeps RSVPs within capacity', async () => {
    const { scheduleWebinar } = await schedule({ capacity: 1 });
    const other = await t.registerTrainee();
    await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, other.token);
    const RSVP = `mutation($id: ID!, $g: Boolean!) { rsvpWebinar(webinarId: $id, going: $g) { seatsTaken myRsvp } }`;
    expect((await t.ok(RSVP, { id: scheduleWebinar.id, g: true }, trainee.token)).rsvpWebinar).toEqual({ seatsTaken: 1, myRsvp: true });
    expect(codes(await t.gql(RSVP, { id: scheduleWebinar.id, g: true }, other.token))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(RSVP, { id: scheduleWebinar.id, g: true }, outsider.token))).toEqual(['FORBIDDEN']);
    await t.ok(RSVP, { id: scheduleWebinar.id, g: false }, trainee.token);
    expect((await t.ok(RSVP, { id: scheduleWebinar.id, g: true }, other.token)).rsvpWebinar).toEqual({ seatsTaken: 1, myRsvp: true });
  });

  it('takes plain-text questions before the start and ranks them by votes', async () => {
    const { scheduleWebinar } = await schedule();
    const ASK = `mutation($id: ID!, $t: String!) { askWebinarQuestion(webinarId: $id, text: $t) { id text } }`;
    const first = (await t.ok(ASK, { id: scheduleWebinar.id, t: 'How do we refer   a returnee?\u0007' }, trainee.token)).askWebinarQuestion;
    expect(first.text).toBe('How do we refer a returnee?');
    const second = (await t.ok(ASK, { id: scheduleWebinar.id, t: '<b>Which</b> agreements apply?' }, instructor.token)).askWebinarQuestion;
    expect(codes(await t.gql(ASK, { id: scheduleWebinar.id, t: 'x'.repeat(501) }, trainee.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(ASK, { id: scheduleWebinar.id, t: 'Me?' }, outsider.token))).toEqual(['FORBIDDEN']);
    const voted = await t.ok(`mutation($q: ID!) { voteWebinarQuestion(questionId: $q, up: true) { id votes votedByMe } }`, { q: second.id }, trainee.token);
    expect(voted.voteWebinarQuestion.map((q: any) => q.id)).toEqual([second.id, first.id]);
    const seen = await t.ok(`query($id: ID!) { webinar(id: $id) { questions { text votes } } }`, { id: scheduleWebinar.id }, instructor.token);
    expect(seen.webinar.questions[0]).toEqual({ text: '<b>Which</b> agreements apply?', votes: 1 });
    expect((await t.ok(`query($id: ID!) { webinar(id: $id) { questions { id } } }`, { id: scheduleWebinar.id }, outsider.token)).webinar.questions).toEqual([]);

    const past = (await schedule({ startsAt: inDays(-1) })).scheduleWebinar;
    expect(codes(await t.gql(ASK, { id: past.id, t: 'Too late?' }, trainee.token))).toEqual(['CONFLICT']);
  });

  it('records attendance per trainee, by CSV with a report per row, and for the recording', async () => {
    const { scheduleWebinar } = await schedule();
    const late = await t.registerTrainee();
    await t.ok(`mutation { enroll(courseSlug: "${COURSE}") { enrolled } }`, {}, late.token);
    const csv = `email\n${trainee.email.toUpperCase()}\nnot-an-email\nnobody@campus.test\n"${trainee.email}"\n`;
    const CSV = `mutation($id: ID!, $csv: String!) { recordAttendanceCsv(webinarId: $id, csv: $csv) { recorded refused rows { line email status reason } } }`;
    expect(codes(await t.gql(CSV, { id: scheduleWebinar.id, csv }, trainee.token))).toEqual(['FORBIDDEN']);
    const report = (await t.ok(CSV, { id: scheduleWebinar.id, csv }, instructor.token)).recordAttendanceCsv;
    expect(report.recorded).toBe(1);
    expect(report.refused).toBe(2);
    expect(report.rows.map((r: any) => [r.line, r.status])).toEqual([
      [2, 'RECORDED'],
      [3, 'REFUSED'],
      [4, 'REFUSED'],
      [5, 'ALREADY_RECORDED'],
    ]);
    expect(report.rows[2].reason).toBe('no user with this e-mail');
    await t.ok(`mutation($w: ID!, $u: ID!) { recordAttendance(webinarId: $w, userId: $u, attended: true, viaRecording: true) }`, { w: scheduleWebinar.id, u: late.id }, instructor.token);
    const roster = (await t.ok(`query($w: ID!) { webinarRoster(webinarId: $w) { user { id } attended viaRecording } }`, { w: scheduleWebinar.id }, instructor.token)).webinarRoster;
    expect(roster.find((r: any) => r.user.id === late.id)).toMatchObject({ attended: true, viaRecording: true });
    expect(roster.find((r: any) => r.user.id === trainee.id)).toMatchObject({ attended: true, viaRecording: false });
    expect(codes(await t.gql(`query($w: ID!) { webinarRoster(webinarId: $w) { attended } }`, { w: scheduleWebinar.id }, trainee.token))).toEqual(['FORBIDDEN']);
  });

  it('notifies enrolled trainees in the app and by e-mail, once per event', async () => {
    const before = smtp.received.length;
    const { scheduleWebinar } = await schedule({ title: 'Regional frameworks', week: 6, startsAt: inDays(0.5) });
    const notices = (await t.ok(`{ myNotifications { kind title webinarId readAt } }`, {}, trainee.token)).myNotifications;
    expect(notices[0]).toMatchObject({ kind: 'WEBINAR_SCHEDULED', webinarId: scheduleWebinar.id, readAt: null });
    expect(notices[0].title).toContain('Regional frameworks');

    const reminders = t.app.get(NotificationsService);
    await reminders.runDueReminders();
    await reminders.runDueReminders();
    const soon = (await t.ok(`{ myNotifications { kind webinarId } }`, {}, trainee.token)).myNotifications.filter((n: any) => n.kind === 'WEBINAR_SOON' && n.webinarId === scheduleWebinar.id);
    expect(soon).toHaveLength(1);
    expect(await t.ok(`mutation { markNotificationsRead }`, {}, trainee.token)).toEqual({ markNotificationsRead: expect.any(Number) });
    expect((await t.ok(`{ myNotifications { readAt } }`, {}, trainee.token)).myNotifications.every((n: any) => n.readAt)).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const mails = smtp.received.slice(before).filter((m) => m.to === trainee.email);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    expect(mails.some((m) => /seminario web/i.test(m.body))).toBe(true);
    expect(smtp.received.slice(before).some((m) => m.to === outsider.email)).toBe(false);
  });

  it('notifies a cohort when its week opens', async () => {
    const startsOn = new Date(Date.now() - 7 * 86_400_000 - 3_600_000).toISOString().slice(0, 10);
    const cohort = (await t.ok(`mutation($i: CohortInput!) { createCohort(input: $i) { id } }`, { i: { courseSlug: COURSE, name: 'Week-two cohort', startsOn, timeZone: 'UTC' } }, admin)).createCohort;
    const member = await t.registerTrainee();
    await t.ok(`mutation($c: ID) { enroll(courseSlug: "${COURSE}", cohortId: $c) { enrolled } }`, { c: cohort.id }, member.token);
    await t.app.get(NotificationsService).runDueReminders();
    const notices = (await t.ok(`{ myNotifications { kind title } }`, {}, member.token)).myNotifications;
    expect(notices.filter((n: any) => n.kind === 'WEEK_OPEN').map((n: any) => n.title)).toEqual(['Week 2 is open']);
  });
});
