import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestContext, Viewer } from '../common/request-context';
import { Role } from '../common/role';
import { APP_CONFIG, AppConfig } from '../config/config';
import { SESSION_TTL_MS, SessionCache } from '../users/session-cache';
import { isCacheableQuery } from './cacheable-query';

/** Bodies larger than this are not looked up: the queries worth keeping are small. */
const MAX_KEYED_BODY = 16 * 1024;
/** Past this many learners written since the last forgetting, everyone's answers are forgotten. */
const MAX_TRACKED_WRITERS = 50_000;

interface Answer {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The clock when the request arrived: any write after it makes the answer stale. */
  stamp: number;
  sessions: number;
  viewerId?: string;
}

interface Pending {
  key: string;
  stamp: number;
  sessions: number;
  /** Set once GraphQL has answered a cacheable query without errors. */
  viewer?: Viewer | null;
}

/**
 * Answers to the learner's read queries (outline, progress, lessons), kept as the bytes
 * sent, for the same body, token and Accept-Language. Any mutation forgets: a learner's
 * own answers when a learner writes (learners write nothing another learner's cacheable
 * fields show), everyone's when staff or a signed-out visitor write, and everyone's when
 * any user row changes (sign-out, role, language). An answer lives at most as long as a
 * session row in SessionCache, so another server's writes reach this one as late as its
 * sessions do.
 */
@Injectable()
export class ResponseCache {
  private readonly answers?: LRUCache<string, Answer>;
  private readonly pending = new WeakMap<Request, Pending>();
  private readonly cacheable = new WeakMap<DocumentNode, boolean>();
  private clock = 0;
  private everyoneWrote = 0;
  private readonly learnerWrote = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionCache,
  ) {
    if (config.responseCacheMb > 0) {
      this.answers = new LRUCache({ maxSize: config.responseCacheMb * 1024 * 1024, sizeCalculation: (answer, key) => answer.body.length + key.length, ttl: SESSION_TTL_MS });
    }
  }

  /** Express middleware, after the JSON body parser: answers a kept query, or keeps the answer being sent. */
  readonly middleware = (req: Request, res: Response, next: NextFunction) => {
    if (!this.answers) return next();
    if (req.path !== '/graphql') {
      // writes come as GraphQL mutations; any other request that may write forgets everything
      if (req.method !== 'GET' && req.method !== 'HEAD') res.once('finish', () => this.written(undefined));
      return next();
    }
    if (req.method !== 'POST' || !req.body || Number(req.headers['content-length']) > MAX_KEYED_BODY) return next();
    const key = `${req.headers.authorization ?? ''}\n${req.headers['accept-language'] ?? ''}\n${JSON.stringify(req.body)}`;
    const answer = this.answers.get(key);
    if (answer && this.fresh(answer)) {
      res.writeHead(200, answer.headers).end(answer.body);
      return;
    }
    const pending: Pending = { key, stamp: this.clock, sessions: this.sessions.generation };
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
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, document, response }) => {
          if (operation?.operation === 'mutation') return this.written(contextValue.viewer);
          const pending = this.pending.get(contextValue.req);
          const succeeded = response.body.kind === 'single' && !response.body.singleResult.errors && (response.http.status ?? 200) === 200;
          if (pending && document && succeeded && this.isCacheable(schema(), document)) pending.viewer = contextValue.viewer ?? null;
        },
      }),
    };
  }

  /** Forgets what a write may have changed: the learner's own answers, or everyone's. */
  written(viewer: Viewer | undefined) {
    this.clock++;
    if (viewer?.role === Role.TRAINEE && this.learnerWrote.size < MAX_TRACKED_WRITERS) {
      this.learnerWrote.set(viewer.id, this.clock);
    } else {
      this.everyoneWrote = this.clock;
      this.learnerWrote.clear();
    }
  }

  private fresh(answer: Answer): boolean {
    return answer.sessions === this.sessions.generation && this.everyoneWrote <= answer.stamp && (answer.viewerId === undefined || (this.learnerWrote.get(answer.viewerId) ?? 0) <= answer.stamp);
  }

  private keep(pending: Pending, headers: OutgoingHttpHeaders, body: Buffer) {
    const answer: Answer = { headers: { ...headers }, body, stamp: pending.stamp, sessions: pending.sessions, viewerId: pending.viewer?.id };
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
