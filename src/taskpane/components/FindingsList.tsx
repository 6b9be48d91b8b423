/** Findings grouped by sheet, filterable by severity; a click on a cell link selects it in the workbook. */
import { Caption1, makeStyles, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';
import { FindingItem } from './FindingItem';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { marginTop: tokens.spacingVerticalM },
  groupHeader: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Props {
  findings: readonly Finding[];
  canFix: boolean;
  onSelect(target: { sheet: string; cell: string }): void;
  onFix(finding: Finding): void;
}

export function FindingsList({ findings, canFix, onSelect, onFix }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [selected, setSelected] = useState<string>();
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const keyed = useMemo(
    () => findings.map((finding, index) => ({ finding, key: findingKey(finding, index) })),
    [findings],
  );
  const groups = useMemo(() => groupBySheet(keyed.filter(({ finding }) => shown[finding.severity])), [keyed, shown]);

  return (
    <section aria-label={paneStrings.findings.listLabel}>
      <div className={styles.filters} role="group" aria-label={paneStrings.findings.filterLabel}>
        {SEVERITIES.filter((s) => counts[s] > 0).map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={shown[severity]}
            icon={<SeverityIcon severity={severity} />}
            onClick={() => setShown({ ...shown, [severity]: !shown[severity] })}
            data-testid={`filter-${severity}`}
          >
            {paneStrings.severity[severity]} {counts[severity]}
          </ToggleButton>
        ))}
      </div>
      {groups.length === 0 && <Caption1>{paneStrings.findings.noneForFilter}</Caption1>}
      {groups.map(([sheet, items]) => (
        <div key={sheet} className={styles.group} data-testid="finding-group" data-sheet={sheet}>
          <div className={styles.groupHeader}>
            <Subtitle2 as="h3">{sheet}</Subtitle2>
            <Caption1>{paneStrings.findings.count(items.length)}</Caption1>
          </div>
          <ul className={styles.list}>
            {items.map(({ finding, key }) => (
              <FindingItem
                key={key}
                finding={finding}
                selected={selected === key}
                canFix={canFix}
                onSelect={(target) => {
                  setSelected(key);
                  onSelect(target);
                }}
                onFix={() => onFix(finding)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

interface KeyedFinding {
  finding: Finding;
  key: string;
}

/** Keys come from the unfiltered report, so a selection survives changing the filter. */
function findingKey(finding: Finding, index: number): string {
  return `${index}|${finding.ruleId}|${finding.sheet}|${finding.cell}`;
}

/** Sheets in report order (the engine sorts findings by sheet, then cell). */
function groupBySheet(findings: readonly KeyedFinding[]): [string, KeyedFinding[]][] {
  const groups = new Map<string, KeyedFinding[]>();
  for (const item of findings) {
    const items = groups.get(item.finding.sheet) ?? [];
    items.push(item);
    groups.set(item.finding.sheet, items);
  }
  return [...groups.entries()];
}
