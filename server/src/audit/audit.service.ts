import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { AuditEntity } from './audit.entity';

export type AuditAction =
  | 'user.role'
  | 'user.focal-point'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'user.password-reset-link'
  | 'user.invite'
  | 'user.anonymise'
  | 'certificate.revoke'
  | 'attendance.record'
  | 'attendance.import'
  | 'report.export'
  | 'report.read';

/** Where a request came from: who and from which address. */
export interface AuditSource {
  actorId: string | null;
  ip: string | null;
}

export const auditSource = (ctx: Pick<RequestContext, 'viewer' | 'req'>): AuditSource => ({ actorId: ctx.viewer?.id ?? null, ip: ctx.req?.ip ?? null });

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntity) private readonly entries: Repository<AuditEntity>) {}

  /** Writes the entry, inside the caller's transaction when one is given. */
  async record(source: AuditSource, action: AuditAction, targetId: string | null, details: AuditEntity['details'] = {}, manager: EntityManager = this.entries.manager) {
    await manager.insert(AuditEntity, { at: new Date(), actorId: source.actorId, action, targetId, details, ip: source.ip });
  }

  list(filter: { action?: string; actorId?: string; targetId?: string }, limit: number, before?: Date): Promise<AuditEntity[]> {
    const query = this.entries.createQueryBuilder('a').orderBy('a.at', 'DESC').take(limit);
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.targetId) query.andWhere('a.targetId = :targetId', { targetId: filter.targetId });
    if (before) query.andWhere('a.at < :before', { before });
    return query.getMany();
  }
}
