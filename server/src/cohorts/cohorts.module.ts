import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity } from './cohort.entity';
import { CohortsResolver, WeekOpeningResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [TypeOrmModule.forFeature([CohortEntity])],
  providers: [CohortsService, CohortsResolver, WeekOpeningResolver],
  exports: [CohortsService],
})
export class CohortsModule {}
