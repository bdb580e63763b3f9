import { Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Global()
@Module({ imports: [UsersModule], providers: [AuthService, AuthResolver], exports: [AuthService] })
export class AuthModule implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  onApplicationBootstrap() {
    return this.auth.ensureAdmin();
  }
}
