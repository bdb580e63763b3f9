import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { parse as parseCsv } from 'csv-parse/sync';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService, AuditSource } from '../audit/audit.service';
import { isTimeZone } from '../cohorts/cohort-calendar';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { perRequest, RequestContext, Viewer } from '../common/request-context';
import { isStaff } from '../common/role';
import { webinarNoticeData, NotificationsService } from '../notifications/notifications.service';
import { EnrollmentEntity } from '../progress/progress.entities';
import { ProgressService } from '../progress/progress.service';
import { normalizeEmail } from '../users/users.service';
import { UserEntity } from '../users/user.entity';
import { WebinarInput, WebinarUpdateInput } from './dto/webinar.input';
import { AttendanceImportReport, RosterEntry, WebinarQuestion } from './models/webinar.model';
import { AttendanceEntity, QuestionVoteEntity, RsvpEntity, WebinarEntity, WebinarQuestionEntity } from './webinar.entities';

const QUESTION_MAX = 500;
const CSV_MAX_ROWS = 2000;

/** Plain text only: control characters out, white space folded. */
const plainText = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();

@Injectable()
export class WebinarsService {
  constructor(
    private readonly progress: ProgressService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @InjectRepository(WebinarEntity) private readonly webinars: Repository<WebinarEntity>,
  ) {}

  private get manager(): EntityManager {
    return this.webinars.manager;
  }

  find(id: string): Promise<WebinarEntity | null> {
    return this.webinars.findOneBy({ id });
  }

  async require(id: string): Promise<WebinarEntity> {
    const webinar = await this.find(id);
    if (!webinar) throw notFound(`Webinar "${id}"`);
    return webinar;
  }

  private async organiserZone(organiser: Viewer, zone: string | null | undefined): Promise<string> {
    if (zone) {
      if (!isTimeZone(zone)) throw badInput(`timeZone: "${zone}" is not an IANA time zone such as America/Guatemala`);
      return zone;
    }
    return (await this.manager.findOneBy(UserEntity, { id: organiser.id }))?.timeZone ?? 'UTC';
  }

  async schedule(organiser: Viewer, input: WebinarInput): Promise<WebinarEntity> {
    const course = this.progress.requireCourse(input.courseSlug);
    if (!course.weeks.some((week) => week.number === input.week)) throw badInput(`week: course "${course.slug}" has no week ${input.week}`);
    const webinar = await this.webinars.save(
      this.webinars.create({
        ...input,
        title: plainText(input.title),
        description: input.description?.trim() || null,
        timeZone: await this.organiserZone(organiser, input.timeZone),
        capacity: input.capacity ?? null,
        recordingUrl: null,
        cancelledAt: null,
        sequence: 0,
        createdById: organiser.id,
      }),
    );
    await this.notifications.notifyCourse(webinar.courseSlug, 'WEBINAR_SCHEDULED', `webinar-new:${webinar.id}`, webinarNoticeData(webinar));
    return webinar;
  }

  async update(editor: Viewer, id: string, input: WebinarUpdateInput): Promise<WebinarEntity> {
    const webinar = await this.require(id);
    if (webinar.cancelledAt) throw conflict('This webinar is cancelled');
    if (input.courseSlug && input.courseSlug !== webinar.courseSlug) throw badInput('courseSlug: a webinar cannot move to another course');
    if (input.week !== undefined && input.week !== null && !this.progress.requireCourse(webinar.courseSlug).weeks.some((w) => w.number === input.week)) {
      throw badInput(`week: course "${webinar.courseSlug}" has no week ${input.week}`);
    }
    const changes: Partial<WebinarEntity> = {};
    for (const field of ['week', 'startsAt', 'durationMinutes', 'joinUrl', 'capacity', 'recordingUrl'] as const) {
      if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
    }
    if (input.title !== undefined && input.title !== null) changes.title = plainText(input.title);
    if (input.description !== undefined) changes.description = input.description?.trim() || null;
    if (input.timeZone) changes.timeZone = await this.organiserZone(editor, input.timeZone);
    Object.assign(webinar, changes, { sequence: webinar.sequence + 1 });
    await this.webinars.save(webinar);
    await this.notifications.notifyCourse(webinar.courseSlug, 'WEBINAR_CHANGED', `webinar-changed:${webinar.id}:${webinar.sequence}`, webinarNoticeData(webinar));
    return webinar;
  }

  async cancel(id: string): Promise<WebinarEntity> {
    const webinar = await this.require(id);
    if (webinar.cancelledAt) throw conflict('This webinar is already cancelled');
    Object.assign(webinar, { cancelledAt: new Date(), sequence: webinar.sequence + 1 });
    await this.webinars.save(webinar);
    await this.notifications.notifyCourse(webinar.courseSlug, 'WEBINAR_CANCELLED', `webinar-cancelled:${webinar.id}`, webinarNoticeData(webinar));
    return webinar;
  }

  list(courseSlug: string): Promise<WebinarEntity[]> {
    this.progress.requireCourse(courseSlug);
    return this.webinars.find({ where: { courseSlug }, order: { startsAt: 'ASC' } });
  }

  /** All webinars of a course, read once per request for however many weeks ask. */
  forCourse(ctx: RequestContext, courseSlug: string): Promise<WebinarEntity[]> {
    return perRequest(ctx, `webinars:${courseSlug}`, () => this.webinars.find({ where: { courseSlug }, order: { startsAt: 'ASC' } }));
  }

  /** Staff, and learners enrolled in the course, may join, RSVP, ask and see questions. */
  async isParticipant(viewer: Viewer | undefined, courseSlug: string, ctx?: RequestContext): Promise<boolean> {
    if (!viewer) return false;
    if (isStaff(viewer.role)) return true;
    const load = async () => (await this.manager.find(EnrollmentEntity, { where: { userId: viewer.id }, select: { courseSlug: true } })).map((e) => e.courseSlug);
    const enrolled = ctx ? await perRequest(ctx, 'enrolled-courses', load) : await load();
    return enrolled.includes(courseSlug);
  }

  private async requireParticipant(viewer: Viewer, webinar: WebinarEntity) {
    if (!(await this.isParticipant(viewer, webinar.courseSlug))) throw forbidden('Enroll in the course to take part in its webinars');
  }

  async rsvp(viewer: Viewer, id: string, going: boolean): Promise<WebinarEntity> {
    const webinar = await this.require(id);
    await this.requireParticipant(viewer, webinar);
    if (!going) {
      await this.manager.delete(RsvpEntity, { webinarId: id, userId: viewer.id });
      return webinar;
    }
    if (webinar.cancelledAt) throw conflict('This webinar is cancelled');
    if (webinar.startsAt.getTime() <= Date.now()) throw conflict('This webinar has already started');
    await this.manager.transaction(async (manager) => {
      if (await manager.findOneBy(RsvpEntity, { webinarId: id, userId: viewer.id })) return;
      if (webinar.capacity !== null && (await manager.countBy(RsvpEntity, { webinarId: id })) >= webinar.capacity) {
        throw conflict('This webinar is full');
      }
      await manager.insert(RsvpEntity, { webinarId: id, userId: viewer.id });
    });
    return webinar;
  }

  async seatsTaken(ctx: RequestContext, courseSlug: string, webinarId: string): Promise<{ taken: number; mine: boolean }> {
    const counts = await perRequest(ctx, `rsvps:${courseSlug}`, async () => {
      const rows = await this.manager
        .createQueryBuilder(RsvpEntity, 'r')
        .innerJoin(WebinarEntity, 'w', 'w.id = r.webinarId')
        .select('r.webinarId', 'webinarId')
        .addSelect('r.userId', 'userId')
        .where('w.courseSlug = :courseSlug', { courseSlug })
        .getRawMany<{ webinarId: string; userId: string }>();
      return rows;
    });
    const rows = counts.filter((r) => r.webinarId === webinarId);
    return { taken: rows.length, mine: rows.some((r) => r.userId === ctx.viewer?.id) };
  }

  async ask(viewer: Viewer, webinarId: string, text: string): Promise<WebinarQuestionEntity> {
    const webinar = await this.require(webinarId);
    await this.requireParticipant(viewer, webinar);
    const clean = plainText(text);
    if (!clean || clean.length > QUESTION_MAX) throw badInput(`text: a question is 1 to ${QUESTION_MAX} characters of plain text`);
    if (webinar.cancelledAt) throw conflict('This webinar is cancelled');
    if (webinar.startsAt.getTime() <= Date.now()) throw conflict('Questions close when the webinar starts');
    return this.manager.save(WebinarQuestionEntity, this.manager.create(WebinarQuestionEntity, { webinarId, userId: viewer.id, text: clean }));
  }

  async vote(viewer: Viewer, questionId: string, up: boolean): Promise<string> {
    const question = await this.manager.findOneBy(WebinarQuestionEntity, { id: questionId });
    if (!question) throw notFound(`Question "${questionId}"`);
    await this.requireParticipant(viewer, await this.require(question.webinarId));
    if (up) {
      await this.manager.createQueryBuilder().insert().into(QuestionVoteEntity).values({ questionId, userId: viewer.id }).orIgnore().execute();
    } else {
      await this.manager.delete(QuestionVoteEntity, { questionId, userId: viewer.id });
    }
    return question.webinarId;
  }

  /** Questions ranked by votes, then by who asked first; only participants see them. */
  async questions(viewer: Viewer | undefined, webinar: WebinarEntity): Promise<WebinarQuestion[]> {
    if (!(await this.isParticipant(viewer, webinar.courseSlug))) return [];
    const questions = await this.manager.find(WebinarQuestionEntity, { where: { webinarId: webinar.id }, order: { createdAt: 'ASC' } });
    const votes = questions.length ? await this.manager.find(QuestionVoteEntity, { where: { questionId: In(questions.map((q) => q.id)) } }) : [];
    return questions
      .map((q) => {
        const mine = votes.filter((v) => v.questionId === q.id);
        return { id: q.id, text: q.text, createdAt: q.createdAt, votes: mine.length, votedByMe: mine.some((v) => v.userId === viewer?.id), mine: q.userId === viewer?.id };
      })
      .sort((a, b) => b.votes - a.votes || a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Records or removes a trainee's attendance; recording it may complete the course. */
  async recordAttendance(recorder: Viewer, source: AuditSource, webinarId: string, userId: string, attended: boolean, viaRecording = false): Promise<boolean> {
    const webinar = await this.require(webinarId);
    await this.manager.transaction(async (manager) => {
      await this.applyAttendance(manager, recorder, webinar, userId, attended, viaRecording);
      await this.audit.record(source, 'attendance.record', userId, { webinarId, attended, viaRecording }, manager);
    });
    return attended;
  }

  private async applyAttendance(manager: EntityManager, recorder: Viewer, webinar: WebinarEntity, userId: string, attended: boolean, viaRecording: boolean) {
    const enrollment = await manager.findOneBy(EnrollmentEntity, { userId, courseSlug: webinar.courseSlug });
    if (!enrollment) throw notFound(`Trainee "${userId}" enrolled in this course`);
    if (!attended) {
      await manager.delete(AttendanceEntity, { webinarId: webinar.id, userId });
      return false;
    }
    const existing = await manager.findOneBy(AttendanceEntity, { webinarId: webinar.id, userId });
    if (existing) return false;
    await manager.insert(AttendanceEntity, { webinarId: webinar.id, userId, recordedById: recorder.id, viaRecording });
    await this.progress.recordCompletion(manager, userId, this.progress.requireCourse(webinar.courseSlug));
    return true;
  }

  /** Attendance from a CSV whose first column is the e-mail; every row is reported, recorded or refused with the reason. */
  async importAttendance(recorder: Viewer, source: AuditSource, webinarId: string, csv: string): Promise<AttendanceImportReport> {
    const webinar = await this.require(webinarId);
    let records: string[][];
    try {
      records = parseCsv(csv, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw badInput(`csv: ${(error as Error).message}`);
    }
    if (records.length > CSV_MAX_ROWS) throw badInput(`csv: at most ${CSV_MAX_ROWS} rows at a time`);
    const rows: AttendanceImportReport['rows'] = [];
    const emails = records.map((record) => normalizeEmail(record[0] ?? ''));
    const users = await this.manager.find(UserEntity, { where: { email: In(emails.filter(Boolean)) } });
    const enrolled = new Set(
      (await this.manager.find(EnrollmentEntity, { where: { courseSlug: webinar.courseSlug, userId: In(users.map((u) => u.id)) } })).map((e) => e.userId),
    );
    await this.manager.transaction(async (manager) => {
      for (const [index, email] of emails.entries()) {
        const line = index + 1;
        if (index === 0 && email === 'email') continue;
        const user = users.find((u) => u.email === email);
        const refuse = (reason: string) => rows.push({ line, email, status: 'REFUSED', reason });
        if (!/^[^@\s]+@[^@\s]+$/.test(email)) refuse('not an e-mail address');
        else if (!user) refuse('no user with this e-mail');
        else if (!enrolled.has(user.id)) refuse('not enrolled in this course');
        else {
          const recorded = await this.applyAttendance(manager, recorder, webinar, user.id, true, false);
          rows.push({ line, email, status: recorded ? 'RECORDED' : 'ALREADY_RECORDED', reason: null });
        }
      }
      await this.audit.record(source, 'attendance.import', null, { webinarId, recorded: rows.filter((r) => r.status === 'RECORDED').length }, manager);
    });
    return { recorded: rows.filter((r) => r.status === 'RECORDED').length, refused: rows.filter((r) => r.status === 'REFUSED').length, rows };
  }

  /** Every enrolled trainee with RSVP and attendance at one webinar, for the instructor. */
  async roster(viewer: Viewer, webinarId: string): Promise<RosterEntry[]> {
    const webinar = await this.require(webinarId);
    const enrolled = this.manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(EnrollmentEntity, 'e', 'e.userId = u.id AND e.courseSlug = :courseSlug', { courseSlug: webinar.courseSlug })
      .orderBy('u.name', 'ASC');
    if (viewer.scopeCountry) enrolled.where('u.country = :country', { country: viewer.scopeCountry });
    const [users, rsvps, attendance] = await Promise.all([
      enrolled.getMany(),
      this.manager.find(RsvpEntity, { where: { webinarId } }),
      this.manager.find(AttendanceEntity, { where: { webinarId } }),
    ]);
    return users.map((user) => {
      const mark = attendance.find((a) => a.userId === user.id);
      return { user, rsvp: rsvps.some((r) => r.userId === user.id), attended: Boolean(mark), viaRecording: mark?.viaRecording ?? false };
    });
  }
}
