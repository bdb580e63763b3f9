import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnKinds } from './columns';

export class Notifications1732609200000 implements MigrationInterface {
  name = 'Notifications1732609200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnKinds(queryRunner);
    await queryRunner.addColumn('user', new TableColumn({ name: 'timeZone', type: 'varchar', isNullable: true }));
    await queryRunner.addColumn('user', new TableColumn({ name: 'calendarToken', type: 'varchar', isNullable: true, isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          columnKinds(queryRunner).uuidId(),
          { name: 'userId', type: 'varchar' },
          { name: 'kind', type: 'varchar' },
          { name: 'key', type: 'varchar' },
          { name: 'data', type: 'text' },
          { name: 'createdAt', type: timestamp, default: 'CURRENT_TIMESTAMP' },
          { name: 'readAt', type: timestamp, isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['userId', 'key'], isUnique: true })],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification');
    await queryRunner.dropColumn('user', 'calendarToken');
    await queryRunner.dropColumn('user', 'timeZone');
  }
}
