import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis, { type RedisOptions } from 'ioredis';
import { Server } from 'socket.io';
import type { ServerOptions } from 'socket.io';
import type { AppConfig } from '@xs/platform';
import { LIVE_MAX_PAYLOAD } from './gateway/live.gateway';
import { originAllowed } from './gateway/origin';

/**
 * socket.io server setup for the live rooms: 64 KB packets at most, CORS by the same origin rule as
 * the handshake, and with REDIS_URL the Redis Streams adapter (on an ioredis client, which the
 * adapter supports next to node-redis) so replicas share rooms. Without it: the in-memory adapter.
 */
type NestIoServer = ReturnType<IoAdapter['createIOServer']>;

/**
 * A duplicate that ignores being closed twice: the adapter closes its reader again after we have, and
 * ioredis answers a second close of a closed connection with a 2 s timer that holds the process open.
 */
class ClosedOnce extends Redis {
  private closed = false;
  override disconnect(reconnect = false): void {
    if (this.closed) return;
    if (!reconnect) this.closed = true;
    super.disconnect(reconnect);
  }
}

/**
 * The adapter's client, remembering the connections the adapter duplicates from it (its stream reader
 * and subscriber). The adapter lets go of its reader only once a blocking XREAD returns (up to 5 s),
 * and never while Redis is away (the read waits for a reconnect that never ends), so closing the
 * server closes them here.
 */
class AdapterRedis extends Redis {
  readonly duplicates: Redis[] = [];
  override duplicate(override?: Partial<RedisOptions>): Redis {
    const copy = new ClosedOnce({ ...this.options, ...override });
    this.duplicates.push(copy);
    return copy;
  }
}

export class LiveIoAdapter extends IoAdapter {
  private redis: AdapterRedis | undefined;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Parameters<IoAdapter['createIOServer']>[1]): NestIoServer {
    // The top-level socket.io (the version the Redis Streams adapter is built against), not Nest's nested copy.
    const opts = {
      ...(options as Partial<ServerOptions> | undefined),
      maxHttpBufferSize: LIVE_MAX_PAYLOAD,
      serveClient: false,
      cors: {
        origin: (origin: string | undefined, cb: (err: Error | null, allow?: boolean) => void) =>
          cb(null, originAllowed(this.config, origin, undefined)),
      },
    } as Partial<ServerOptions>;
    const server = this.httpServer && port === 0 ? new Server(this.httpServer, opts) : new Server(port, opts);
    if (this.config.redisUrl) {
      // Readers (duplicates of this client) wait for Redis to come back rather than spin on errors.
      const redis = new AdapterRedis(this.config.redisUrl, {
        maxRetriesPerRequest: null,
        retryStrategy: (times) => Math.min(times * 100, 1000),
      });
      this.redis = redis;
      // RedisConnection logs the outage; this client just reconnects.
      redis.on('error', () => undefined);
      const factory = createAdapter(redis, {
        streamName: `${this.config.liveRedisPrefix}:sio`,
        channelPrefix: `${this.config.liveRedisPrefix}:sio`,
        sessionKeyPrefix: `${this.config.liveRedisPrefix}:sio:session:`,
        maxLen: 100_000,
        onlyPlaintext: true,
      });
      // socket.io `new`s the adapter: a plain function (not an arrow) that returns the instance.
      server.adapter(function (nsp: Parameters<typeof factory>[0]) {
        return localWhileAway(factory(nsp), redis);
      } as never);
    }
    return server as unknown as NestIoServer;
  }

  override async close(server: NestIoServer): Promise<void> {
    await super.close(server);
    if (this.redis) {
      const r = this.redis;
      this.redis = undefined;
      // QUIT would wait for a Redis that is away (this client retries forever).
      if (r.status === 'ready') await r.quit().catch(() => r.disconnect());
      else r.disconnect();
      for (const copy of r.duplicates) copy.disconnect();
    }
  }
}

/** Called once from apps/server/src/bootstrap.ts. */
export function useLiveAdapter(app: INestApplication, config: AppConfig): void {
  app.useWebSocketAdapter(new LiveIoAdapter(app, config));
}

/**
 * While Redis is away, publishing fails at once instead of queueing: the cluster adapter then
 * delivers to this node's own sockets (its broadcast falls through to the local one on a failed
 * publish), so each replica keeps serving its rooms, and nothing stale floods out on reconnect.
 */
function localWhileAway<A extends object>(adapter: A, redis: Redis): A {
  const a = adapter as unknown as { doPublish(message: unknown): Promise<string> };
  const publish = a.doPublish.bind(a);
  a.doPublish = (message) =>
    redis.status === 'ready' ? publish(message) : Promise.reject(new Error('Redis unavailable'));
  return adapter;
}
