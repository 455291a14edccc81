import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { BadInputError, PayloadTooLargeError } from '@xs/platform';
import { MAX_IMPORT_BYTES } from './spreadsheet';

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
    if (!req.is('multipart/form-data'))
      throw new BadInputError('MULTIPART_REQUIRED', '请以 multipart/form-data 上传文件（字段 file）');
    await new Promise<void>((resolve, reject) =>
      upload(req, res, (err: unknown) => {
        if (!err) return resolve();
        const code = (err as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE')
          return reject(new PayloadTooLargeError('FILE_TOO_LARGE', '文件不能超过 20 MB'));
        if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT')
          return reject(new BadInputError('UNEXPECTED_FILE', '只接受一个名为 file 的文件'));
        return reject(new BadInputError('MALFORMED_MULTIPART', '上传内容格式不正确'));
      }),
    );
    if (!(req as Request & { file?: Express.Multer.File }).file)
      throw new BadInputError('FILE_REQUIRED', '请在字段 file 中上传 .xlsx 或 .csv 文件');
    return next.handle();
  }
}
