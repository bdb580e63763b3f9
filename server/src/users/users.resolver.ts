import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import { Locale } from '../common/locale';
import type { RequestContext } from '../common/request-context';
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

  @Mutation(() => User, { description: 'the viewer\'s language and time zone (null: the browser\'s)' })
  @Access.signedIn()
  updateMyPreferences(
    @Context() ctx: RequestContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
    @Args('timeZone', { type: () => String, nullable: true }) timeZone?: string | null,
  ) {
    return this.users.updatePreferences(requireViewer(ctx).id, { locale, timeZone });
  }
}
