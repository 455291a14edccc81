import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { MAX_IMPORT_BYTES } from './spreadsheet';
import { Errors } from '../errors';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, fieldSize: 1000 },
}).single('file');

/** Multipart `file` up to 20 MB into memory; multer's errors become coded 4xx answers (413 when too large). */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    if (!req.is('multipart/form-data')) throw Errors.badInput('MULTIPART_REQUIRED');
    await new Promise<void>((resolve, reject) =>
      upload(req, res, (err: unknown) => {
        if (!err) return resolve();
        const code = (err as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE') return reject(Errors.tooLarge('FILE_TOO_LARGE'));
        if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT')
          return reject(Errors.badInput('UNEXPECTED_FILE'));
        return reject(Errors.badInput('MALFORMED_MULTIPART'));
      }),
    );
    if (!(req as Request & { file?: Express.Multer.File }).file) throw Errors.badInput('FILE_REQUIRED');
    return next.handle();
  }
}
