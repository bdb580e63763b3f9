import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { RateLimitHitEntity } from './rate-limit.entity';

/** @nestjs/throttler's storage in the database: a sliding window shared by every app server. */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<{ totalHits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number }> {
    const hits = this.dataSource.getRepository(RateLimitHitEntity);
    const now = Date.now();
    await hits.insert({ key, at: new Date(now) });
    const windowStart = new Date(now - ttl);
    const totalHits = await hits.countBy({ key, at: MoreThan(windowStart) });
    if (Math.random() < 0.01) await hits.delete({ at: LessThan(new Date(now - 24 * 3600_000)) });
    const seconds = Math.ceil(ttl / 1000);
    return { totalHits, timeToExpire: seconds, isBlocked: totalHits > limit, timeToBlockExpire: totalHits > limit ? seconds : 0 };
  }
}
