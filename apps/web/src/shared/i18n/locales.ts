/** The interface's languages (no browser APIs here: the server's tests read this too). */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

export const LOCALES: { code: Locale; label: string }[] = [
  { code: 'zh-Hans', label: '简体' },
  { code: 'zh-Hant', label: '繁體' },
  { code: 'en', label: 'English' },
];
