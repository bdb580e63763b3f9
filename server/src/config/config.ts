import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  /** Where people reach this server: the base of verification links and QR codes. */
  publicUrl: string;
  production: boolean;
  /** Express "trust proxy": how many proxies stand in front, so throttling sees the client's address. */
  trustProxy: number | boolean;
  database: DatabaseConfig;
  dataDir: string;
  contentDir: string;
  webDist: string;
  tokenSecret: string;
  /** PEM of the Ed25519 key that signs certificates; from CERTIFICATE_SIGNING_KEY, else a file in the data directory. */
  certificateSigningKey?: string;
  tokenTtlSeconds: number;
  admin?: { email: string; password: string };
  /** SMTP server for e-mail notices, e.g. smtp://user:pass@mail.example.org:587; none: in-app only. */
  smtpUrl?: string;
  mailFrom: string;
  /** Print every SQL statement (LOG_SQL=1): for benchmarks that count statements per request. */
  logSql: boolean;
  /** How often due reminders are looked for; 0 turns the background check off. */
  reminderIntervalSeconds: number;
  /** Memory for answers to learners' read queries kept a few seconds (RESPONSE_CACHE_MB); 0 turns it off. */
  responseCacheMb: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** The project root: the folder holding server/, web/ and content/. */
const projectRoot = resolve(__dirname, '..', '..', '..');

function parseDatabase(url: string | undefined, cwd: string): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: join(cwd, 'data', 'consular-campus.sqlite') };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:/srv/campus.sqlite');
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new ConfigError('DATABASE_URL: expected "sqlite:/path/file.sqlite" or "postgres://user:pass@host:port/db"');
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: "${value}" is not a port number`);
  }
  return port;
}

function parseWholeNumber(name: string, unit: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new ConfigError(`${name}: "${value}" is not a whole number of ${unit}`);
  return number;
}

/** Reads the secret from the environment, or from the data directory, creating it on first start. */
function loadSecret(fromEnv: string | undefined, dataDir: string): string {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError('TOKEN_SECRET: use at least 32 characters');
    return fromEnv;
  }
  const file = join(dataDir, 'token-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const database = parseDatabase(env.DATABASE_URL, cwd);
  const dataDir = resolve(cwd, env.DATA_DIR ?? (database.kind === 'sqlite' ? dirname(database.file) : 'data'));
  const contentDir = resolve(cwd, env.CONTENT_DIR ?? (existsSync(join(cwd, 'content')) ? 'content' : join(projectRoot, 'content')));
  if (!existsSync(contentDir)) throw new ConfigError(`CONTENT_DIR: ${contentDir} does not exist`);
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  const port = parsePort(env.PORT);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl)) throw new ConfigError(`PUBLIC_URL: "${env.PUBLIC_URL}" is not an http(s) URL`);
  return {
    port,
    publicUrl,
    trustProxy: env.TRUST_PROXY === undefined || env.TRUST_PROXY === '' ? false : /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY === 'true',
    production: env.NODE_ENV === 'production',
    database,
    dataDir,
    contentDir,
    webDist: resolve(cwd, env.WEB_DIST ?? join(projectRoot, 'web', 'dist')),
    tokenSecret: loadSecret(env.TOKEN_SECRET, dataDir),
    certificateSigningKey: env.CERTIFICATE_SIGNING_KEY?.replace(/\\n/g, '\n') || undefined,
    tokenTtlSeconds: 60 * 60 * 24 * 7,
    smtpUrl: env.SMTP_URL || undefined,
    logSql: env.LOG_SQL === '1',
    mailFrom: env.MAIL_FROM ?? 'Consular Campus <no-reply@consular-campus.local>',
    reminderIntervalSeconds: parseWholeNumber('REMINDER_INTERVAL_SECONDS', 'seconds', env.REMINDER_INTERVAL_SECONDS, 600),
    responseCacheMb: parseWholeNumber('RESPONSE_CACHE_MB', 'megabytes', env.RESPONSE_CACHE_MB, 32),
    admin: env.ADMIN_EMAIL ? { email: env.ADMIN_EMAIL.trim().toLowerCase(), password: env.ADMIN_PASSWORD! } : undefined,
  };
}
