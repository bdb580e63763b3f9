import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('cohort')
@Index(['courseSlug', 'startsOn'])
export class CohortEntity {
  @PrimaryColumn()
  id: string;

  @Column()
  courseSlug: string;

  @Column()
  name: string;

  /** The local date week 1 opens, YYYY-MM-DD, in timeZone. */
  @Column()
  startsOn: string;

  /** IANA time zone the cohort's dates are read in, e.g. America/El_Salvador. */
  @Column()
  timeZone: string;

  /** The course's default cohort: every week always open. */
  @Column({ default: false })
  selfPaced: boolean;

  @Column({ type: 'varchar', nullable: true })
  createdById: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
