import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body';
import { ERROR_REASONS } from './api-docs';
import { API_PREFIX } from './configure-http';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * The REST contract as the code declares it. The served `/api/docs` and the committed
 * `docs/openapi.json` (`npm run openapi`) both come from here, so they cannot differ.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('协商在基层 Xieshang API')
    .setDescription(
      'The REST contract of the Xieshang server. Errors share one body (`ErrorBody`) whose `code` is stable. ' +
        'Lists are paged as `{ items, total }` with `?page=&pageSize=`. The live room protocol (socket.io, ' +
        'namespace `/live`) is described in docs/asyncapi.json.',
    )
    .setVersion('1')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth()
    .build();
  // Paths are relative to the server URL, so a client is `createClient({ baseUrl: '/api/v1' })`.
  const doc = SwaggerModule.createDocument(app, config, {
    ignoreGlobalPrefix: true,
    extraModels: [ErrorBody],
  });
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) addSharedErrors(op, method);
    }
  }
  return doc;
}

/** Errors every route of a kind can answer: input it validates, ids it looks up, bodies it limits. */
function addSharedErrors(op: OperationObject, method: (typeof METHODS)[number]): void {
  const params = op.parameters ?? [];
  const shared: number[] = [];
  if (params.length || op.requestBody) shared.push(400);
  if (params.some((p) => 'in' in p && p.in === 'path')) shared.push(404);
  if (op.requestBody) shared.push(413);
  // Writes by residents and anonymous callers count against WRITE_RATE_PER_MINUTE (`x-roles` says who may call).
  const roles = (op as { 'x-roles'?: string[] })['x-roles'] ?? [];
  if (method !== 'get' && roles.some((r) => ['anyone', 'any', 'resident'].includes(r))) shared.push(429);
  const responses = op.responses;
  for (const status of shared) {
    responses[status] ??= {
      description: ERROR_REASONS[status],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  // Keep statuses in order, whatever order the decorators and the defaults came in.
  op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
