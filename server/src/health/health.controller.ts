import { BeforeApplicationShutdown, Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/**
 * /health/live: the process answers. /health/ready (and /health, the contract's): it can
 * serve, its database answers and it is not shutting down, so a load balancer can drain it.
 */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(private readonly dataSource: DataSource) {}

  beforeApplicationShutdown() {
    this.shuttingDown = true;
  }

  @Get('live')
  live() {
    return { status: 'alive' };
  }

  @Get(['', 'ready'])
  async ready(@Res({ passthrough: true }) res: Response) {
    const ok = !this.shuttingDown && (await this.dataSource.query('SELECT 1').then(() => true, () => false));
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'unavailable' };
  }
}
