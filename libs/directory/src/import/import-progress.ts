import type { Request, Response } from 'express';
import { toErrorBody } from '@xs/platform';
import type { ImportResult } from './import-result';

/** The media type of a streamed import: one JSON object per line. */
export const NDJSON = 'application/x-ndjson';

/** Where an import is: checking rows (done of total), then writing (the rows that will be written). */
export interface ImportProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
}
export type OnProgress = (p: ImportProgress) => void;

/** How many rows are checked between two progress lines (and two turns of the event loop). */
export const PROGRESS_EVERY = 200;

/** Lets progress lines go out and other requests run during a long check. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Answers an import as JSON, or, when the client accepts `application/x-ndjson`, as a stream of
 * `{ progress }` lines ending in `{ result }` (or `{ error }` with the API's error body). The stream
 * starts with the first progress line, so a file refused while it is read (no rows, missing columns,
 * old .xls) is still a plain 4xx JSON answer.
 */
export async function answerImport(
  req: Request,
  res: Response,
  run: (progress: OnProgress) => Promise<ImportResult>,
): Promise<void> {
  if (!String(req.headers.accept ?? '').includes(NDJSON)) {
    res.status(200).json(await run(() => undefined));
    return;
  }
  let started = false;
  const line = (o: object) => res.write(`${JSON.stringify(o)}\n`);
  try {
    const result = await run((progress) => {
      if (!started) {
        started = true;
        res.status(200);
        res.setHeader('Content-Type', `${NDJSON}; charset=utf-8`);
        res.setHeader('Cache-Control', 'no-store');
        // Proxies (nginx) would otherwise hold the lines back until the end.
        res.setHeader('X-Accel-Buffering', 'no');
        res.flushHeaders();
      }
      line({ progress });
    });
    if (!started) {
      res.status(200).json(result);
      return;
    }
    line({ result });
    res.end();
  } catch (e) {
    const { body } = toErrorBody(e);
    // Before the stream, and for server faults (logged by the filter), the usual error answer.
    if (!started || body.statusCode >= 500) throw e;
    line({ error: body });
    res.end();
  }
}
