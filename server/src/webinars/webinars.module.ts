import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgressModule } from '../progress/progress.module';
import { UserEntity } from '../users/user.entity';
import { CalendarService } from './calendar.service';
import { AttendanceEntity, QuestionVoteEntity, RsvpEntity, WebinarEntity, WebinarQuestionEntity } from './webinar.entities';
import { WebinarsController } from './webinars.controller';
import { CalendarResolver } from './calendar.resolver';
import { WebinarsResolver, WeekWebinarsResolver } from './webinars.resolver';
import { WebinarsService } from './webinars.service';

@Module({
  imports: [ProgressModule, NotificationsModule, TypeOrmModule.forFeature([WebinarEntity, AttendanceEntity, RsvpEntity, WebinarQuestionEntity, QuestionVoteEntity, UserEntity])],
  providers: [WebinarsService, CalendarService, WebinarsResolver, WeekWebinarsResolver, CalendarResolver],
  controllers: [WebinarsController],
  exports: [WebinarsService],
})
export class WebinarsModule {}
