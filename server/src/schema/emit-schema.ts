import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/config';

/** Writes the GraphQL schema to the given file by booting the app on a throwaway database. */
export async function emitSchema(schemaFile: string) {
  const dir = mkdtempSync(join(tmpdir(), 'campus-schema-'));
  try {
    const config = loadConfig({ ...process.env, DATABASE_URL: `sqlite:${join(dir, 'schema.sqlite')}`, ADMIN_EMAIL: '', ADMIN_PASSWORD: '', TOKEN_SECRET: 'x'.repeat(32) });
    const app = await NestFactory.create(AppModule.forRoot(config, { schemaFile }), { logger: false });
    await app.init();
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  emitSchema(resolve(__dirname, '..', '..', 'schema.gql')).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
