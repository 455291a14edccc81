import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { Errors } from '../errors';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0 },
}).single('file');

/** Multipart `file` up to 10 MB into memory, multer's errors as coded 4xx answers (as for materials). */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    // Without multipart there is no file: the service answers FILE_REQUIRED.
    if (!req.is('multipart/form-data')) return next.handle();
    await new Promise<void>((resolve, reject) =>
      upload(req, res, (err: unknown) => {
        if (!err) return resolve();
        const code = (err as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE') return reject(Errors.tooLarge('FILE_TOO_LARGE'));
        if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_FIELD_COUNT')
          return reject(Errors.badInput('UNEXPECTED_FILE'));
        return reject(Errors.badInput('MALFORMED_MULTIPART'));
      }),
    );
    return next.handle();
  }
}
