import { translator, type Catalogue } from './core';
import { sharedEn } from './shared.en';
import { sharedZhHans, type SharedKey } from './shared.zh-Hans';
import { sharedZhHant } from './shared.zh-Hant';

export * from './core';
export type { SharedKey };

export const sharedCatalogue: Catalogue<SharedKey> = {
  'zh-Hans': sharedZhHans,
  'zh-Hant': sharedZhHant,
  en: sharedEn,
};

/** Shared texts only (used by code in src/shared); each site has its own `t` over shared + its own keys. */
export const sharedT = translator(sharedCatalogue);
