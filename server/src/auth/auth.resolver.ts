import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../common/access';
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
  signIn(@Args('email') email: string, @Args('password') password: string) {
    return this.auth.signIn(email, password);
  }
}
