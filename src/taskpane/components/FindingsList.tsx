/**
 * Findings grouped by sheet, filterable by severity and by 已说明; a click on a cell link selects it in
 * the workbook. Keyboard: one Tab stop for the whole list, ↑/↓ (Home/End) move between findings,
 * Enter selects the focused finding's cell.
 */
import { Caption1, makeStyles, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { CommentCheckmark20Regular } from '@fluentui/react-icons';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, Severity } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';
import { FindingItem } from './FindingItem';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { marginTop: tokens.spacingVerticalM },
  groupHeader: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  sheet: { overflowWrap: 'anywhere' },
  count: { whiteSpace: 'nowrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Props {
  findings: readonly Finding[];
  canFix: boolean;
  onSelect(target: { sheet: string; cell: string }): void;
  onFix(finding: Finding): void;
  onExplain?(finding: Finding, text: string): Promise<void>;
}

/** An explanation that still holds (the cell is unchanged); stale ones stay with the open warnings. */
const isExplained = (f: Finding) => Boolean(f.explanation && !f.explanation.stale);

export function FindingsList({ findings, canFix, onSelect, onFix, onExplain }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [showExplained, setShowExplained] = useState(true);
  const [selected, setSelected] = useState<string>();
  const [focused, setFocused] = useState<string>();
  const items = useRef(new Map<string, HTMLLIElement>());
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const explainedCount = useMemo(() => findings.filter(isExplained).length, [findings]);
  const keyed = useMemo(
    () => findings.map((finding, index) => ({ finding, key: findingKey(finding, index) })),
    [findings],
  );
  const visible = useMemo(
    () => keyed.filter(({ finding }) => shown[finding.severity] && (showExplained || !isExplained(finding))),
    [keyed, shown, showExplained],
  );
  const groups = useMemo(() => groupBySheet(visible), [visible]);
  // The list's one Tab stop: the last focused finding while it is shown, else the first.
  const stop = visible.some((v) => v.key === focused) ? focused : visible[0]?.key;

  const select = (key: string, target: { sheet: string; cell: string }) => {
    setSelected(key);
    onSelect(target);
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLLIElement>) => {
    // Keys typed on a link or button inside the item are theirs.
    if (event.target !== event.currentTarget) return;
    const { finding, key } = visible[index];
    const move = (to: number) => {
      event.preventDefault();
      const next = visible[Math.max(0, Math.min(visible.length - 1, to))];
      items.current.get(next.key)?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(visible.length - 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      select(key, finding);
    }
  };

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
        {explainedCount > 0 && (
          <ToggleButton
            size="small"
            checked={showExplained}
            icon={<CommentCheckmark20Regular />}
            onClick={() => setShowExplained(!showExplained)}
            data-testid="filter-explained"
          >
            {paneStrings.findings.filterExplained} {explainedCount}
          </ToggleButton>
        )}
      </div>
      <Caption1 className={styles.hint}>{paneStrings.findings.keyboardHint}</Caption1>
      {groups.length === 0 && <Caption1>{paneStrings.findings.noneForFilter}</Caption1>}
      {groups.map(([sheet, group]) => (
        <div key={sheet} className={styles.group} data-testid="finding-group" data-sheet={sheet}>
          <div className={styles.groupHeader}>
            <Subtitle2 as="h3" className={styles.sheet}>
              {sheet}
            </Subtitle2>
            <Caption1 className={styles.count}>{paneStrings.findings.count(group.length)}</Caption1>
          </div>
          <ul className={styles.list} aria-label={sheet}>
            {group.map(({ finding, key, index }) => (
              <FindingItem
                key={key}
                ref={(element) => {
                  if (element) items.current.set(key, element);
                  else items.current.delete(key);
                }}
                finding={finding}
                selected={selected === key}
                focusable={stop === key}
                canFix={canFix}
                onSelect={(target) => select(key, target)}
                onFix={() => onFix(finding)}
                onExplain={onExplain && ((text) => onExplain(finding, text))}
                onKeyDown={(event) => onKeyDown(index, event)}
                onFocus={() => setFocused(key)}
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

/** Sheets in report order (the engine sorts findings by sheet, then cell); `index` is the position among the visible. */
function groupBySheet(findings: readonly KeyedFinding[]): [string, (KeyedFinding & { index: number })[]][] {
  const groups = new Map<string, (KeyedFinding & { index: number })[]>();
  findings.forEach((item, index) => {
    const items = groups.get(item.finding.sheet) ?? [];
    items.push({ ...item, index });
    groups.set(item.finding.sheet, items);
  });
  return [...groups.entries()];
}
