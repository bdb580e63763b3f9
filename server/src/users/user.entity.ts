import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '../common/locale';
import { Role } from '../common/role';

@Entity('user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  email: string;

  @Column()
  name: string;

  @Column()
  passwordHash: string;

  @Column({ type: 'varchar' })
  role: Role;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', nullable: true })
  post: string | null;

  @Column({ type: 'varchar' })
  locale: Locale;

  /** IANA time zone times are shown in; null: the browser's. */
  @Column({ type: 'varchar', nullable: true })
  timeZone: string | null;

  /** Secret of the personal calendar feed URL; null until asked for. */
  @Column({ type: 'varchar', nullable: true, unique: true })
  calendarToken: string | null;

  /** A country focal point: an ADMIN who sees only this country's users and completion. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  focalPointCountry: string | null;

  @Column({ type: Date, nullable: true })
  deactivatedAt: Date | null;

  @Column({ type: Date, nullable: true })
  deletionRequestedAt: Date | null;

  @Column({ type: Date, nullable: true })
  anonymisedAt: Date | null;

  /** Raised to invalidate every token issued before. */
  @Column({ default: 0 })
  tokenVersion: number;

  @CreateDateColumn()
  createdAt: Date;
}
