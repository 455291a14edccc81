import { INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { Server } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { problemsOf, ValidationFailedError } from '../errors/validation-problems';
import { refuseDeepJson } from './json-depth';
import { openApiDocument } from './openapi';
import { Metrics } from '../observability/metrics';
import { metricsRoute } from '../observability/metrics-http';
import { requestContext } from './request-context';
import { PublicCache, publicCacheMiddleware } from './public-cache';
import { cacheValidationMetadata } from './validation-metadata-cache';

export const API_PREFIX = 'api/v1';

/** The one validation pipe: unknown fields are an error, payloads are turned into typed DTOs. */
export function validationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    // The validated object is kept on each error so its rules' arguments can be said in words.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(problemsOf(errors)),
  });
}

/** The origins of the configured map tiles ({s} subdomains written out), for the CSP. */
function tileOrigins(config: AppConfig): string[] {
  const tiles = config.mapTiles;
  if (!tiles) return [];
  const subs = tiles.url.includes('{s}') ? [...tiles.subdomains] : [''];
  const probe = (s: string) => tiles.url.replace(/\{s\}/g, s).replace(/\{[xyz]\}/g, '0');
  return [...new Set(subs.map((s) => new URL(probe(s)).origin))];
}

/** Everything HTTP-wide, shared by main.ts and the end-to-end tests so both run the same app. */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  // X-Forwarded-For is believed only from the proxies named in TRUSTED_PROXIES (none by default):
  // anyone else could write any address into it and slip past per-address limits and the audit.
  express.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  express.disable('x-powered-by');
  const metrics = app.get(Metrics);
  express.use(requestContext(metrics));
  express.use('/metrics', metricsRoute(metrics, config));
  // HSTS is sent below, only over HTTPS: over plain HTTP it means nothing and RFC 6797 forbids it.
  const strict = helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      directives: {
        // Intranet deployments often serve plain http: upgrading would break every script and style.
        upgradeInsecureRequests: null,
        // Live streams (HLS/FLV) come from the broadcaster's own hosts; media cannot run script.
        mediaSrc: ["'self'", 'https:', 'http:', 'blob:'],
        // Map tiles come from the tile server configured in MAP_TILE_URL (天地图, AMap, …), nowhere else.
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigins(config)],
      },
    },
  });
  const docs = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  express.use((req: Request, res: Response, next: NextFunction) => {
    // `secure`: TLS here, or X-Forwarded-Proto: https from a proxy in TRUSTED_PROXIES (nobody else).
    // Without TLS or that header it is false whoever sent it, so the proxy check (an address parse per
    // request) is made only when the header came.
    const secure =
      (req.socket as TLSSocket).encrypted || (req.headers['x-forwarded-proto'] !== undefined && req.secure);
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next);
  });
  // Before the body parsers: a cached public read needs nothing parsed.
  express.use(publicCacheMiddleware(app.get(PublicCache)));
  // Nest leaves `verify` out of its types (it uses it for rawBody, which we do not turn on).
  const json: NestExpressBodyParserOptionsFor<'json'> & { verify: typeof refuseDeepJson } = {
    limit: '1mb',
    verify: refuseDeepJson,
  };
  express.useBodyParser('json', json);
  express.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  if (config.allowedOrigins.length) {
    app.enableCors({
      origin: config.allowedOrigins.includes('*') ? true : config.allowedOrigins,
      credentials: true,
    });
  }
  answerClientErrors(app);
  // Probes sit at the root, where orchestrators and proxies look for them.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(metrics));
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * Requests Node's HTTP parser refuses (headers or URL over 16 KB, broken framing) never reach
 * Express; without this they get an empty 431/400. They get the API's error body instead.
 */
function answerClientErrors(app: INestApplication): void {
  const server = app.getHttpServer() as Server;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      statusCode: status,
      error: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
      message: tooLarge ? '请求地址或请求头过长' : '请求格式不正确',
      code: tooLarge ? 'HEADERS_TOO_LARGE' : 'MALFORMED_REQUEST',
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}
