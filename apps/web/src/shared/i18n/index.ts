import { translator, type Catalogue } from './core';
import { sharedEn } from './shared.en';
import { sharedZhHans, type SharedKey } from './shared.zh-Hans';
import { sharedZhHant } from './shared.zh-Hant';
import { consensusEn } from './consensus.en';
import { consensusZhHans, type ConsensusKey } from './consensus.zh-Hans';
import { consensusZhHant } from './consensus.zh-Hant';

export * from './core';
export type { ConsensusKey, SharedKey };

export const sharedCatalogue: Catalogue<SharedKey> = {
  'zh-Hans': sharedZhHans,
  'zh-Hant': sharedZhHant,
  en: sharedEn,
};

/** Shared texts only (used by code in src/shared); each site has its own `t` over shared + its own keys. */
export const sharedT = translator(sharedCatalogue);

/** The consensus finder's texts, joined by both sites. */
export const consensusCatalogue: Catalogue<ConsensusKey> = {
  'zh-Hans': consensusZhHans,
  'zh-Hant': consensusZhHant,
  en: consensusEn,
};
