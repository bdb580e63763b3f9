import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config';
import { backupDatabase, restoreDatabase } from '../src/maintenance/backup';
import { TestApp } from './test-app';

const sqliteOnly = process.env.TEST_POSTGRES_URL ? describe.skip : describe;

sqliteOnly('backup and restore (SQLite)', () => {
  it('round-trips the database: what came after the backup is gone, what came before is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-backup-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'campus.sqlite')}`, DATA_DIR: dir };
    const backup = join(dir, 'backup.sqlite');
    try {
      let t = await TestApp.start(env);
      const before = await t.registerTrainee({ name: 'Before Backup' });
      await backupDatabase(loadConfig(env).database, backup);
      const after = await t.registerTrainee({ name: 'After Backup' });
      await t.app.close();

      await restoreDatabase(loadConfig(env).database, backup);
      t = await TestApp.start(env);
      const admin = await t.signInAdmin();
      const names = (await t.ok(`{ users(filter: { role: TRAINEE }) { items { id name } } }`, {}, admin)).users.items;
      expect(names).toContainEqual({ id: before.id, name: 'Before Backup' });
      expect(names.map((u: { id: string }) => u.id)).not.toContain(after.id);
      await t.app.close();
      await expect(backupDatabase(loadConfig(env).database, backup)).rejects.toThrow(/exists already/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
