import { consensusCatalogue, joinCatalogues, sharedCatalogue, translator } from '../../shared/i18n';
import { consoleEn } from './console.en';
import { consoleZhHans, type ConsoleKey } from './console.zh-Hans';
import { consoleZhHant } from './console.zh-Hant';
import type { ConsensusKey, SharedKey } from '../../shared/i18n';

export { LOCALES, locale, setLocale, type Locale } from '../../shared/i18n';

/**
 * The console's texts: the shared catalogue plus the console's parts. A new area adds its own
 * `<area>.zh-Hans.ts` / `<area>.en.ts` beside these (zh-Hant generated) and joins them here.
 */
const catalogue = joinCatalogues(joinCatalogues(sharedCatalogue, consensusCatalogue), {
  'zh-Hans': consoleZhHans,
  'zh-Hant': consoleZhHant,
  en: consoleEn,
});

export type MessageKey = SharedKey | ConsensusKey | ConsoleKey;
export const { t, tEnum, has } = translator(catalogue);
