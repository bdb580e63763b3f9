import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column types that mean the same on SQLite and PostgreSQL. Ids are text on both; on
 * PostgreSQL the database makes new UUIDs, on SQLite TypeORM does.
 */
export function columnKinds(queryRunner: QueryRunner) {
  const postgres = queryRunner.connection.driver.options.type === 'postgres';
  return {
    postgres,
    timestamp: postgres ? 'timestamp' : 'datetime',
    uuidId: (): TableColumnOptions =>
      postgres
        ? { name: 'id', type: 'varchar', isPrimary: true, default: 'gen_random_uuid()::varchar' }
        : { name: 'id', type: 'varchar', isPrimary: true, isGenerated: true, generationStrategy: 'uuid' },
  };
}
