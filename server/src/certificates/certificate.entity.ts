import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Locale } from '../common/locale';

@Entity('certificate')
@Index(['userId', 'courseSlug'], { unique: true })
export class CertificateEntity {
  @PrimaryColumn()
  code: string;

  @Column()
  userId: string;

  @Column()
  courseSlug: string;

  /** The holder's name as it was on the day of issue. */
  @Column()
  holderName: string;

  /** The language the certificate is printed in: the holder's at issue. */
  @Column({ type: 'varchar' })
  locale: Locale;

  @Column({ type: Date })
  issuedAt: Date;

  /** Ed25519 signature (base64url) over the canonical claims. */
  @Column()
  signature: string;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  revokedById: string | null;

  @Column({ type: 'varchar', nullable: true })
  revokedReason: string | null;
}
