import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { BadInputError, PayloadTooLargeError } from '@xs/platform';

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
        if (code === 'LIMIT_FILE_SIZE')
          return reject(new PayloadTooLargeError('FILE_TOO_LARGE', '照片不能超过 10 MB'));
        if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_FIELD_COUNT')
          return reject(new BadInputError('UNEXPECTED_FILE', '只接受一个名为 file 的文件'));
        return reject(new BadInputError('MALFORMED_MULTIPART', '上传内容格式不正确'));
      }),
    );
    return next.handle();
  }
}
