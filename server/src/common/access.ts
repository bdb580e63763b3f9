import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from './app-error';
import { RequestContext, Viewer } from './request-context';
import { Role } from './role';

type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] } | { kind: 'global-admin' };

const ACCESS_KEY = 'access';

/**
 * Every query and mutation declares who may call it; the guard refuses any operation
 * without a declaration, so a new resolver cannot be open by accident.
 */
export const Access = {
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  signedIn: () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule),
  roles: (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
  /** An ADMIN without a country scope: focal points may not. */
  globalAdmin: () => SetMetadata(ACCESS_KEY, { kind: 'global-admin' } satisfies AccessRule),
};

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const parentType = gql.getInfo().parentType.name;
    if (parentType !== 'Query' && parentType !== 'Mutation') return true;
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_KEY, context.getHandler());
    if (!rule) throw forbidden('This operation is not available');
    const viewer = gql.getContext<RequestContext>().viewer;
    if (rule.kind === 'public') return true;
    if (!viewer) throw unauthenticated();
    if (rule.kind === 'roles' && !rule.roles.includes(viewer.role)) throw forbidden();
    if (rule.kind === 'global-admin' && (viewer.role !== Role.ADMIN || viewer.scopeCountry)) throw forbidden('Only administrators without a country scope may do this');
    return true;
  }
}

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
