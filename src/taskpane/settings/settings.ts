/**
 * The pane's settings (profile, per-rule severity, recognition overrides, 科目目录) and how they are parsed
 * back from storage: stored JSON is untrusted, so anything unknown is dropped rather than trusted.
 */
import { z } from 'zod';
import type { Severity } from '../../core/report/types';
import { isTableKind, type TableKind } from '../../core/tables/kinds';
import { storedCatalogueSchema, type StoredCatalogue } from './catalogue';

export type SeveritySetting = Severity | 'off';
export type KindOverride = TableKind | 'skip';

export interface PaneSettings {
  profile?: string;
  severity: Record<string, SeveritySetting>;
  kindOverrides: Record<string, KindOverride>;
  /** The imported 科目目录, if any (enables code/unknown). */
  catalogue?: StoredCatalogue;
  /** 边改边查: re-check in the background after edits (on unless turned off). */
  liveCheck?: boolean;
}

/** Where settings live: the workbook (Office) or the browser (playground). */
export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): Promise<void>;
  /** zh-CN confirmation shown after a save. */
  savedMessage: string;
}

export const SETTINGS_KEY = 'budgetLint.settings';

export const defaultSettings = (): PaneSettings => ({ severity: {}, kindOverrides: {} });

const storedSchema = z.object({
  profile: z.string().optional(),
  severity: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).catch({}),
  kindOverrides: z.record(z.string(), z.string()).catch({}),
  catalogue: storedCatalogueSchema.optional().catch(undefined),
  liveCheck: z.boolean().optional().catch(undefined),
});

export function parseSettings(raw: unknown): PaneSettings {
  const json = typeof raw === 'string' ? safeJson(raw) : raw;
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return defaultSettings();
  const kindOverrides: Record<string, KindOverride> = {};
  for (const [sheet, kind] of Object.entries(parsed.data.kindOverrides))
    if (kind === 'skip' || isTableKind(kind)) kindOverrides[sheet] = kind;
  const { profile, severity, catalogue, liveCheck } = parsed.data;
  return {
    profile,
    severity,
    kindOverrides,
    ...(catalogue && { catalogue }),
    ...(liveCheck !== undefined && { liveCheck }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
