import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
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
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const dir = mkdtempSync(join(tmpdir(), 'campus-test-'));
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'test.sqlite')}`,
      CONTENT_DIR,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    });
    const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'], bodyParser: false });
    configureHttp(app, config);
    await app.init();
    return new TestApp(app, dir);
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
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const codes = (result: GqlResult) => result.errors?.map((error) => error.extensions?.code) ?? [];
