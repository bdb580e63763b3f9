import { Args, Context, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditSource } from '../audit/audit.service';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { User } from '../users/models/user.model';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => String, { description: 'all the data kept about the viewer, as a JSON document' })
  @Access.signedIn()
  async myData(@Context() ctx: RequestContext) {
    return JSON.stringify(await this.privacy.export(requireViewer(ctx).id), null, 2);
  }

  @Mutation(() => GraphQLISODateTime, { description: 'asks the administrators to delete the viewer\'s data; returns when it was asked' })
  @Access.signedIn()
  requestAccountDeletion(@Context() ctx: RequestContext) {
    return this.privacy.requestDeletion(requireViewer(ctx).id);
  }

  @Mutation(() => User, { description: 'ADMIN: remove what identifies a user, keeping counts and issued certificates' })
  @Access.roles(Role.ADMIN)
  anonymiseUser(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext) {
    return this.privacy.anonymise(requireViewer(ctx), auditSource(ctx), userId);
  }
}
