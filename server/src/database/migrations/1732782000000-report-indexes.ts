import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const NAME_ORDER = new TableIndex({ name: 'IDX_user_name_id', columnNames: ['name', 'id'] });

export class ReportIndexes1732782000000 implements MigrationInterface {
  name = 'ReportIndexes1732782000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('user', NAME_ORDER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('user', NAME_ORDER.name!);
  }
}
