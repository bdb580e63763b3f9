import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgressModule } from '../progress/progress.module';
import { AttendanceEntity, WebinarEntity } from './webinar.entities';
import { WebinarsResolver, WeekWebinarsResolver } from './webinars.resolver';
import { WebinarsService } from './webinars.service';

@Module({
  imports: [ProgressModule, TypeOrmModule.forFeature([WebinarEntity, AttendanceEntity])],
  providers: [WebinarsService, WebinarsResolver, WeekWebinarsResolver],
  exports: [WebinarsService],
})
export class WebinarsModule {}
