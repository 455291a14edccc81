import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX } from './configure-http';

/**
 * The REST contract as the code declares it. The served `/api/docs` and the committed
 * `docs/openapi.json` (`npm run openapi`) both come from here, so they cannot differ.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('协商在基层 Xieshang API')
    .setVersion('1')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth()
    .build();
  // Paths are relative to the server URL, so a client is `createClient({ baseUrl: '/api/v1' })`.
  return SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
}
