import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { CoursesResolver, LessonsResolver } from './courses.resolver';

@Module({ imports: [ProgressModule, CohortsModule], providers: [CoursesResolver, LessonsResolver] })
export class CoursesModule {}
