import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One privileged action. Append-only: the database refuses updates and deletes (see the migration). */
@Entity('audit_entry')
@Index(['at'])
export class AuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: Date })
  at: Date;

  @Column({ type: 'varchar', nullable: true })
  actorId: string | null;

  @Column()
  action: string;

  @Column({ type: 'varchar', nullable: true })
  targetId: string | null;

  /** Identifiers and settings only, never free text a person typed. */
  @Column('simple-json')
  details: Record<string, string | number | boolean | null>;

  @Column({ type: 'varchar', nullable: true })
  ip: string | null;
}
