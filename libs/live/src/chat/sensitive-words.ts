import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { normalizeZh } from '@xs/platform';

const FILE = path.join('config', 'sensitive-words.txt');

/** Where config/sensitive-words.txt is: the working directory, or the nearest ancestor of this file that has it. */
export function findWordList(): string | null {
  const candidates = [path.resolve(FILE)];
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, FILE));
    if (path.dirname(dir) === dir) break;
  }
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** Comparison form: normalised (简繁, width, case) with white space and common separators removed. */
export function foldForMatch(text: string): string {
  return normalizeZh(text).replace(/[\s\p{P}\p{S}_]+/gu, '');
}

/** The sensitive-word list of config/sensitive-words.txt; matching messages are held for review. */
@Injectable()
export class SensitiveWords {
  private words: string[] = [];
  private readonly logger = new Logger('live');

  constructor() {
    const file = findWordList();
    if (file) this.load(readFileSync(file, 'utf8'));
    else this.logger.warn({ msg: 'config/sensitive-words.txt not found: no words are held' });
  }

  load(content: string): void {
    this.words = [
      ...new Set(
        content
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#'))
          .map(foldForMatch)
          .filter(Boolean),
      ),
    ];
  }

  get size(): number {
    return this.words.length;
  }

  /** The first listed word the text contains, or null. */
  match(text: string): string | null {
    const folded = foldForMatch(text);
    return this.words.find((w) => folded.includes(w)) ?? null;
  }
}
