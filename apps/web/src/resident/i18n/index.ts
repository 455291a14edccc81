import { consensusCatalogue, joinCatalogues, sharedCatalogue, translator } from '../../shared/i18n';
import { h5En } from './h5.en';
import { h5ZhHans } from './h5.zh-Hans';
import { h5ZhHant } from './h5.zh-Hant';
import { opinionEn } from './opinion.en';
import { opinionZhHans } from './opinion.zh-Hans';
import { opinionZhHant } from './opinion.zh-Hant';
import { residentEn } from './resident.en';
import { residentZhHans } from './resident.zh-Hans';
import { residentZhHant } from './resident.zh-Hant';

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

export const { t, tEnum } = translator(
  joinCatalogues(
    joinCatalogues(
      joinCatalogues(joinCatalogues(sharedCatalogue, consensusCatalogue), {
        'zh-Hans': residentZhHans,
        'zh-Hant': residentZhHant,
        en: residentEn,
      }),
      { 'zh-Hans': h5ZhHans, 'zh-Hant': h5ZhHant, en: h5En },
    ),
    { 'zh-Hans': opinionZhHans, 'zh-Hant': opinionZhHant, en: opinionEn },
  ),
);
