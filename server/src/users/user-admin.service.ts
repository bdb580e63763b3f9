import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { parse as parseCsv } from 'csv-parse/sync';
import { createHash, randomBytes } from 'node:crypto';
import { Brackets, IsNull, Repository } from 'typeorm';
import { AuditService, AuditSource } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/app-error';
import type { Viewer } from '../common/request-context';
import { Role } from '../common/role';
import { assertInScope, scopedCountry } from '../common/scope';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService } from '../notifications/mail.service';
import { EnrollmentEntity } from '../progress/progress.entities';
import { isCountryCode } from './countries';
import { UserFilter } from './dto/user-admin.input';
import { linkSubject } from './link-texts';
import { InviteReport } from './models/user-admin.model';
import { PasswordResetEntity } from './password-reset.entity';
import { UserEntity } from './user.entity';
import { normalizeEmail, UsersService } from './users.service';

const RESET_HOURS = 72;
const INVITE_HOURS = 14 * 24;
const INVITE_MAX_ROWS = 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class UserAdminService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly usersService: UsersService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async list(viewer: Viewer, filter: UserFilter, offset: number, limit: number): Promise<{ total: number; items: UserEntity[] }> {
    const query = this.users.createQueryBuilder('u').orderBy('u.name', 'ASC').skip(offset).take(limit);
    const country = scopedCountry(viewer, filter.country);
    if (country) query.andWhere('u.country = :country', { country });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (!filter.includeDeactivated) query.andWhere('u.deactivatedAt IS NULL');
    if (filter.cohortId) query.innerJoin(EnrollmentEntity, 'e', 'e.userId = u.id AND e.cohortId = :cohortId', { cohortId: filter.cohortId });
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q.where("LOWER(u.name) LIKE :like ESCAPE '\\'", { like }).orWhere("u.email LIKE :like ESCAPE '\\'", { like }).orWhere("LOWER(u.post) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    const [items, total] = await query.getManyAndCount();
    return { total, items };
  }

  async requireInScope(viewer: Viewer, userId: string): Promise<UserEntity> {
    const user = await this.usersService.findById(userId);
    if (!user) throw notFound(`User "${userId}"`);
    assertInScope(viewer, user);
    return user;
  }

  async setRole(source: AuditSource, userId: string, role: Role): Promise<UserEntity> {
    const before = await this.usersService.findById(userId);
    const user = await this.usersService.setRole(userId, role);
    await this.audit.record(source, 'user.role', userId, { from: before?.role ?? null, to: role });
    return user;
  }

  /** Makes an ADMIN a country focal point (country) or a full administrator again (null). */
  async setFocalPoint(source: AuditSource, userId: string, country: string | null): Promise<UserEntity> {
    const user = await this.usersService.findById(userId);
    if (!user) throw notFound(`User "${userId}"`);
    const code = country?.trim().toUpperCase() || null;
    if (code && !isCountryCode(code)) throw badInput('country must be an ISO 3166-1 alpha-2 code such as SV');
    if (code && user.role !== Role.ADMIN) throw conflict('Make the user an ADMIN first; a focal point is an ADMIN scoped to one country');
    user.focalPointCountry = code;
    user.tokenVersion += 1;
    await this.users.save(user);
    await this.audit.record(source, 'user.focal-point', userId, { country: code });
    return user;
  }

  async setActive(viewer: Viewer, source: AuditSource, userId: string, active: boolean): Promise<UserEntity> {
    const user = await this.requireInScope(viewer, userId);
    if (user.id === viewer.id) throw conflict('You cannot deactivate your own account');
    if (active === !user.deactivatedAt) return user;
    user.deactivatedAt = active ? null : new Date();
    user.tokenVersion += 1;
    await this.users.save(user);
    await this.audit.record(source, active ? 'user.reactivate' : 'user.deactivate', userId);
    return user;
  }

  /** A one-time link to set a new password: printed to the admin, and e-mailed when SMTP is set up. */
  async passwordResetLink(viewer: Viewer, source: AuditSource, userId: string): Promise<string> {
    const user = await this.requireInScope(viewer, userId);
    if (user.deactivatedAt || user.anonymisedAt) throw conflict('This account is not active');
    const link = await this.issueLink(user.id, RESET_HOURS);
    await this.audit.record(source, 'user.password-reset-link', userId);
    await this.mail.send([{ to: user.email, subject: linkSubject(user.locale, false), text: `${link}\n\nConsular Campus` }]);
    return link;
  }

  private async issueLink(userId: string, hours: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.users.manager.insert(PasswordResetEntity, { tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + hours * 3600_000), usedAt: null });
    return `${this.config.publicUrl}/reset-password?token=${token}`;
  }

  /** Sets the password of the link's owner, once, and signs out every session. */
  async resetPassword(token: string, hashFor: (user: UserEntity) => Promise<string>): Promise<UserEntity> {
    return this.users.manager.transaction(async (manager) => {
      const reset = await manager.findOneBy(PasswordResetEntity, { tokenHash: hashToken(token), usedAt: IsNull() });
      if (!reset || reset.expiresAt.getTime() < Date.now()) throw badInput('token: this link is invalid or has expired; ask for a new one');
      const user = await manager.findOneByOrFail(UserEntity, { id: reset.userId });
      if (user.deactivatedAt) throw badInput('token: this link is invalid or has expired; ask for a new one');
      user.passwordHash = await hashFor(user);
      await manager.update(PasswordResetEntity, { tokenHash: reset.tokenHash }, { usedAt: new Date() });
      user.tokenVersion += 1;
      return manager.save(user);
    });
  }

  /** Invites people from a CSV of email, name, country, post; every row is reported, invited or refused with the reason. */
  async invite(viewer: Viewer, source: AuditSource, csv: string, unusablePasswordHash: () => Promise<string>): Promise<InviteReport> {
    let records: string[][];
    try {
      records = parseCsv(csv, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw badInput(`csv: ${(error as Error).message}`);
    }
    if (records.length > INVITE_MAX_ROWS) throw badInput(`csv: at most ${INVITE_MAX_ROWS} rows at a time`);
    const rows: InviteReport['rows'] = [];
    const seen = new Set<string>();
    for (const [index, [rawEmail = '', name = '', rawCountry = '', post = '']] of records.entries()) {
      const line = index + 1;
      const email = normalizeEmail(rawEmail);
      if (index === 0 && email === 'email') continue;
      const country = rawCountry.toUpperCase();
      const refuse = (reason: string) => rows.push({ line, email, status: 'REFUSED', reason, link: null });
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) refuse('not an e-mail address');
      else if (seen.has(email)) refuse('this e-mail appears twice in the file');
      else if (!name || name.length > 120) refuse('name: 1 to 120 characters');
      else if (!isCountryCode(country)) refuse('country: not an ISO 3166-1 alpha-2 code');
      else if (viewer.scopeCountry && country !== viewer.scopeCountry) refuse(`country: your access covers ${viewer.scopeCountry} only`);
      else if (post.length > 200) refuse('post: at most 200 characters');
      else if (await this.usersService.findByEmail(email)) refuse('already registered');
      else {
        const user = await this.usersService.create({ email, name, country, post, passwordHash: await unusablePasswordHash() });
        const link = await this.issueLink(user.id, INVITE_HOURS);
        await this.mail.send([{ to: email, subject: linkSubject(user.locale, true), text: `${link}\n\nConsular Campus` }]);
        await this.audit.record(source, 'user.invite', user.id, { country });
        rows.push({ line, email, status: 'INVITED', reason: null, link });
      }
      seen.add(email);
    }
    return { invited: rows.filter((r) => r.status === 'INVITED').length, refused: rows.filter((r) => r.status === 'REFUSED').length, rows };
  }
}
