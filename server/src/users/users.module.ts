import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { UserAdminResolver } from './user-admin.resolver';
import { UserAdminService } from './user-admin.service';
import { SessionCache } from './session-cache';
import { UserEntity } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [NotificationsModule, TypeOrmModule.forFeature([UserEntity])],
  providers: [SessionCache, UsersService, UsersResolver, UserAdminService, UserAdminResolver],
  exports: [UsersService, SessionCache],
})
export class UsersModule {}
