/** Claims of a whole narrative table, each tied to the cell of its paragraph. */
import type { NarrativeParagraph } from '../tables/narrative/model';
import type { ChangeClaim, LevelClaim, TextClaim } from './claims';
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

type ParagraphClaims = readonly { paragraph: NarrativeParagraph; claims: readonly TextClaim[] }[];

/** Three rules read the claims of each 情况说明 table: they are extracted once per table and year. */
const CLAIMS_OF_TABLE = new WeakMap<readonly NarrativeParagraph[], { budgetYear?: number; claims: ParagraphClaims }>();

/** Every claim of each paragraph, in reading order; `budgetYear` as for claimsOfParagraphs. */
export function claimsByParagraph(paragraphs: readonly NarrativeParagraph[], budgetYear?: number): ParagraphClaims {
  const known = CLAIMS_OF_TABLE.get(paragraphs);
  if (known && known.budgetYear === budgetYear) return known.claims;
  const year = budgetYear ?? latestYearMentioned(paragraphs.map((p) => p.text));
  const claims = paragraphs.map((paragraph) => ({
    paragraph,
    claims: extractClaims(paragraph.text, { budgetYear: year }),
  }));
  CLAIMS_OF_TABLE.set(paragraphs, { budgetYear, claims });
  return claims;
}

/** `budgetYear` from the tables when known; else the latest year the text itself mentions. */
export function claimsOfParagraphs(paragraphs: readonly NarrativeParagraph[], budgetYear?: number): NarrativeClaims {
  const levels: PlacedLevelClaim[] = [];
  const changes: PlacedChangeClaim[] = [];
  for (const { paragraph, claims } of claimsByParagraph(paragraphs, budgetYear))
    for (const claim of claims) {
      const { row, col } = paragraph;
      if (claim.kind === 'level') levels.push({ ...claim, row, col });
      else if (claim.kind === 'change') changes.push({ ...claim, row, col });
    }
  return { levels, changes };
}
