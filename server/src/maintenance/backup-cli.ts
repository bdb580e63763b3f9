import { loadConfig } from '../config/config';
import { backupDatabase, restoreDatabase } from './backup';

/**
 *   pnpm backup <file>    copy the database (the server may keep running)
 *   pnpm restore <file>   put a copy back (stop the server first)
 * The database is the one DATABASE_URL names, as for pnpm serve.
 */
async function main([command, file]: string[]) {
  if (!['backup', 'restore'].includes(command) || !file) {
    console.error('usage: backup <file> | restore <file>');
    return 2;
  }
  const { database } = loadConfig();
  if (command === 'backup') await backupDatabase(database, file);
  else await restoreDatabase(database, file);
  console.log(`${command === 'backup' ? 'Backed up to' : 'Restored from'} ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
