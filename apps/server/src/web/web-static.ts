import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { PublicCache } from '@xs/platform';
import { ShareCards } from './share-card';

/**
 * Serves the built web client with history-mode fallback: the staff console (console.html) under
 * /console, the resident site (index.html) everywhere else. The API and sockets are left alone.
 */
export function serveWebClient(app: INestApplication): string | undefined {
  // From source (apps/server/src/web) the root is 4 levels up; from the build (dist/apps/server/src/web) 5.
  const dist = [
    path.resolve(__dirname, '../../../../apps/web/dist'),
    path.resolve(__dirname, '../../../../../apps/web/dist'),
  ].find((d) => existsSync(path.join(d, 'index.html')));
  if (!dist) return undefined;
  const express = app as NestExpressApplication;
  express.useStaticAssets(dist, {
    index: false,
    maxAge: '1h',
    // The service worker must be checked on every visit, or a fixed worker would reach phones an hour late.
    setHeaders: (res: Response, file: string) => {
      if (path.basename(file) === 'sw.js') res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const index = path.join(dist, 'index.html');
  const consolePage = path.join(dist, 'console.html');
  const cards = new ShareCards(app);
  const cache = app.get(PublicCache);
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/socket.io') ||
      req.path.startsWith('/health/')
    )
      return next();
    const share = ShareCards.match(req.path);
    if (share) {
      // The link of a session that went out: everyone opens the same page, so it comes from the
      // public cache (its origin is in the tags, hence in the key). Browsers revalidate every time.
      const key = `page ${req.protocol}://${req.get('host')}${req.path}`;
      const hit = cache.get(key);
      if (hit) return PublicCache.send(res, hit, 'no-cache', true);
      const generation = cache.generation;
      // Read on a miss: a new build's asset names show once the cache moves on (≤ its TTL).
      const html = readFileSync(index, 'utf8');
      const answer = share.image ? cards.image(share.id, req) : cards.page(html, share.id, req);
      answer
        .then((body) => {
          if (share.image && !body) return void res.status(404).end();
          if (!body) return void res.setHeader('Cache-Control', 'no-cache').type('html').send(html);
          const bytes = typeof body === 'string' ? Buffer.from(body) : body;
          const type = share.image ? 'image/png' : 'text/html; charset=utf-8';
          PublicCache.send(res, cache.put(key, bytes, type, generation), 'no-cache', false);
        })
        .catch(next);
      return;
    }
    const isConsole = req.path === '/console' || req.path.startsWith('/console/');
    // The pages themselves are never cached: a new build's asset names must reach the browser at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(isConsole && existsSync(consolePage) ? consolePage : index);
  });
  return dist;
}
