import { ref, watchEffect } from 'vue';
import { en } from './en';
import { zhHans, type MessageKey, type Messages } from './zh-Hans';
import { zhHant } from './zh-Hant';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export type { MessageKey };

const catalogs: Record<Locale, Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
export const LOCALES: { code: Locale; label: string }[] = [
  { code: 'zh-Hans', label: '简体' },
  { code: 'zh-Hant', label: '繁體' },
  { code: 'en', label: 'English' },
];

const STORAGE_KEY = 'xs.locale';
function initial(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'zh-Hant' || saved === 'en' || saved === 'zh-Hans' ? saved : 'zh-Hans';
}

/** Simplified Chinese unless the user picked another language (remembered in localStorage). */
export const locale = ref<Locale>(initial());

watchEffect(() => {
  document.documentElement.lang = locale.value;
  localStorage.setItem(STORAGE_KEY, locale.value);
});

export function setLocale(l: Locale): void {
  locale.value = l;
}

/** The text for `key` in the current language, `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogs[locale.value][key] ?? zhHans[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** For keys built from server values (status, kind, role): falls back to the raw value. */
export function tEnum(prefix: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}` as MessageKey;
  return key in zhHans ? t(key) : value;
}
