/**
 * "已识别的表": which sheet was read as which table, and which were skipped and why — with a kind
 * choice per sheet so the user can correct recognition (saved with the workbook, applied at once).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Report } from '../../core/report/types';
import { isTableKind, KIND_LABELS, TABLE_KINDS } from '../../core/tables/kinds';
import { paneStrings } from '../../strings/pane';
import type { KindOverride } from '../settings/settings';

const useStyles = makeStyles({
  rows: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  detail: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  report: Report;
  sheets: readonly string[];
  overrides: Readonly<Record<string, KindOverride>>;
  onOverride(sheet: string, kind: KindOverride | undefined): void;
}

export function RecognizedTables({ report, sheets, overrides, onOverride }: Props) {
  const styles = useStyles();
  return (
    <Accordion collapsible data-testid="recognized">
      <AccordionItem value="recognized">
        <AccordionHeader>
          {paneStrings.recognition.heading}（{report.tables.length}）
        </AccordionHeader>
        <AccordionPanel>
          <Caption1 className={styles.detail}>{paneStrings.recognition.hint}</Caption1>
          <ul className={styles.rows}>
            {sheets.map((sheet) => (
              <li key={sheet} className={styles.row} data-testid="recognized-sheet" data-sheet={sheet}>
                <Text weight="semibold">{sheet}</Text>
                <Caption1 className={styles.detail}>{describeSheet(report, sheet, overrides[sheet])}</Caption1>
                <Select
                  size="small"
                  aria-label={paneStrings.recognition.kindFor(sheet)}
                  value={overrides[sheet] ?? ''}
                  onChange={(_, data) => onOverride(sheet, parseOverride(data.value))}
                >
                  <option value="">{paneStrings.recognition.auto}</option>
                  {TABLE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {KIND_LABELS[kind]}
                    </option>
                  ))}
                  <option value="skip">{paneStrings.recognition.skip}</option>
                </Select>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function describeSheet(report: Report, sheet: string, override: KindOverride | undefined): string {
  const suffix = override ? paneStrings.recognition.overridden : '';
  const skipped = report.skipped.find((s) => s.sheet === sheet);
  if (skipped) return paneStrings.recognition.skippedBecause(skipped.reason) + suffix;
  const tables = report.tables.filter((t) => t.sheet === sheet);
  const parts = tables.map((t) => {
    const label = isTableKind(t.kind) ? KIND_LABELS[t.kind] : t.kind;
    return t.unit ? `${label}（${paneStrings.workbook.unit(t.unit)}）` : label;
  });
  return parts.join('；') + suffix;
}

function parseOverride(value: string): KindOverride | undefined {
  if (value === 'skip' || isTableKind(value)) return value;
  return undefined;
}
