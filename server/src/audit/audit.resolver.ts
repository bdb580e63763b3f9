import { Args, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../common/access';
import { AuditService } from './audit.service';

@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field({ description: 'JSON of the identifiers and settings involved' })
  details: string;

  @Field(() => String, { nullable: true })
  ip: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntry], { description: 'ADMIN (not focal points): privileged actions, newest first' })
  @Access.globalAdmin()
  async auditLog(
    @Args('action', { nullable: true }) action?: string,
    @Args('actorId', { type: () => ID, nullable: true }) actorId?: string,
    @Args('targetId', { type: () => ID, nullable: true }) targetId?: string,
    @Args('before', { type: () => GraphQLISODateTime, nullable: true }) before?: Date,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
  ): Promise<AuditEntry[]> {
    const entries = await this.audit.list({ action, actorId, targetId }, Math.min(Math.max(limit ?? 100, 1), 500), before);
    return entries.map((entry) => ({ ...entry, details: JSON.stringify(entry.details) }));
  }
}
