import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type Redis from 'ioredis';
import { DomainEvents } from '../events/domain-events';
import { Metrics } from '../observability/metrics';
import { RedisConnection } from '../redis/redis';

/** One cached answer: the exact bytes, their strong validator and type. */
export interface CachedAnswer {
  body: Buffer;
  etag: string;
  type: string;
}

/**
 * The public reads anyone may make without signing in, and that read the same for everyone: a
 * session's page and the lists, workstation pages, published outcomes, regions and sector lists.
 * Live-room reads (messages, polls) change every second and are left out.
 */
const CACHEABLE = [
  /^\/api\/v1\/public\/sessions(\/[0-9a-f-]{36})?\/?$/,
  /^\/api\/v1\/public\/workstations(\/[0-9a-f-]{36}(\/schedule)?)?\/?$/,
  /^\/api\/v1\/public\/outcomes(\/[0-9a-f-]{36})?\/?$/,
  /^\/api\/v1\/regions(\/\d+)?\/?$/,
  /^\/api\/v1\/(sectors|workstation-kinds|member-levels)\/?$/,
];

/**
 * Writes that cannot change any public read (signing in, a resident's own registrations, check-ins,
 * statements, opinions, notices). Every other successful write empties the cache: an unknown write
 * costs a few misses, never a stale page.
 */
const HARMLESS_WRITE = [
  /^\/api\/v1\/(auth|me|registrations|statements|invitations|downloads|supervision|opinion-[a-z-]+)(\/|$)/,
  /^\/api\/v1\/sessions\/[^/]+\/(registrations|checkins|walk-ins|draw|statements|invitations)\/?$/,
  /^\/api\/v1\/workstations\/[^/]+\/opinion-entries\/?$/,
];

/**
 * Shared caches (a CDN, nginx) may keep an answer one second and must then ask again; browsers ask
 * every time. Either way the question is a conditional GET that the ETag answers with a 304.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, must-revalidate';

/**
 * The server-side cache of public reads, one per replica, emptied on every replica at once when
 * anything they show changes.
 *
 * Why per replica rather than in Redis: a hit then costs no round trip, which is what a rush of tens
 * of thousands opening one page needs; what must be shared is only the news of a change, which goes
 * through Redis pub/sub when REDIS_URL is set (one process needs nothing). A read that began before a
 * change is not stored after it (the generation moved). The TTL bounds what no write announces (a
 * list's "upcoming" window moving with the clock) and a lost pub/sub message.
 */
@Injectable()
export class PublicCache implements OnModuleInit, OnApplicationShutdown {
  ttlMs = 10_000;
  maxEntries = 5_000;
  hits = 0;
  misses = 0;
  invalidations = 0;
  private readonly entries = new Map<string, { answer: CachedAnswer; at: number }>();
  private gen = 0;
  private readonly nodeId = randomUUID();
  private readonly channel = 'xs:public-cache:changed';
  private sub: Redis | undefined;
  private readonly logger = new Logger('public-cache');

  constructor(
    private readonly redis: RedisConnection,
    events: DomainEvents,
    metrics: Metrics,
  ) {
    // Changes made without an HTTP write (scheduled transitions, jobs) announce themselves as events.
    for (const type of [
      'session.changed',
      'session.published',
      'session.cancelled',
      'session.started',
      'session.ended',
      'outcome.published',
    ] as const)
      events.on(type, () => this.invalidate());
    metrics.counterFrom(
      'xs_public_cache_hits_total',
      'Public reads answered from the cache',
      () => this.hits,
    );
    metrics.counterFrom(
      'xs_public_cache_misses_total',
      'Public reads that went to the database',
      () => this.misses,
    );
    metrics.counterFrom(
      'xs_public_cache_invalidations_total',
      'Times the public cache was emptied (here or announced by another replica)',
      () => this.invalidations,
    );
  }

  async onModuleInit(): Promise<void> {
    const client = this.redis.client;
    if (!client) return;
    this.sub = client.duplicate();
    this.sub.on('error', (e: Error) => this.logger.warn({ msg: 'subscriber error', error: e.message }));
    this.sub.on('message', (_channel: string, from: string) => {
      if (from !== this.nodeId) this.drop();
    });
    await this.sub.subscribe(this.channel);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sub?.quit().catch(() => this.sub?.disconnect());
  }

  /** Moves on every change: an answer read under an older generation is not stored. */
  get generation(): number {
    return this.gen;
  }

  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) {
      this.hits++;
      return hit.answer;
    }
    this.misses++;
    return undefined;
  }

  /** Stores an answer read under `generation` (unless something changed since) and returns it. */
  put(key: string, body: Buffer, type: string, generation: number): CachedAnswer {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const answer = { body, etag, type };
    if (generation === this.gen) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { answer, at: Date.now() });
    }
    return answer;
  }

  /** Something public changed: empty the cache here and on every other replica. */
  invalidate(): void {
    this.drop();
    this.redis.client
      ?.publish(this.channel, this.nodeId)
      .catch((e: Error) => this.logger.warn({ msg: 'invalidation not announced', error: e.message }));
  }

  private drop(): void {
    this.gen++;
    this.invalidations++;
    this.entries.clear();
  }

  /** Sends an answer with its validators: a 304 with no body when the client already has these bytes. */
  static send(res: Response, answer: CachedAnswer, cacheControl: string, hit: boolean): void {
    res.setHeader('ETag', answer.etag);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('X-Cache', hit ? 'hit' : 'miss');
    res.status(200).type(answer.type);
    // Express answers 304 (and no body) itself when If-None-Match names this ETag.
    res.send(answer.body);
  }
}

/**
 * Answers cacheable public GETs from the cache (only requests without credentials: what a signed-in
 * caller reads is not shared) and empties it after any successful write that may show in them.
 */
export function publicCacheMiddleware(cache: PublicCache) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (req.method !== 'OPTIONS' && !HARMLESS_WRITE.some((r) => r.test(req.path)))
        res.on('finish', () => {
          if (res.statusCode < 400) cache.invalidate();
        });
      return next();
    }
    if (req.headers.authorization || !CACHEABLE.some((r) => r.test(req.path))) return next();
    const key = `api ${req.originalUrl}`;
    const hit = cache.get(key);
    if (hit) return PublicCache.send(res, hit, PUBLIC_CACHE_CONTROL, true);
    const generation = cache.generation;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const answer = cache.put(
        key,
        Buffer.from(JSON.stringify(body)),
        'application/json; charset=utf-8',
        generation,
      );
      PublicCache.send(res, answer, PUBLIC_CACHE_CONTROL, false);
      return res;
    };
    next();
  };
}
