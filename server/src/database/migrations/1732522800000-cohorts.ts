import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnKinds } from './columns';

export class Cohorts1732522800000 implements MigrationInterface {
  name = 'Cohorts1732522800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnKinds(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'cohort',
        columns: [
          { name: 'id', type: 'varchar', isPrimary: true },
          { name: 'courseSlug', type: 'varchar' },
          { name: 'name', type: 'varchar' },
          { name: 'startsOn', type: 'varchar' },
          { name: 'timeZone', type: 'varchar' },
          { name: 'selfPaced', type: 'boolean', default: false },
          { name: 'createdById', type: 'varchar', isNullable: true },
          { name: 'createdAt', type: timestamp, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [new TableIndex({ columnNames: ['courseSlug', 'startsOn'] })],
      }),
    );
    await queryRunner.addColumn('enrollment', new TableColumn({ name: 'cohortId', type: 'varchar', isNullable: true }));
    await queryRunner.createIndex('enrollment', new TableIndex({ columnNames: ['cohortId'] }));
    // Earlier enrolments join their course's self-paced cohort.
    const param = (n: number) => (columnKinds(queryRunner).postgres ? `$${n}` : '?');
    const courses: { courseSlug: string }[] = await queryRunner.query('SELECT DISTINCT "courseSlug" FROM "enrollment"');
    for (const { courseSlug } of courses) {
      const id = `${courseSlug}:self-paced`;
      await queryRunner.query(
        `INSERT INTO "cohort" ("id", "courseSlug", "name", "startsOn", "timeZone", "selfPaced") VALUES (${param(1)}, ${param(2)}, 'Self-paced', '2000-01-01', 'UTC', true)`,
        [id, courseSlug],
      );
      await queryRunner.query(`UPDATE "enrollment" SET "cohortId" = ${param(1)} WHERE "courseSlug" = ${param(2)}`, [id, courseSlug]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('enrollment', 'cohortId');
    await queryRunner.dropTable('cohort');
  }
}
