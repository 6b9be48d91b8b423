/** The shape of a regional profile: which indicator categories a project must have, and how to read it. */
import type { Level2Id } from '../tables/performance/taxonomy';

/** One mandatory category: satisfied by any 二级 of `anyOf` with at least one indicator. */
export interface Requirement {
  /** zh-CN name used in messages ("数量指标", "效益指标（至少一类）"). */
  label: string;
  anyOf: readonly Level2Id[];
  /** The 二级 a quick fix inserts when the requirement is missing. */
  insert: Level2Id;
}

export interface Profile {
  /** Stable id used by --profile, settings and ValidateOptions.profile. */
  id: string;
  /** zh-CN. */
  name: string;
  /** zh-CN: where the rules come from and what differs. */
  description: string;
  requirements: readonly Requirement[];
}
