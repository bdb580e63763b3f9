import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true })
  @Access.public()
  me(@Context() ctx: RequestContext) {
    return ctx.viewer ? this.users.findById(ctx.viewer.id) : null;
  }

  @Mutation(() => User)
  @Access.roles(Role.ADMIN)
  setUserRole(@Args('userId', { type: () => ID }) userId: string, @Args('role', { type: () => Role }) role: Role) {
    return this.users.setRole(userId, role);
  }
}
