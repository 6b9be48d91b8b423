/**
 * One finding: severity icon, the message (as text — cell contents are untrusted), the cell link,
 * values, the rule's Chinese title (its id secondary), a quick fix, and for a warning its 出错说明.
 * The item itself is focusable: the list moves focus with the arrow keys and Enter selects the cell.
 */
import {
  Button,
  Caption1,
  Link,
  makeResetStyles,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Wrench16Regular } from '@fluentui/react-icons';
import { forwardRef, type KeyboardEvent } from 'react';
import { canExplain } from '../../core/explanations';
import type { Finding } from '../../core/report/types';
import { findRule } from '../../core/rules';
import { paneStrings } from '../../strings/pane';
import { ExplanationBox } from './ExplanationBox';
import { SeverityIcon } from './SeverityIcon';

/** The row itself, as one (non-atomic) class: a report may list thousands of rows. */
const useItemClass = makeResetStyles({
  display: 'grid',
  gridTemplateColumns: '16px 1fr',
  columnGap: tokens.spacingHorizontalS,
  rowGap: tokens.spacingVerticalXXS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
});

const useStyles = makeStyles({
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  icon: { paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2 },
  rule: { color: tokens.colorNeutralForeground2 },
  ruleId: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, overflowWrap: 'anywhere' },
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  fix: { alignSelf: 'flex-start' },
});

/** A finding about a whole column may relate to dozens of cells; the first few are enough to navigate. */
const MAX_RELATED = 3;

interface Props {
  finding: Finding;
  selected: boolean;
  canFix: boolean;
  /** Whether the focus stop of the list is this item (roving tabindex). */
  focusable: boolean;
  onSelect(target: { sheet: string; cell: string }): void;
  onFix(): void;
  onExplain?(text: string): Promise<void>;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onFocus(): void;
}

export const FindingItem = forwardRef<HTMLDivElement, Props>(function FindingItem(
  { finding, selected, canFix, focusable, onSelect, onFix, onExplain, onKeyDown, onFocus },
  ref,
) {
  const styles = useStyles();
  const itemClass = useItemClass();
  const values = valuesLine(finding);
  const related = finding.related ?? [];
  const title = findRule(finding.ruleId)?.title;
  return (
    <div
      ref={ref}
      role="listitem"
      className={mergeClasses(itemClass, selected && styles.selected)}
      tabIndex={focusable ? 0 : -1}
      aria-label={`${paneStrings.severity[finding.severity]}：${finding.message}`}
      onKeyDown={onKeyDown}
      onFocus={(event) => event.target === event.currentTarget && onFocus()}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
      data-explained={finding.explanation ? (finding.explanation.stale ? 'stale' : 'current') : undefined}
    >
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <div className={styles.body}>
        <Text className={styles.message}>{finding.message}</Text>
        {values && (
          <Caption1 className={styles.values} data-testid="finding-values">
            {values}
          </Caption1>
        )}
        <div className={styles.links}>
          <CellLink sheet={finding.sheet} cell={finding.cell} onSelect={onSelect} />
          {related.length > 0 && <Caption1>{paneStrings.findings.related}</Caption1>}
          {related.slice(0, MAX_RELATED).map((ref) => (
            <CellLink key={`${ref.sheet}!${ref.cell}`} sheet={ref.sheet} cell={ref.cell} onSelect={onSelect} />
          ))}
          {related.length > MAX_RELATED && <Caption1>{paneStrings.findings.moreRelated(related.length)}</Caption1>}
        </div>
        {finding.fix && canFix && (
          <Button className={styles.fix} size="small" icon={<Wrench16Regular />} onClick={onFix}>
            {paneStrings.findings.quickFix}：{finding.fix.description}
          </Button>
        )}
        {canExplain(finding) && onExplain && <ExplanationBox finding={finding} onSave={onExplain} />}
        {/* The Chinese title is what a user reads; the stable id (JSON, settings) stays available, smaller. */}
        <Caption1 className={styles.rule} data-testid="finding-rule">
          {title ?? finding.ruleId}
          {title && (
            <span className={styles.ruleId} title={paneStrings.findings.ruleId(finding.ruleId)}>
              {' '}
              · {finding.ruleId}
            </span>
          )}
        </Caption1>
      </div>
    </div>
  );
});

function CellLink({ sheet, cell, onSelect }: { sheet: string; cell: string; onSelect: Props['onSelect'] }) {
  return (
    <Link
      as="button"
      data-testid="cell-link"
      aria-label={paneStrings.findings.goToCell(sheet, cell)}
      onClick={() => onSelect({ sheet, cell })}
    >
      {paneStrings.findings.cellLink(sheet, cell)}
    </Link>
  );
}

function valuesLine(finding: Finding): string | undefined {
  if (finding.expected !== undefined && finding.actual !== undefined)
    return paneStrings.findings.expectedActual(finding.expected, finding.actual);
  if (finding.expected !== undefined) return paneStrings.findings.expected(finding.expected);
  return undefined;
}
