import { Controller, Get, HttpCode } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @HttpCode(200)
  async health() {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }
}
