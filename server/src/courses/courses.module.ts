import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { CoursesResolver, LessonsResolver } from './courses.resolver';

@Module({ imports: [ProgressModule], providers: [CoursesResolver, LessonsResolver] })
export class CoursesModule {}
