import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config/config';

const API_PREFIXES = ['/graphql', '/health', '/certificates/', '/verify/', '/.well-known/', '/webinars/', '/calendar/', '/reports/', '/me/'];

/** Serves the built web app from web/dist, with index.html for every client-side route. */
export function serveWebApp(app: INestApplication, config: AppConfig) {
  const index = join(config.webDist, 'index.html');
  const server = (app as NestExpressApplication).getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(config.webDist, { index: false, maxAge: '1h', setHeaders: cacheAssets }));
  server.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix)) || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function cacheAssets(res: express.Response, path: string) {
  if (path.includes(`${join('dist', 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
