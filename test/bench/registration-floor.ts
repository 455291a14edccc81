import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import {
  Body,
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  Headers,
  HttpCode,
  Injectable,
  Module,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
} from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import { validationPipe } from '@xs/platform';
import { RegisterDto } from '../../libs/registration/src/registrations/registrations.dto';

/**
 * The registration storm's floor (`registration.bench.ts` runs it beside the builds): the same POST
 * /api/v1/sessions/:id/registrations on Nest and Express with the product's validation pipe, DTO and
 * helmet, and none of the product's work: no token check (any bearer passes), no database, no queue,
 * no audit. What it spends per request is what the framework alone costs on this machine, so the
 * product's figure can be read against it (as the fan-out bench reads the live room against its floor).
 */
@Injectable()
class AnyBearer implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Request>();
    // The bench's readiness probe (GET /health) comes without one, as to the product.
    return req.method === 'GET' || /^Bearer \S+$/.test(req.headers.authorization ?? '');
  }
}

@Controller()
class FloorController {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Post('sessions/:id/registrations')
  @HttpCode(201)
  register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RegisterDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): { id: string; status: 'confirmed'; ticket: { code: string } } {
    // Every parameter the product's handler takes, read the same way (its pipes are part of the floor).
    if (dto.consent !== true || !id || key === '') res.status(400);
    return { id: randomUUID(), status: 'confirmed', ticket: { code: String(randomInt(1e11, 1e12)) } };
  }
}

@Module({ controllers: [FloorController], providers: [{ provide: APP_GUARD, useClass: AnyBearer }] })
class FloorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(FloorModule, {
    logger: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(helmet());
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(validationPipe());
  await app.listen(Number(process.env.PORT), '0.0.0.0');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
