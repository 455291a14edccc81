import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, configureHttp } from '@xs/platform';
import { useLiveAdapter } from '@xs/live';
import { AppModule } from './app.module';
import { serveWebClient } from './web/web-static';

/** Builds the configured app; main.ts and every end-to-end test go through here, so both run the same thing. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: LoggerService | false,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    bodyParser: false,
    logger,
    abortOnError: false,
  });
  configureHttp(app, config);
  useLiveAdapter(app, config);
  serveWebClient(app);
  app.enableShutdownHooks();
  return app;
}
