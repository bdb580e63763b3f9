import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitSchema } from '../src/schema/emit-schema';

describe('server/schema.gql', () => {
  it('is the schema the server emits now (run pnpm build to refresh it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-schema-check-'));
    try {
      const file = join(dir, 'schema.gql');
      await emitSchema(file);
      expect(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
