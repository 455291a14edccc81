import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { Errors } from '../errors/error-catalogue';
import { MAX_UPLOAD_BYTES } from './uploads';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1000 },
}).single('file');

/**
 * The one way a file comes in (session materials, outcome and reply attachments): multipart `file` up
 * to 20 MB into memory, with multer's errors turned into coded 4xx answers. The service then types it
 * by content with `acceptUpload`.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    // Without multipart there is no file: the service answers (after its own checks) FILE_REQUIRED.
    if (!req.is('multipart/form-data')) return next.handle();
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
    return next.handle();
  }
}
