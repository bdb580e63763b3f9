import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { columnKinds } from './columns';

export class WebinarsCertificates1732436400000 implements MigrationInterface {
  name = 'WebinarsCertificates1732436400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnKinds(queryRunner);
    const text = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', ...extra });
    const time = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: timestamp, ...extra });
    const userFk = { columnNames: ['userId'], referencedTableName: 'user', referencedColumnNames: ['id'], onDelete: 'CASCADE' };
    const webinarFk = { columnNames: ['webinarId'], referencedTableName: 'webinar', referencedColumnNames: ['id'], onDelete: 'CASCADE' };

    await queryRunner.createTable(
      new Table({
        name: 'webinar',
        columns: [
          columnKinds(queryRunner).uuidId(),
          text('courseSlug'),
          { name: 'week', type: 'integer' },
          text('title'),
          text('description', { isNullable: true }),
          time('startsAt'),
          { name: 'durationMinutes', type: 'integer' },
          text('joinUrl'),
          text('recordingUrl', { isNullable: true }),
          text('timeZone'),
          { name: 'capacity', type: 'integer', isNullable: true },
          time('cancelledAt', { isNullable: true }),
          { name: 'sequence', type: 'integer', default: 0 },
          text('createdById'),
        ],
        indices: [new TableIndex({ columnNames: ['courseSlug', 'week'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attendance',
        columns: [
          text('webinarId', { isPrimary: true }),
          text('userId', { isPrimary: true }),
          text('recordedById'),
          { name: 'viaRecording', type: 'boolean', default: false },
          time('recordedAt', { default: 'CURRENT_TIMESTAMP' }),
        ],
        indices: [new TableIndex({ columnNames: ['userId'] })],
        foreignKeys: [webinarFk, userFk],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webinar_rsvp',
        columns: [text('webinarId', { isPrimary: true }), text('userId', { isPrimary: true }), time('createdAt', { default: 'CURRENT_TIMESTAMP' })],
        foreignKeys: [webinarFk, userFk],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webinar_question',
        columns: [
          columnKinds(queryRunner).uuidId(),
          text('webinarId'),
          text('userId'),
          text('text'),
          time('createdAt', { default: 'CURRENT_TIMESTAMP' }),
        ],
        indices: [new TableIndex({ columnNames: ['webinarId'] })],
        foreignKeys: [webinarFk, userFk],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webinar_question_vote',
        columns: [text('questionId', { isPrimary: true }), text('userId', { isPrimary: true })],
        foreignKeys: [{ columnNames: ['questionId'], referencedTableName: 'webinar_question', referencedColumnNames: ['id'], onDelete: 'CASCADE' }, userFk],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate',
        columns: [
          text('code', { isPrimary: true }),
          text('userId'),
          text('courseSlug'),
          text('holderName'),
          text('locale'),
          time('issuedAt'),
          text('signature'),
          time('revokedAt', { isNullable: true }),
          text('revokedById', { isNullable: true }),
          text('revokedReason', { isNullable: true }),
        ],
        indices: [new TableIndex({ columnNames: ['userId', 'courseSlug'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['certificate', 'webinar_question_vote', 'webinar_question', 'webinar_rsvp', 'attendance', 'webinar']) await queryRunner.dropTable(table);
  }
}
