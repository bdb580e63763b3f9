import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isTimeZone } from '../cohorts/cohort-calendar';
import { badInput, conflict, notFound } from '../common/app-error';
import { isUniqueViolation } from '../common/db-errors';
import { rawQuery } from '../database/raw-query';
import { Locale } from '../common/locale';
import { Role } from '../common/role';
import { Session, SessionCache } from './session-cache';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  country: string;
  post?: string | null;
  locale?: Locale | null;
  role?: Role;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionCache,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** What checking a session needs, on every request: read at most every few seconds (see SessionCache). */
  sessionOf(id: string): Promise<Session | undefined> {
    return this.sessions.get(id, async (userId) => {
      const [row] = await rawQuery<Session>(
        this.users.manager,
        'SELECT "id", "role", "locale", "tokenVersion", "deactivatedAt", "focalPointCountry" FROM "user" WHERE "id" = :id',
        { id: userId },
      );
      return row;
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    const user = this.users.create({
      email,
      name: input.name.trim(),
      passwordHash: input.passwordHash,
      country: input.country.toUpperCase(),
      post: input.post?.trim() || null,
      locale: input.locale ?? Locale.EN,
      role: input.role ?? Role.TRAINEE,
    });
    try {
      return await this.users.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('This email is already registered');
      throw error;
    }
  }

  async updatePreferences(userId: string, changes: { locale?: Locale | null; timeZone?: string | null }): Promise<UserEntity> {
    const user = await this.findById(userId);
    if (!user) throw notFound(`User "${userId}"`);
    if (changes.locale) user.locale = changes.locale;
    if (changes.timeZone !== undefined) {
      if (changes.timeZone !== null && !isTimeZone(changes.timeZone)) throw badInput(`timeZone: "${changes.timeZone}" is not an IANA time zone such as America/Panama`);
      user.timeZone = changes.timeZone;
    }
    return this.users.save(user);
  }

  async bumpTokenVersion(userId: string): Promise<void> {
    await this.users.increment({ id: userId }, 'tokenVersion', 1);
  }

  async replacePassword(userId: string, passwordHash: string): Promise<UserEntity> {
    const user = await this.findById(userId);
    if (!user) throw notFound(`User "${userId}"`);
    user.passwordHash = passwordHash;
    user.tokenVersion += 1;
    return this.users.save(user);
  }

  async setRole(userId: string, role: Role): Promise<UserEntity> {
    const user = await this.findById(userId);
    if (!user) throw notFound(`User "${userId}"`);
    user.role = role;
    return this.users.save(user);
  }
}
