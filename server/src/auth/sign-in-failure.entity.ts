import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept for an hour or so to throttle guessing; in the database so every server counts the same. */
@Entity('sign_in_failure')
@Index(['account', 'at'])
@Index(['ip', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  account: string;

  @Column({ type: 'varchar', nullable: true })
  ip: string | null;

  @Column({ type: Date })
  at: Date;
}
