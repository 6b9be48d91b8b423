/**
 * The mandatory categories of one indicator table: its profile's, plus every category the sheet
 * itself marks 必填, minus single categories the sheet marks 选填 (the sheet's own template wins).
 */
import type { IndicatorBlock } from '../tables/performance/model';
import type { Level2Id } from '../tables/performance/taxonomy';
import { COST_LEVEL2, LEVEL2_LABELS } from '../tables/performance/taxonomy';
import type { Profile, Requirement } from './types';

/** A requirement met by one 二级 category, named as the taxonomy names it ("数量指标"). */
export function categoryRequirement(id: Level2Id): Requirement {
  return { label: LEVEL2_LABELS[id], anyOf: [id], insert: id };
}

export function mandatoryCategories(block: IndicatorBlock, profile: Profile): Requirement[] {
  const optional = new Set(block.categories.filter((c) => c.mark === 'optional').map((c) => c.level2));
  const result = profile.requirements.filter((r) => !(r.anyOf.length === 1 && optional.has(r.anyOf[0])));
  for (const category of block.categories) {
    const id = category.level2;
    if (category.mark !== 'required' || id === null) continue;
    if (result.some((r) => covers(r, id))) continue;
    result.push(categoryRequirement(id));
  }
  return result;
}

/** A requirement already demands this category: it is its only member, or all its members are costs. */
function covers(requirement: Requirement, id: Level2Id): boolean {
  if (!requirement.anyOf.includes(id)) return false;
  return requirement.anyOf.length === 1 || requirement.anyOf.every((c) => COST_LEVEL2.includes(c));
}
