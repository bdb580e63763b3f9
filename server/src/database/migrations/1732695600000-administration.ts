import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnKinds } from './columns';

export class Administration1732695600000 implements MigrationInterface {
  name = 'Administration1732695600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { postgres, timestamp } = columnKinds(queryRunner);
    await queryRunner.addColumns('user', [
      new TableColumn({ name: 'focalPointCountry', type: 'varchar', length: '2', isNullable: true }),
      new TableColumn({ name: 'deactivatedAt', type: timestamp, isNullable: true }),
      new TableColumn({ name: 'deletionRequestedAt', type: timestamp, isNullable: true }),
      new TableColumn({ name: 'anonymisedAt', type: timestamp, isNullable: true }),
    ]);
    await queryRunner.createIndex('user', new TableIndex({ columnNames: ['country'] }));
    await queryRunner.createTable(
      new Table({
        name: 'password_reset',
        columns: [
          { name: 'tokenHash', type: 'varchar', isPrimary: true },
          { name: 'userId', type: 'varchar' },
          { name: 'expiresAt', type: timestamp },
          { name: 'usedAt', type: timestamp, isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          columnKinds(queryRunner).uuidId(),
          { name: 'at', type: timestamp },
          { name: 'actorId', type: 'varchar', isNullable: true },
          { name: 'action', type: 'varchar' },
          { name: 'targetId', type: 'varchar', isNullable: true },
          { name: 'details', type: 'text' },
          { name: 'ip', type: 'varchar', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_failure',
        columns: [
          columnKinds(queryRunner).uuidId(),
          { name: 'account', type: 'varchar' },
          { name: 'ip', type: 'varchar', isNullable: true },
          { name: 'at', type: timestamp },
        ],
        indices: [new TableIndex({ columnNames: ['account', 'at'] }), new TableIndex({ columnNames: ['ip', 'at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rate_limit_hit',
        columns: [columnKinds(queryRunner).uuidId(), { name: 'key', type: 'varchar' }, { name: 'at', type: timestamp }],
        indices: [new TableIndex({ columnNames: ['key', 'at'] })],
      }),
    );
    // The audit log is append-only, whatever code runs against the database.
    if (postgres) {
      await queryRunner.query(`CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END; $$ LANGUAGE plpgsql`);
      await queryRunner.query(`CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`);
    } else {
      await queryRunner.query(`CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`);
      await queryRunner.query(`CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rate_limit_hit');
    await queryRunner.dropTable('sign_in_failure');
    await queryRunner.dropTable('audit_entry');
    await queryRunner.dropTable('password_reset');
    for (const column of ['anonymisedAt', 'deletionRequestedAt', 'deactivatedAt', 'focalPointCountry']) await queryRunner.dropColumn('user', column);
  }
}
