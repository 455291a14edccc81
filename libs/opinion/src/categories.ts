import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { normalizeZh } from '@xs/platform';

/** Finds config/opinion-categories.json from the working directory or above this file (src and dist). */
function categoriesFile(): string {
  const name = 'config/opinion-categories.json';
  const candidates = [path.resolve(process.cwd(), name)];
  for (let dir = __dirname, i = 0; i < 8; i++, dir = path.dirname(dir)) candidates.push(path.join(dir, name));
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/**
 * The 民情日记 categories operators edit in config/opinion-categories.json (`{ "categories": [...] }`),
 * re-read when the file changes; a broken edit keeps the last good list.
 */
@Injectable()
export class OpinionCategories {
  private readonly logger = new Logger('opinion');
  private readonly file = categoriesFile();
  private mtimeMs = -1;
  private byNorm = new Map<string, string>();

  list(): string[] {
    this.refresh();
    return [...this.byNorm.values()];
  }

  /** The canonical category for what a user sent (简/繁 and width forgiven), or undefined. */
  resolve(raw: string): string | undefined {
    this.refresh();
    return this.byNorm.get(normalizeZh(raw));
  }

  private refresh(): void {
    let mtime = 0;
    try {
      mtime = statSync(this.file).mtimeMs;
    } catch {
      if (this.mtimeMs === -1) this.logger.warn({ msg: 'opinion categories file missing', file: this.file });
    }
    if (mtime === this.mtimeMs) return;
    this.mtimeMs = mtime;
    try {
      const list = (JSON.parse(readFileSync(this.file, 'utf8')) as { categories?: unknown }).categories;
      if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s.trim().length > 0))
        throw new Error('"categories" must be an array of names');
      this.byNorm = new Map(list.map((s: string) => [normalizeZh(s.trim()), s.trim()]));
    } catch (e) {
      this.logger.error({
        msg: 'opinion categories invalid; keeping the previous list',
        error: (e as Error).message,
      });
    }
  }
}
