import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Lookups by secret code (certificates) are throttled per address so codes cannot be enumerated. */
export const LOOKUP_THROTTLE = { name: 'lookup', ttl: 60_000, limit: 30 };

/** ThrottlerGuard for both GraphQL resolvers and HTTP routes. */
@Injectable()
export class LookupThrottlerGuard extends ThrottlerGuard {
  protected getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      const { req } = GqlExecutionContext.create(context).getContext();
      return { req, res: req.res };
    }
    return super.getRequestResponse(context);
  }

  /** One budget per address across every lookup route, not one per route. */
  protected generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }
}
