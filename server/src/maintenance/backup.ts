import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../config/config';

function sqliteRun(file: string, sql: string, params: unknown[] = []): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      db.all(sql, params, (queryError, rows) => db.close(() => (queryError ? reject(queryError) : resolve(rows))));
    });
  });
}

/** A consistent copy while the server runs: SQLite's VACUUM INTO, or pg_dump's custom format. */
export async function backupDatabase(database: DatabaseConfig, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file`);
  if (database.kind === 'postgres') {
    execFileSync('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${database.url}`], { stdio: 'inherit' });
    return;
  }
  await sqliteRun(database.file, 'VACUUM INTO ?', [target]);
}

/** Puts a backup in place of the database. Stop the server first. */
export async function restoreDatabase(database: DatabaseConfig, source: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`${source} does not exist`);
  if (database.kind === 'postgres') {
    execFileSync('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${database.url}`, source], { stdio: 'inherit' });
    return;
  }
  const [check] = (await sqliteRun(source, 'PRAGMA integrity_check')) as { integrity_check: string }[];
  if (check?.integrity_check !== 'ok') throw new Error(`${source} is not a sound SQLite database: ${check?.integrity_check}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${database.file}${suffix}`, { force: true });
  copyFileSync(source, database.file);
}
