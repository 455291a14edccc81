import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { normalizeZh } from '@xs/platform';

/** Overrides where the list is read from (tests); config/sectors.json otherwise. */
export const SECTORS_FILE = 'xs:directory:sectors-file';

/** Finds config/sectors.json from the working directory or above this file (src and dist layouts). */
export function sectorsFile(): string {
  const candidates = [path.resolve(process.cwd(), 'config/sectors.json')];
  for (let dir = __dirname, i = 0; i < 8; i++, dir = path.dirname(dir))
    candidates.push(path.join(dir, 'config/sectors.json'));
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/**
 * The 界别 list operators edit in config/sectors.json. Re-read whenever the file's modification
 * time changes, so an edit takes effect without a restart; a broken edit keeps the last good list.
 */
@Injectable()
export class SectorCatalog {
  private readonly logger = new Logger('sectors');
  private readonly file: string;
  private mtimeMs = -1;
  private names: string[] = [];
  private byNorm = new Map<string, string>();

  constructor(@Optional() @Inject(SECTORS_FILE) file?: string) {
    this.file = file ?? sectorsFile();
  }

  list(): string[] {
    this.refresh();
    return [...this.names];
  }

  /** The canonical name for what a user wrote (简/繁, width and a trailing 界 are forgiven). */
  resolve(raw: string): string | undefined {
    this.refresh();
    const n = normalizeZh(raw);
    return this.byNorm.get(n) ?? this.byNorm.get(`${n}界`);
  }

  private refresh(): void {
    let mtime: number;
    try {
      mtime = statSync(this.file).mtimeMs;
    } catch {
      if (this.mtimeMs === -1) this.logger.warn({ msg: 'sectors file missing', file: this.file });
      this.mtimeMs = 0;
      return;
    }
    if (mtime === this.mtimeMs) return;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { sectors?: unknown };
      const list = parsed.sectors;
      if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s.trim().length > 0))
        throw new Error('"sectors" must be an array of names');
      this.names = [...new Set(list.map((s: string) => s.trim()))];
      this.byNorm = new Map(this.names.map((s) => [normalizeZh(s), s]));
      this.mtimeMs = mtime;
    } catch (e) {
      this.logger.error({
        msg: 'sectors file invalid; keeping the previous list',
        error: (e as Error).message,
      });
      this.mtimeMs = mtime;
    }
  }
}
