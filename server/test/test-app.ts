import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Client } from 'pg';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/config';
import { configureHttp } from '../src/http';

export const ADMIN = { email: 'admin@campus.test', password: 'admin-password-for-tests' };
export const CONTENT_DIR = resolve(__dirname, '..', '..', 'content');

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The real app on a temporary SQLite file, driven over HTTP like any client. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    private readonly dir: string,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const dir = mkdtempSync(join(tmpdir(), 'campus-test-'));
    const database = await testDatabase(dir);
    const config = loadConfig({
      DATABASE_URL: database.url,
      DATA_DIR: dir,
      CONTENT_DIR,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    });
    const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'], bodyParser: false });
    configureHttp(app, config);
    await app.init();
    return new TestApp(app, dir, database.drop);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const req = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<T>;
  }

  /** Runs a query that must succeed and returns its data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  private counter = 0;

  async registerTrainee(overrides: Record<string, unknown> = {}): Promise<{ token: string; id: string; email: string }> {
    const email = `trainee${++this.counter}-${Date.now()}@campus.test`;
    const data = await this.ok(
      `mutation($input: RegisterInput!) { register(input: $input) { token user { id email } } }`,
      { input: { email, password: 'a long enough password', name: 'Ana Pérez', country: 'SV', ...overrides } },
    );
    return { token: data.register.token, id: data.register.user.id, email };
  }

  async signInAdmin(): Promise<string> {
    const data = await this.ok(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: ADMIN.email, p: ADMIN.password });
    return data.signIn.token;
  }

  async close() {
    await this.app.close();
    await this.dropDatabase();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Raw SQL with ? placeholders and quoted identifiers, for either database. */
  sql(query: string, params: unknown[] = []) {
    let n = 0;
    const text = this.dataSource().options.type === 'postgres' ? query.replace(/\?/g, () => `$${++n}`) : query;
    return this.dataSource().query(text, params);
  }
}

/**
 * A fresh database per app: a temporary SQLite file, or, with TEST_POSTGRES_URL set
 * (postgres://user:pass@host:port/postgres), a new PostgreSQL database dropped afterwards.
 */
async function testDatabase(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) return { url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => {} };
  const name = `campus_test_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export const codes = (result: GqlResult) => result.errors?.map((error) => error.extensions?.code) ?? [];
