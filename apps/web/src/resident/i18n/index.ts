import { consensusCatalogue, joinCatalogues, sharedCatalogue, translator } from '../../shared/i18n';
import { residentEn } from './resident.en';
import { residentZhHans } from './resident.zh-Hans';
import { residentZhHant } from './resident.zh-Hant';

export { LOCALES, locale, setLocale, type Locale } from '../../shared/i18n';

export const { t, tEnum } = translator(
  joinCatalogues(joinCatalogues(sharedCatalogue, consensusCatalogue), {
    'zh-Hans': residentZhHans,
    'zh-Hant': residentZhHant,
    en: residentEn,
  }),
);
