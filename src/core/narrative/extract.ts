/** Claims of a whole narrative table, each tied to the cell of its paragraph. */
import type { NarrativeParagraph } from '../tables/narrative/model';
import type { ChangeClaim, LevelClaim } from './claims';
import { extractClaims, latestYearMentioned } from './claims';

export interface PlacedLevelClaim extends LevelClaim {
  row: number;
  col: number;
}

export interface PlacedChangeClaim extends ChangeClaim {
  row: number;
  col: number;
}

export interface NarrativeClaims {
  levels: PlacedLevelClaim[];
  changes: PlacedChangeClaim[];
}

/** `budgetYear` from the tables when known; else the latest year the text itself mentions. */
export function claimsOfParagraphs(paragraphs: readonly NarrativeParagraph[], budgetYear?: number): NarrativeClaims {
  const year = budgetYear ?? latestYearMentioned(paragraphs.map((p) => p.text));
  const levels: PlacedLevelClaim[] = [];
  const changes: PlacedChangeClaim[] = [];
  for (const { row, col, text } of paragraphs)
    for (const claim of extractClaims(text, { budgetYear: year })) {
      if (claim.kind === 'level') levels.push({ ...claim, row, col });
      else changes.push({ ...claim, row, col });
    }
  return { levels, changes };
}
