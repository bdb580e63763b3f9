import { LRUCache } from 'lru-cache';
import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import jwt from 'jsonwebtoken';
import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { badInput, conflict, unauthenticated } from '../common/app-error';
import { normalizeEmail } from '../users/users.service';
import { assertAcceptablePassword } from './password-policy';
import { SignInFailureEntity } from './sign-in-failure.entity';

const HOUR_MS = 3600_000;
const MAX_FAILURES_PER_ACCOUNT = 100;
const MAX_FAILURES_PER_ADDRESS = 300;
import { Viewer } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/config';
import { UserEntity } from '../users/user.entity';
import { NewUser, UsersService } from '../users/users.service';
import { RegisterInput } from './dto/register.input';

interface TokenClaims {
  sub: string;
  tv: number;
  exp: number;
}

/** Verified tokens kept, so each is checked for its signature once rather than on every request. */
const MAX_VERIFIED_TOKENS = 10_000;

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hash('decoy password for unknown accounts');
  /** Made once: given a string, jsonwebtoken would build a key object on every call. */
  private readonly tokenKey: KeyObject;
  /** A token's signature and claims never change: each is verified once, and kept until it expires. */
  private readonly verified = new LRUCache<string, TokenClaims>({ max: MAX_VERIFIED_TOKENS });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    @InjectRepository(SignInFailureEntity) private readonly failures: Repository<SignInFailureEntity>,
  ) {
    this.tokenKey = createSecretKey(Buffer.from(config.tokenSecret));
  }

  hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  /** Checks a password someone chose against the password rules and hashes it. */
  hashNewPassword(password: string, personal: string[] = []): Promise<string> {
    assertAcceptablePassword(password, personal);
    return this.hashPassword(password);
  }

  /** For accounts that set their password later (invitations): nobody knows this one. */
  unusablePasswordHash(): Promise<string> {
    return this.hashPassword(randomBytes(32).toString('base64url'));
  }

  async register(input: RegisterInput): Promise<{ token: string; user: UserEntity }> {
    if (!input.name.trim()) throw badInput('name must not be blank');
    const passwordHash = await this.hashNewPassword(input.password, [input.name, input.email]);
    const user = await this.users.create({ ...input, passwordHash } satisfies NewUser);
    return { token: this.issueToken(user), user };
  }

  /**
   * Signs in, unless the account or the address has failed too often in the last hour;
   * failures are counted in the database, so every alias, batch and server counts the same.
   */
  async signIn(email: string, password: string, ip: string | null): Promise<{ token: string; user: UserEntity }> {
    const account = normalizeEmail(email);
    await this.assertNotThrottled(account, ip);
    const user = await this.users.findByEmail(account);
    const valid = await verify(user?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!user || !valid || user.deactivatedAt) {
      await this.failures.insert({ account, ip, at: new Date() });
      throw unauthenticated('Email or password is incorrect');
    }
    return { token: this.issueToken(user), user };
  }

  private async assertNotThrottled(account: string, ip: string | null) {
    const since = new Date(Date.now() - HOUR_MS);
    const [byAccount, byAddress] = await Promise.all([
      this.failures.countBy({ account, at: MoreThan(since) }),
      ip ? this.failures.countBy({ ip, at: MoreThan(since) }) : Promise.resolve(0),
    ]);
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw conflict('Too many failed sign-ins; try again in an hour or ask an administrator for a reset link');
    }
    if (Math.random() < 0.01) await this.failures.delete({ at: LessThan(new Date(Date.now() - 24 * HOUR_MS)) });
  }

  /** Ends every session of the user: tokens issued before stop working. */
  async signOut(userId: string): Promise<void> {
    await this.users.bumpTokenVersion(userId);
  }

  async changePassword(userId: string, current: string, next: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.users.findById(userId);
    if (!user || !(await verify(user.passwordHash, current).catch(() => false))) throw badInput('currentPassword: this is not your current password');
    const passwordHash = await this.hashNewPassword(next, [user.name, user.email]);
    const updated = await this.users.replacePassword(userId, passwordHash);
    return { token: this.issueToken(updated), user: updated };
  }

  issueToken(user: UserEntity): string {
    return jwt.sign({ tv: user.tokenVersion }, this.tokenKey, {
      algorithm: 'HS256',
      subject: user.id,
      expiresIn: this.config.tokenTtlSeconds,
    });
  }

  /** The viewer a bearer token names, or undefined when it is missing, expired, forged or revoked. */
  async viewerFromToken(token: string | undefined): Promise<Viewer | undefined> {
    if (!token) return undefined;
    const claims = this.verifiedClaims(token);
    if (!claims) return undefined;
    const user = await this.users.sessionOf(claims.sub);
    if (!user || Number(user.tokenVersion) !== claims.tv || user.deactivatedAt) return undefined;
    return { id: user.id, role: user.role, locale: user.locale, scopeCountry: user.role === 'ADMIN' && user.focalPointCountry ? user.focalPointCountry : undefined, expiresAt: claims.exp ? claims.exp * 1000 : undefined };
  }

  private verifiedClaims(token: string): TokenClaims | undefined {
    const known = this.verified.get(token);
    if (known) return known;
    let claims: TokenClaims;
    try {
      claims = jwt.verify(token, this.tokenKey, { algorithms: ['HS256'] }) as TokenClaims;
    } catch {
      return undefined;
    }
    // kept until it expires, when jsonwebtoken would refuse it
    if (typeof claims.exp === 'number') this.verified.set(token, claims, { ttl: claims.exp * 1000 - Date.now() });
    return claims;
  }

  /** Creates the administrator named by ADMIN_EMAIL on start, unless that email is already registered. */
  async ensureAdmin() {
    const admin = this.config.admin;
    if (!admin || (await this.users.findByEmail(admin.email))) return;
    await this.users.create({ email: admin.email, name: 'Administrator', country: 'US', passwordHash: await this.hashPassword(admin.password), role: 'ADMIN' as UserEntity['role'] });
  }
}
