import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { RegisterInput } from './dto/register.input';
import { AuthPayload } from './models/auth-payload.model';

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  @Access.public()
  register(@Args('input') input: RegisterInput) {
    return this.auth.register(input);
  }

  @Mutation(() => AuthPayload)
  @Access.public()
  signIn(@Args('email') email: string, @Args('password') password: string, @Context() ctx: RequestContext) {
    return this.auth.signIn(email, password, ctx.req.ip ?? null);
  }

  @Mutation(() => Boolean, { description: 'ends every session of the viewer' })
  @Access.signedIn()
  async signOut(@Context() ctx: RequestContext) {
    await this.auth.signOut(requireViewer(ctx).id);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'ends every other session; returns a fresh token' })
  @Access.signedIn()
  changePassword(@Args('currentPassword') currentPassword: string, @Args('newPassword') newPassword: string, @Context() ctx: RequestContext) {
    return this.auth.changePassword(requireViewer(ctx).id, currentPassword, newPassword);
  }
}
