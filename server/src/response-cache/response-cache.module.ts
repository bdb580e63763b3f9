import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ResponseCache } from './response-cache';

@Module({
  imports: [UsersModule],
  providers: [ResponseCache],
  exports: [ResponseCache],
})
export class ResponseCacheModule {}
