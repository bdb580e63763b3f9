import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ providers: [ReportsService, ReportsResolver], controllers: [ReportsController] })
export class ReportsModule {}
