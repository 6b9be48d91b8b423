/** The workbook's name with the year/unit found, the primary 校验 button (当前工作表 in its menu), and progress with 取消. */
import {
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  ProgressBar,
  SplitButton,
  Subtitle2,
  tokens,
  type MenuButtonProps,
} from '@fluentui/react-components';
import { paneStrings } from '../../strings/pane';
import type { WorkbookMeta } from '../model/meta';
import type { Phase, Scope } from '../useChecker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // A long name wraps anywhere in its stem, never inside ".xlsx".
  name: { overflowWrap: 'anywhere' },
  extension: { whiteSpace: 'nowrap' },
  meta: {
    color: tokens.colorNeutralForeground3,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
  },
  // "单位：万元", "2023 年度": each stays on one line.
  metaPart: { whiteSpace: 'nowrap' },
  progressLine: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  unitName: { overflowWrap: 'anywhere' },
});

interface Props {
  workbookName: string;
  meta?: WorkbookMeta;
  phase: Phase;
  onRun(scope: Scope): void;
  onCancel(): void;
}

export function RunBar({ workbookName, meta, phase, onRun, onCancel }: Props) {
  const styles = useStyles();
  const busy = phase.kind !== 'idle';
  return (
    <section className={styles.root} aria-label={paneStrings.appTitle}>
      <Subtitle2 className={styles.name} data-testid="workbook-name">
        <FileName name={workbookName || paneStrings.workbook.untitled} extensionClass={styles.extension} />
      </Subtitle2>
      <Caption1 className={styles.meta} data-testid="workbook-meta">
        {describeMeta(meta).map((part, i) => (
          <span key={i} className={i === 0 && meta?.unitName ? styles.unitName : styles.metaPart}>
            {i > 0 && '· '}
            {part}
          </span>
        ))}
      </Caption1>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          {(triggerProps: MenuButtonProps) => (
            <SplitButton
              appearance="primary"
              disabled={busy}
              menuButton={{ ...triggerProps, 'aria-label': paneStrings.run.moreOptions }}
              primaryActionButton={{ onClick: () => onRun('workbook'), 'aria-label': paneStrings.run.check }}
            >
              {paneStrings.run.check}
            </SplitButton>
          )}
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => onRun('sheet')}>{paneStrings.run.checkActiveSheet}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {busy && <RunProgress phase={phase} onCancel={onCancel} />}
    </section>
  );
}

function RunProgress({ phase, onCancel }: { phase: Phase; onCancel(): void }) {
  const styles = useStyles();
  const label =
    phase.kind === 'reading'
      ? phase.total > 0
        ? paneStrings.run.reading(phase.done, phase.total)
        : paneStrings.run.readingStart
      : phase.kind === 'painting'
        ? paneStrings.run.painting
        : paneStrings.run.validating;
  const value = phase.kind === 'reading' && phase.total > 0 ? phase.done / phase.total : undefined;
  return (
    <div role="status" aria-live="polite" data-testid="check-progress">
      <div className={styles.progressLine}>
        <Caption1>{label}</Caption1>
        {/* Marking cells is changing the workbook: it finishes rather than stopping halfway. */}
        {phase.kind !== 'painting' && (
          <Button size="small" appearance="subtle" onClick={onCancel} data-testid="cancel-check">
            {paneStrings.run.cancel}
          </Button>
        )}
      </div>
      <ProgressBar value={value} thickness="large" />
    </div>
  );
}

function describeMeta(meta: WorkbookMeta | undefined): string[] {
  if (!meta) return [paneStrings.workbook.notChecked];
  return [
    meta.unitName,
    meta.year === undefined ? undefined : paneStrings.workbook.year(meta.year),
    meta.units.length ? paneStrings.workbook.unit(meta.units.join('、')) : undefined,
  ].filter((part): part is string => Boolean(part));
}

function FileName({ name, extensionClass }: { name: string; extensionClass: string }) {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return <>{name}</>;
  return (
    <>
      {name.slice(0, dot)}
      <span className={extensionClass}>{name.slice(dot)}</span>
    </>
  );
}
