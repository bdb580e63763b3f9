import { Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Global()
@Module({ imports: [UsersModule, TypeOrmModule.forFeature([SignInFailureEntity])], providers: [AuthService, AuthResolver], exports: [AuthService] })
export class AuthModule implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  onApplicationBootstrap() {
    return this.auth.ensureAdmin();
  }
}
