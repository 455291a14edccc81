import Negotiator from 'negotiator';
import { toTraditional } from '../text/zh';

/** The languages error messages are given in; Simplified Chinese is the source and the default. */
export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

/** A value put into a message that reads differently per language (a time, "the end of this meeting"). */
export interface LocalText {
  readonly 'zh-Hans': string;
  readonly en: string;
}

export function local(zhHans: string, en: string): LocalText {
  return { 'zh-Hans': zhHans, en };
}

export function isLocalText(v: unknown): v is LocalText {
  return typeof v === 'object' && v !== null && typeof (v as LocalText).en === 'string';
}

const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;

/** A language tag (`zh-TW`, `en-GB`, `zh-Hant-HK`) → the language we answer in, or none of ours. */
export function langOfTag(tag: string): Lang | undefined {
  if (TRADITIONAL.test(tag)) return 'zh-Hant';
  if (/^zh\b/i.test(tag)) return 'zh-Hans';
  if (/^en\b/i.test(tag)) return 'en';
  return undefined;
}

/**
 * The language of an `Accept-Language` header: the first of its tags (by q) that we speak; Simplified
 * Chinese when it names none of ours or is absent. A client that knows its user's choice says it here.
 */
export function langOf(acceptLanguage: string | string[] | undefined): Lang {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'zh-Hans';
  for (const tag of new Negotiator({ headers: { 'accept-language': header } }).languages()) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'zh-Hans';
}

/** Simplified Chinese text in the requested script; English is chosen by the caller, not converted. */
export function inScript(text: string, lang: Lang): string {
  return lang === 'zh-Hant' ? toTraditional(text) : text;
}

/** A text of our own wording in the asker's language: the English, or the Chinese in their script. */
export function say(lang: Lang, zhHans: string, en: string): string {
  return lang === 'en' ? en : inScript(zhHans, lang);
}

/**
 * The calendar day of an instant where people are (the display zone, Beijing time by default),
 * `YYYY-MM-DD`: a deadline at 00:00 Beijing time is that day, not the day before as in UTC.
 */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/**
 * An instant as people read it in a message, in the display zone (Beijing time by default):
 * `12月4日 18:40` / `4 Dec, 18:40`. Never an ISO timestamp in UTC.
 */
export function momentText(at: Date, timeZone: string): LocalText {
  const opts = { timeZone, day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return local(
    new Intl.DateTimeFormat('zh-CN', { ...opts, month: 'long' }).format(at),
    new Intl.DateTimeFormat('en-GB', { ...opts, month: 'short' }).format(at),
  );
}
