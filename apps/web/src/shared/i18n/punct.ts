import type { Locale } from './locales';

/**
 * The punctuation each language writes around values the UI puts together: 张三（经济界） but
 * Zhang San (economy), 时间：14:30 but Time: 14:30, 甲、乙 but A, B. Catalogue texts carry their own
 * punctuation; these are for what a template joins from several texts or server values.
 */
export interface Punctuation {
  /** `（text）` / ` (text)` — after a name or figure. */
  paren(text: string | number): string;
  /** The two halves of `paren`, for a bracket around markup. */
  open: string;
  close: string;
  /** `：` / `: ` — between a label and its value. */
  colon: string;
  /** `甲、乙、丙` / `A, B, C` — a list of names. */
  list(items: readonly string[]): string;
  /** `甲；乙` / `A; B` — a list of sentences or messages. */
  clauses(items: readonly string[]): string;
}

const chinese: Punctuation = {
  paren: (text) => `（${text}）`,
  open: '（',
  close: '）',
  colon: '：',
  list: (items) => items.join('、'),
  clauses: (items) => items.join('；'),
};

const PUNCTUATION: Record<Locale, Punctuation> = {
  'zh-Hans': chinese,
  'zh-Hant': chinese,
  en: {
    paren: (text) => ` (${text})`,
    open: ' (',
    close: ')',
    colon: ': ',
    list: (items) => items.join(', '),
    clauses: (items) => items.join('; '),
  },
};

export function punctuationOf(locale: Locale): Punctuation {
  return PUNCTUATION[locale];
}
