import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A one-time link to set a password (reset or invitation); only the token's hash is kept. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryColumn()
  tokenHash: string;

  @Column()
  userId: string;

  @Column({ type: Date })
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  usedAt: Date | null;
}
