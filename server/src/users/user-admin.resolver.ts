import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditSource } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { UserFilter } from './dto/user-admin.input';
import { InviteReport, UserPage } from './models/user-admin.model';
import { User } from './models/user.model';
import { UserAdminService } from './user-admin.service';

@Resolver(() => User)
export class UserAdminResolver {
  constructor(
    private readonly admin: UserAdminService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => UserPage, { description: 'ADMIN; a focal point sees only their country' })
  @Access.roles(Role.ADMIN)
  users(
    @Context() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: UserFilter,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
  ) {
    return this.admin.list(requireViewer(ctx), filter ?? {}, Math.max(offset ?? 0, 0), Math.min(Math.max(limit ?? 50, 1), 200));
  }

  @Mutation(() => User)
  @Access.globalAdmin()
  setUserRole(@Args('userId', { type: () => ID }) userId: string, @Args('role', { type: () => Role }) role: Role, @Context() ctx: RequestContext) {
    return this.admin.setRole(auditSource(ctx), userId, role);
  }

  @Mutation(() => User, { description: 'ADMIN: scope an ADMIN to one country (a focal point), or null for full access' })
  @Access.globalAdmin()
  setFocalPoint(@Args('userId', { type: () => ID }) userId: string, @Args('country', { type: () => String, nullable: true }) country: string | null, @Context() ctx: RequestContext) {
    return this.admin.setFocalPoint(auditSource(ctx), userId, country ?? null);
  }

  @Mutation(() => User, { description: 'ADMIN: deactivate (signs the user out everywhere) or reactivate' })
  @Access.roles(Role.ADMIN)
  setUserActive(@Args('userId', { type: () => ID }) userId: string, @Args('active') active: boolean, @Context() ctx: RequestContext) {
    return this.admin.setActive(requireViewer(ctx), auditSource(ctx), userId, active);
  }

  @Mutation(() => String, { description: 'ADMIN: a one-time link to set a new password (also e-mailed when SMTP is set up)' })
  @Access.roles(Role.ADMIN)
  createPasswordResetLink(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext) {
    return this.admin.passwordResetLink(requireViewer(ctx), auditSource(ctx), userId);
  }

  @Mutation(() => InviteReport, { description: 'ADMIN: invite from CSV rows of email, name, country, post' })
  @Access.roles(Role.ADMIN)
  inviteUsers(@Args('csv') csv: string, @Context() ctx: RequestContext) {
    return this.admin.invite(requireViewer(ctx), auditSource(ctx), csv, () => this.auth.unusablePasswordHash());
  }

  @Mutation(() => Boolean, { description: 'sets a password with a one-time link\'s token' })
  @Access.public()
  async resetPassword(@Args('token') token: string, @Args('password') password: string) {
    await this.admin.resetPassword(token, (user) => this.auth.hashNewPassword(password, [user.name, user.email]));
    return true;
  }
}
