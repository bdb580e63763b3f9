import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestContext, Viewer } from '../common/request-context';
import { Role } from '../common/role';
import { WriteClock } from '../common/write-clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { SESSION_TTL_MS, SessionCache } from '../users/session-cache';
import { isCacheableQuery } from './cacheable-query';

/** Bodies larger than this are not looked up: the queries worth keeping are small. */
const MAX_KEYED_BODY = 16 * 1024;

interface Answer {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The clock when the request arrived: any write after it makes the answer stale. */
  stamp: number;
  viewerId?: string;
}

interface Pending {
  key: string;
  stamp: number;
  /** Set once GraphQL has answered a cacheable query without errors. */
  viewer?: Viewer | null;
}

/**
 * Answers to the learner's read queries (outline, progress, lessons, their account), kept as
 * the bytes sent, for the same body, token and Accept-Language. Every write reaches the
 * database through a GraphQL mutation, and forgets: a learner's mutation their own answers
 * (learners write nothing another learner's cacheable fields show), a staff mutation
 * everyone's; a signed-out visitor's (registering, signing in, resetting a password) changes
 * only user rows, and a user row's change (sign-out, role, language) forgets that user's
 * answers, as it does their session in SessionCache. An answer lives at most as long as a
 * session row there, so another server's writes reach this one as late as its sessions do.
 */
@Injectable()
export class ResponseCache {
  private readonly answers?: LRUCache<string, Answer>;
  private readonly pending = new WeakMap<Request, Pending>();
  private readonly cacheable = new WeakMap<DocumentNode, boolean>();
  private readonly clock = new WriteClock();

  constructor(@Inject(APP_CONFIG) config: AppConfig, sessions: SessionCache) {
    if (config.responseCacheMb > 0) {
      this.answers = new LRUCache({ maxSize: config.responseCacheMb * 1024 * 1024, sizeCalculation: (answer, key) => answer.body.length + key.length, ttl: SESSION_TTL_MS });
      sessions.onWritten((who) => this.clock.written(who));
    }
  }

  /** Express middleware, after the JSON body parser: answers a kept query, or keeps the answer being sent. */
  readonly middleware = (req: Request, res: Response, next: NextFunction) => {
    if (!this.answers || req.method !== 'POST' || req.path !== '/graphql' || !req.body || Number(req.headers['content-length']) > MAX_KEYED_BODY) return next();
    const key = `${req.headers.authorization ?? ''}\n${req.headers['accept-language'] ?? ''}\n${JSON.stringify(req.body)}`;
    const answer = this.answers.get(key);
    if (answer && this.fresh(answer)) {
      res.writeHead(200, answer.headers).end(answer.body);
      return;
    }
    const pending: Pending = { key, stamp: this.clock.stamp() };
    this.pending.set(req, pending);
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const [chunk, encoding] = args;
      if (pending.viewer !== undefined && res.statusCode === 200 && !res.headersSent && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        this.keep(pending, res.getHeaders(), typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : chunk);
      }
      return end(...args);
    }) as Response['end'];
    next();
  };

  /** Apollo plugin: marks cacheable answers and forgets after every mutation. */
  plugin(schema: () => GraphQLSchema): ApolloServerPlugin<RequestContext> {
    if (!this.answers) return {};
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, document, response }) => {
          if (operation?.operation === 'mutation') return this.written(contextValue.viewer);
          const pending = this.pending.get(contextValue.req);
          const succeeded = response.body.kind === 'single' && !response.body.singleResult.errors && (response.http.status ?? 200) === 200;
          // a token that names no one (expired, forged, revoked) is answered but not kept, so junk tokens cannot fill the cache
          const namesViewer = Boolean(contextValue.viewer) === Boolean(contextValue.req.headers.authorization);
          if (pending && document && succeeded && namesViewer && this.isCacheable(schema(), document)) pending.viewer = contextValue.viewer ?? null;
        },
      }),
    };
  }

  /** Forgets what a mutation may have changed: a learner's own answers, or, after staff, everyone's. */
  private written(viewer: Viewer | undefined) {
    if (viewer) this.clock.written(viewer.role === Role.TRAINEE ? { userIds: [viewer.id] } : 'everyone');
  }

  private fresh(answer: Answer): boolean {
    return this.clock.unchangedSince(answer.stamp, answer.viewerId);
  }

  private keep(pending: Pending, headers: OutgoingHttpHeaders, body: Buffer) {
    const answer: Answer = { headers: { ...headers }, body, stamp: pending.stamp, viewerId: pending.viewer?.id };
    if (!this.fresh(answer)) return;
    const untilSessionEnds = pending.viewer?.expiresAt === undefined ? SESSION_TTL_MS : pending.viewer.expiresAt - Date.now();
    if (untilSessionEnds > 0) this.answers!.set(pending.key, answer, { ttl: Math.min(SESSION_TTL_MS, untilSessionEnds) });
  }

  private isCacheable(schema: GraphQLSchema, document: DocumentNode): boolean {
    let cacheable = this.cacheable.get(document);
    if (cacheable === undefined) this.cacheable.set(document, (cacheable = isCacheableQuery(schema, document)));
    return cacheable;
  }
}
