import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AppConfig } from './config/config';
import { ContentService } from './content/content.service';
import { LESSON_PATH, prerenderLesson, prerenderLocale } from './prerender/lesson-prerender';

const API_PREFIXES = ['/graphql', '/health', '/certificates/', '/verify/', '/.well-known/', '/webinars/', '/calendar/', '/reports/', '/me/'];

/**
 * Serves the built web app from web/dist, with index.html for every client-side route, and
 * a lesson's text already in the page for its own address (see README, "Slow connections").
 */
export function serveWebApp(app: INestApplication, config: AppConfig) {
  const index = join(config.webDist, 'index.html');
  const content = app.get(ContentService);
  const server = (app as NestExpressApplication).getHttpAdapter().getInstance() as express.Express;
  server.use('/assets', precompressed(join(config.webDist, 'assets')));
  // Built assets have their content's hash in their names: a browser may keep them for good.
  const assets = join(config.webDist, 'assets');
  const cacheAssets = (res: express.Response, path: string) => {
    if (path.startsWith(assets)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  };
  server.use(express.static(config.webDist, { index: false, maxAge: '1h', setHeaders: cacheAssets }));
  // The built index.html and the course do not change while the server runs: each page is
  // made and compressed once, the app's shell and each lesson in each language.
  const pages = new Map<string, Page>();
  const pageFor = (key: string, render: (indexHtml: string) => string): Page | undefined => {
    if (!pages.has(key) && existsSync(index)) {
      const plain = Buffer.from(render(readFileSync(index, 'utf8')));
      pages.set(key, { plain, gzipped: gzipSync(plain) });
    }
    return pages.get(key);
  };
  server.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    const lesson = LESSON_PATH.exec(req.path);
    const place = lesson ? content.lesson(lesson[1]) : undefined;
    let page: Page | undefined;
    if (place) {
      const locale = prerenderLocale(req.query.lang, req.get('cookie'), req.get('accept-language'));
      page = pageFor(`${place.lesson.id} ${locale}`, (indexHtml) => prerenderLesson(indexHtml, place, locale));
      res.vary('Accept-Language').vary('Cookie');
    } else {
      page = pageFor('', (indexHtml) => indexHtml);
    }
    if (!page) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html');
    res.vary('Accept-Encoding');
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(page.gzipped);
    } else {
      res.send(page.plain);
    }
  });
}

interface Page {
  plain: Buffer;
  gzipped: Buffer;
}

/**
 * The build writes a brotli and a gzip copy beside each asset (web/build/precompress.ts);
 * on a slow link they are what a reader waits for, so send the smallest the browser takes.
 */
function precompressed(assets: string) {
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Brotli whenever the browser takes it, whatever order it lists encodings in: it is the smaller.
    const taken = req.acceptsEncodings();
    const accepted = taken.includes('br') ? 'br' : taken.includes('gzip') ? 'gzip' : undefined;
    const suffix = accepted === 'br' ? '.br' : accepted === 'gzip' ? '.gz' : undefined;
    res.vary('Accept-Encoding');
    if (!suffix || req.path.includes('..') || !existsSync(join(assets, req.path + suffix))) return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', accepted!);
    req.url = req.url.replace(/^[^?]*/, (path) => path + suffix);
    next();
  };
}
