import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from './config/config';
import { ResponseCache } from './response-cache/response-cache';
import { serveWebApp } from './web-app';

export const BODY_LIMIT = '200kb';

/** HTTP hardening and the web app, the same for the server and the tests. */
export function configureHttp(app: INestApplication, config: AppConfig) {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: BODY_LIMIT });
  // before helmet: a kept answer carries the headers it was first sent with
  express.use(app.get(ResponseCache).middleware);
  express.set('trust proxy', config.trustProxy);
  express.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  serveWebApp(app, config);
}
