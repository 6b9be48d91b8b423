/**
 * Regional profiles: the list shown by `budget-lint rules` and the pane, lookup by id, and the
 * profile a sheet gets — the user's choice, else detected from the sheet's layout.
 */
import type { LayoutHints } from '../tables/performance/model';
import { HEBEI, MOF_2021, NINGXIA, PROFILES, SHANGHAI } from './catalogue';
import type { Profile } from './types';

export type { Profile, Requirement } from './types';

/** id, zh-CN name and description of every profile. */
export const profiles: readonly Pick<Profile, 'id' | 'name' | 'description'>[] = PROFILES.map(
  ({ id, name, description }) => ({ id, name, description }),
);

export function findProfile(id: string | undefined): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/**
 * 成本 as an 一级 → 上海; (必填) marks → 宁夏; a 指标值确定依据 column or 效果指标 → 河北; else 财政部 2021.
 * A chosen profile (--profile, settings) wins over detection.
 */
export function profileFor(hints: LayoutHints, chosenId?: string): Profile {
  const chosen = findProfile(chosenId);
  if (chosen) return chosen;
  if (hints.costAsLevel1) return SHANGHAI;
  if (hints.marks) return NINGXIA;
  if (hints.basisColumn || hints.effectAlias) return HEBEI;
  return MOF_2021;
}
