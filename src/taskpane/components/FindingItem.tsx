/** One finding: severity icon, the message (as text — cell contents are untrusted), the cell link, values, quick fix. */
import { Button, Caption1, Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Wrench16Regular } from '@fluentui/react-icons';
import type { Finding } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '16px 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  icon: { paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2 },
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  fix: { alignSelf: 'flex-start' },
});

/** A finding about a whole column may relate to dozens of cells; the first few are enough to navigate. */
const MAX_RELATED = 3;

interface Props {
  finding: Finding;
  selected: boolean;
  canFix: boolean;
  onSelect(target: { sheet: string; cell: string }): void;
  onFix(): void;
}

export function FindingItem({ finding, selected, canFix, onSelect, onFix }: Props) {
  const styles = useStyles();
  const values = valuesLine(finding);
  const related = finding.related ?? [];
  return (
    <li
      className={mergeClasses(styles.item, selected && styles.selected)}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
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
        <Caption1 className={styles.values}>{finding.ruleId}</Caption1>
      </div>
    </li>
  );
}

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
