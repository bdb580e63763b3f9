import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MailService } from './mail.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [CohortsModule, TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationsService, MailService, NotificationsResolver],
  exports: [NotificationsService, MailService],
})
export class NotificationsModule {}
