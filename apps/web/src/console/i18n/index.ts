import { consensusCatalogue, joinCatalogues, sharedCatalogue, translator } from '../../shared/i18n';
import { consoleEn } from './console.en';
import { consoleZhHans, type ConsoleKey } from './console.zh-Hans';
import { consoleZhHant } from './console.zh-Hant';
import { adminEn } from './admin.en';
import { adminZhHans, type AdminKey } from './admin.zh-Hans';
import { adminZhHant } from './admin.zh-Hant';
import { directoryEn } from './directory.en';
import { directoryZhHans, type DirectoryKey } from './directory.zh-Hans';
import { directoryZhHant } from './directory.zh-Hant';
import { handlingEn } from './handling.en';
import { handlingZhHans, type HandlingKey } from './handling.zh-Hans';
import { handlingZhHant } from './handling.zh-Hant';
import { opinionEn } from './opinion.en';
import { opinionZhHans, type OpinionKey } from './opinion.zh-Hans';
import { opinionZhHant } from './opinion.zh-Hant';
import type { ConsensusKey, SharedKey } from '../../shared/i18n';

export {
  clausesOf,
  colon,
  listOf,
  LOCALES,
  locale,
  paren,
  parenParts,
  setLocale,
  type Locale,
} from '../../shared/i18n';

/**
 * The console's texts: the shared catalogue plus the console's parts. A new area adds its own
 * `<area>.zh-Hans.ts` / `<area>.en.ts` beside these (zh-Hant generated) and joins them here.
 */
const catalogue = joinCatalogues(
  joinCatalogues(
    joinCatalogues(
      joinCatalogues(
        joinCatalogues(joinCatalogues(sharedCatalogue, consensusCatalogue), {
          'zh-Hans': consoleZhHans,
          'zh-Hant': consoleZhHant,
          en: consoleEn,
        }),
        { 'zh-Hans': handlingZhHans, 'zh-Hant': handlingZhHant, en: handlingEn },
      ),
      { 'zh-Hans': adminZhHans, 'zh-Hant': adminZhHant, en: adminEn },
    ),
    { 'zh-Hans': directoryZhHans, 'zh-Hant': directoryZhHant, en: directoryEn },
  ),
  { 'zh-Hans': opinionZhHans, 'zh-Hant': opinionZhHant, en: opinionEn },
);

export type MessageKey =
  SharedKey | ConsensusKey | ConsoleKey | HandlingKey | AdminKey | DirectoryKey | OpinionKey;
export const { t, tEnum, has } = translator(catalogue);
