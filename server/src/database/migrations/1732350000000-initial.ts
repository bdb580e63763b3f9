import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { columnKinds } from './columns';

/** Written with TypeORM's table builder so the same migration runs on SQLite and PostgreSQL. */
export class Initial1732350000000 implements MigrationInterface {
  name = 'Initial1732350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnKinds(queryRunner);
    const id = columnKinds(queryRunner).uuidId();
    const text = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', ...extra });
    const json = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra });
    const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
    const bool = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'boolean', ...extra });
    const time = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: timestamp, ...extra });
    const createdNow = { default: 'CURRENT_TIMESTAMP' };

    await queryRunner.createTable(
      new Table({
        name: 'user',
        columns: [
          id,
          text('email', { isUnique: true }),
          text('name'),
          text('passwordHash'),
          text('role'),
          text('country', { length: '2' }),
          text('post', { isNullable: true }),
          text('locale'),
          int('tokenVersion', { default: 0 }),
          time('createdAt', createdNow),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'course', columns: [text('slug', { isPrimary: true }), json('title'), json('summary'), json('issuer'), int('hours')] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'week',
        columns: [text('courseSlug', { isPrimary: true }), int('number', { isPrimary: true }), bool('isWebinarWeek'), json('title'), json('summary')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lesson',
        columns: [text('id', { isPrimary: true }), text('courseSlug'), int('weekNumber'), int('position'), text('slug'), json('title'), json('html'), int('minutes'), bool('retired', { default: false })],
        indices: [new TableIndex({ columnNames: ['courseSlug', 'weekNumber'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quiz',
        columns: [
          text('id', { isPrimary: true }),
          text('courseSlug'),
          int('weekNumber'),
          int('position'),
          json('title'),
          int('passPercent'),
          int('maxAttempts', { isNullable: true }),
          json('questions'),
          bool('retired', { default: false }),
        ],
        indices: [new TableIndex({ columnNames: ['courseSlug', 'weekNumber'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enrollment',
        columns: [id, text('userId'), text('courseSlug'), time('enrolledAt', createdNow), time('completedAt', { isNullable: true })],
        indices: [new TableIndex({ columnNames: ['userId', 'courseSlug'], isUnique: true }), new TableIndex({ columnNames: ['courseSlug'] })],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lesson_completion',
        columns: [text('userId', { isPrimary: true }), text('lessonId', { isPrimary: true }), time('completedAt', createdNow)],
        foreignKeys: [
          { columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['lessonId'], referencedTableName: 'lesson', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quiz_attempt',
        columns: [
          id,
          text('userId'),
          text('quizId'),
          time('startedAt'),
          time('submittedAt', { isNullable: true }),
          { name: 'scorePercent', type: 'float', isNullable: true },
          bool('passed', { isNullable: true }),
          json('answers', { isNullable: true }),
        ],
        indices: [new TableIndex({ columnNames: ['userId', 'quizId'] })],
        foreignKeys: [
          { columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['quizId'], referencedTableName: 'quiz', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['quiz_attempt', 'lesson_completion', 'enrollment', 'quiz', 'lesson', 'week', 'course', 'user']) {
      await queryRunner.dropTable(table);
    }
  }
}
