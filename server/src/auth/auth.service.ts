import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import jwt from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import { badInput, unauthenticated } from '../common/app-error';
import { Viewer } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/config';
import { UserEntity } from '../users/user.entity';
import { NewUser, UsersService } from '../users/users.service';
import { RegisterInput } from './dto/register.input';

interface TokenClaims {
  sub: string;
  tv: number;
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hash('decoy password for unknown accounts');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  /** Checks a password someone chose and hashes it. */
  hashNewPassword(password: string): Promise<string> {
    if (password.length < 12 || password.length > 128) throw badInput('password must be 12 to 128 characters long');
    return this.hashPassword(password);
  }

  /** For accounts that set their password later (invitations): nobody knows this one. */
  unusablePasswordHash(): Promise<string> {
    return this.hashPassword(randomBytes(32).toString('base64url'));
  }

  async register(input: RegisterInput): Promise<{ token: string; user: UserEntity }> {
    if (!input.name.trim()) throw badInput('name must not be blank');
    const user = await this.users.create({ ...input, passwordHash: await this.hashPassword(input.password) } satisfies NewUser);
    return { token: this.issueToken(user), user };
  }

  async signIn(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.users.findByEmail(email);
    const valid = await verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid || user.deactivatedAt) throw unauthenticated('Email or password is incorrect');
    return { token: this.issueToken(user), user };
  }

  issueToken(user: UserEntity): string {
    return jwt.sign({ tv: user.tokenVersion }, this.config.tokenSecret, {
      algorithm: 'HS256',
      subject: user.id,
      expiresIn: this.config.tokenTtlSeconds,
    });
  }

  /** The viewer a bearer token names, or undefined when it is missing, expired, forged or revoked. */
  async viewerFromToken(token: string | undefined): Promise<Viewer | undefined> {
    if (!token) return undefined;
    let claims: TokenClaims;
    try {
      claims = jwt.verify(token, this.config.tokenSecret, { algorithms: ['HS256'] }) as TokenClaims;
    } catch {
      return undefined;
    }
    const user = await this.users.findById(claims.sub);
    if (!user || user.tokenVersion !== claims.tv || user.deactivatedAt) return undefined;
    return { id: user.id, role: user.role, locale: user.locale, scopeCountry: user.role === 'ADMIN' && user.focalPointCountry ? user.focalPointCountry : undefined };
  }

  /** Creates the administrator named by ADMIN_EMAIL on start, unless that email is already registered. */
  async ensureAdmin() {
    const admin = this.config.admin;
    if (!admin || (await this.users.findByEmail(admin.email))) return;
    await this.users.create({ email: admin.email, name: 'Administrator', country: 'US', passwordHash: await this.hashPassword(admin.password), role: 'ADMIN' as UserEntity['role'] });
  }
}
