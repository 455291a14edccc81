import { ref, watchEffect } from 'vue';
import type { Locale } from './locales';
import { punctuationOf } from './punct';

export { LOCALES, type Locale } from './locales';

const STORAGE_KEY = 'xs.locale';
function initial(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'zh-Hant' || saved === 'en' || saved === 'zh-Hans' ? saved : 'zh-Hans';
}

/** Simplified Chinese unless the user picked another language (remembered in localStorage, shared by both sites). */
export const locale = ref<Locale>(initial());

watchEffect(() => {
  document.documentElement.lang = locale.value;
  localStorage.setItem(STORAGE_KEY, locale.value);
});

export function setLocale(l: Locale): void {
  locale.value = l;
}

/** A catalogue in the three languages; zh-Hans is the source, the others must have every key. */
export type Catalogue<K extends string> = Record<Locale, Record<K, string>>;

/** Joins catalogues (shared + a site's own) into one. */
export function joinCatalogues<A extends string, B extends string>(
  a: Catalogue<A>,
  b: Catalogue<B>,
): Catalogue<A | B> {
  return {
    'zh-Hans': { ...a['zh-Hans'], ...b['zh-Hans'] },
    'zh-Hant': { ...a['zh-Hant'], ...b['zh-Hant'] },
    en: { ...a.en, ...b.en },
  } as Catalogue<A | B>;
}

export interface Translator<K extends string> {
  /** The text for `key` in the current language, `{name}` placeholders filled from `params`. */
  t(key: K, params?: Record<string, string | number>): string;
  /** For keys built from server values (status, kind, role): falls back to the raw value. */
  tEnum(prefix: string, value: string | null | undefined): string;
  /** Whether a key built at run time exists. */
  has(key: string): key is K;
}

export function translator<K extends string>(cat: Catalogue<K>): Translator<K> {
  const source = cat['zh-Hans'];
  const has = (key: string): key is K => key in source;
  function t(key: K, params?: Record<string, string | number>): string {
    const text = cat[locale.value][key] ?? source[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  }
  function tEnum(prefix: string, value: string | null | undefined): string {
    if (!value) return '';
    const key = `${prefix}.${value}`;
    return has(key) ? t(key) : value;
  }
  return { t, tEnum, has };
}

/** `（text）` in Chinese, ` (text)` in English: for a template that brackets a value after a name. */
export function paren(text: string | number): string {
  return punctuationOf(locale.value).paren(text);
}

/** The opening and closing bracket of `paren`, for a bracket around markup. */
export function parenParts(): [string, string] {
  const p = punctuationOf(locale.value);
  return [p.open, p.close];
}

/** The colon between a label and its value in the current language (`：` / `: `). */
export function colon(): string {
  return punctuationOf(locale.value).colon;
}

/** Names as a list in the current language (`甲、乙` / `A, B`). */
export function listOf(items: readonly string[]): string {
  return punctuationOf(locale.value).list(items);
}

/** Sentences or messages as one line in the current language (`甲；乙` / `A; B`). */
export function clausesOf(items: readonly string[]): string {
  return punctuationOf(locale.value).clauses(items);
}
