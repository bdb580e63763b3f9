import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One counted request of a throttled kind, kept in the database so that every server counts the same. */
@Entity('rate_limit_hit')
@Index(['key', 'at'])
export class RateLimitHitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  key: string;

  @Column({ type: Date })
  at: Date;
}
