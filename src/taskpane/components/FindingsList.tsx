/**
 * Findings grouped by sheet, filterable by severity and by 已说明; a click on a cell link selects it in
 * the workbook. Keyboard: one Tab stop for the whole list, ↑/↓ (Home/End) move between findings,
 * Enter selects the focused finding's cell.
 *
 * A report may hold thousands of findings, and mounting them all in one task froze the pane for
 * seconds. So the list renders progressively: the first batch at once, the rest one batch per task
 * (model/findingsWindow.ts), in chunks of rows that skip style, layout and paint while out of view. This
 * is simpler than windowing (rows of varying height, an 出错说明 editor open inside a row) and keeps every
 * finding in the page once filled, for find-in-page and screen readers. Filters hide rows by a class on
 * the list (display: none), never unmounting or re-rendering them (removing 4,000 rows from the page took
 * ~250 ms). Counts, groups and keyboard navigation work on the whole report: a move to a row not rendered
 * yet focuses it once its batch is there, focus staying on the current row meanwhile.
 */
import { Caption1, makeStyles, mergeClasses, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { CommentCheckmark20Regular } from '@fluentui/react-icons';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Severity } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';
import {
  countBySeverity,
  countBySheet,
  filterFindings,
  groupBySheet,
  isExplained,
  isNavigationKey,
  keyFindings,
  navigationTarget,
  stableChunks,
} from '../model/findingsWindow';
import { useProgressiveList } from '../useProgressiveList';
import { Rows, type RowActions } from './FindingRows';
import { SeverityIcon } from './SeverityIcon';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Rows per chunk (see `chunk` above); a chunk is about 100 px per row tall. */
const CHUNK = 50;

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
  // Rows come in chunks that skip style, layout and paint while out of view (content-visibility): a filter
  // that hides or shows thousands of rows, or a batch added at the end, costs only what is in view. The
  // rows stay in the page, for find-in-page, focus and screen readers.
  chunk: { contentVisibility: 'auto', containIntrinsicSize: `auto ${CHUNK * 100}px` },
  hint: { color: tokens.colorNeutralForeground3 },
  hideError: { '& [role="listitem"][data-severity="error"]': { display: 'none' } },
  hideWarning: { '& [role="listitem"][data-severity="warning"]': { display: 'none' } },
  hideInfo: { '& [role="listitem"][data-severity="info"]': { display: 'none' } },
  hideExplained: { '& [role="listitem"][data-explained="current"]': { display: 'none' } },
});

interface Props {
  findings: readonly Finding[];
  canFix: boolean;
  onSelect(target: { sheet: string; cell: string }): void;
  onFix(finding: Finding): void;
  onExplain?(finding: Finding, text: string): Promise<void>;
}

export function FindingsList({ findings, canFix, onSelect, onFix, onExplain }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [showExplained, setShowExplained] = useState(true);
  const [selected, setSelected] = useState<string>();
  const [focused, setFocused] = useState<string>();
  const items = useRef(new Map<string, HTMLDivElement>());
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const explainedCount = useMemo(() => findings.filter(isExplained).length, [findings]);
  const keyed = useMemo(() => keyFindings(findings), [findings]);
  const visible = useMemo(() => filterFindings(keyed, { shown, showExplained }), [keyed, shown, showExplained]);
  // Rendered in report order whatever the filter; the filter only hides.
  const { rendered, isRendered } = useProgressiveList(keyed);
  const positions = useMemo(() => new Map(visible.map(({ key }, index) => [key, index])), [visible]);
  const sheetCounts = useMemo(() => countBySheet(visible), [visible]);
  // Chunks of rows (see `chunk` above), each row staying in its chunk across batches and re-checks: the
  // assignment of the last render is remembered (a pure function of it and `rendered`, so a repeated
  // render gives the same chunks).
  const chunkOf = useRef(new Map<string, number>());
  const groups = useMemo(() => {
    const { chunks, assignment } = stableChunks(rendered, chunkOf.current, CHUNK);
    chunkOf.current = assignment;
    return groupBySheet(chunks);
  }, [rendered]);
  // A chunk with no shown row is hidden whole: left in the flow at zero height it would sit in view, and
  // showing its rows again would lay all such chunks out in one task (≈ 110 ms for 4,000 errors).
  const hiddenChunks = useMemo(() => {
    const hidden = new Set<number>();
    for (const [, chunks] of groups)
      for (const chunk of chunks) if (!chunk.items.some(({ key }) => positions.has(key))) hidden.add(chunk.id);
    return hidden;
  }, [groups, positions]);
  const sheetOf = useMemo(() => new Map(keyed.map(({ key, finding }) => [key, finding.sheet])), [keyed]);
  const shownCount = useMemo(() => visible.filter(({ key }) => isRendered(key)).length, [visible, isRendered]);
  const filling = shownCount < visible.length;
  // The list's one Tab stop: the last focused finding while it is shown, else the first shown.
  const stop =
    focused !== undefined && positions.has(focused) && isRendered(focused)
      ? focused
      : visible.find(({ key }) => isRendered(key))?.key;
  // A row to focus once rendered (End, or ↓ past the rendered part).
  const pendingFocus = useRef<string>();

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === undefined) return;
    if (!positions.has(key)) pendingFocus.current = undefined;
    const element = items.current.get(key);
    if (element) {
      pendingFocus.current = undefined;
      element.focus();
    }
  });

  const latest = { visible, positions, onSelect, onFix, onExplain };
  const current = useRef(latest);
  current.current = latest;
  const actions = useMemo<RowActions>(
    () => ({
      select: (key, target) => {
        setSelected(key);
        current.current.onSelect(target);
      },
      fix: (finding) => current.current.onFix(finding),
      explain: (finding, text) => current.current.onExplain?.(finding, text) ?? Promise.resolve(),
      focus: setFocused,
      mount: (key, element) => {
        if (element) items.current.set(key, element);
        else items.current.delete(key);
      },
      keyDown: (key, event) => {
        // Keys typed on a link or button inside the item are theirs.
        if (event.target !== event.currentTarget) return;
        const { visible, positions, onSelect } = current.current;
        const index = positions.get(key);
        if (index === undefined) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          setSelected(key);
          onSelect(visible[index].finding);
        } else if (isNavigationKey(event.key)) {
          event.preventDefault();
          const to = navigationTarget(event.key, index, visible.length);
          pendingFocus.current = undefined;
          const element = items.current.get(visible[to].key);
          if (element) element.focus();
          // Not rendered yet: the list fills a batch per task, focus follows when the row is there.
          else pendingFocus.current = visible[to].key;
        }
      },
    }),
    [],
  );

  return (
    <section
      aria-label={paneStrings.findings.listLabel}
      aria-busy={filling}
      className={mergeClasses(
        !shown.error && styles.hideError,
        !shown.warning && styles.hideWarning,
        !shown.info && styles.hideInfo,
        !showExplained && styles.hideExplained,
      )}
    >
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
      <Caption1 block className={styles.hint}>
        {paneStrings.findings.keyboardHint}
      </Caption1>
      {visible.length === 0 && <Caption1>{paneStrings.findings.noneForFilter}</Caption1>}
      {filling && (
        <Caption1 block className={styles.hint} data-testid="findings-progress">
          {paneStrings.findings.filling(shownCount, visible.length)}
        </Caption1>
      )}
      {groups.map(([sheet, group]) => (
        <div
          key={sheet}
          className={styles.group}
          hidden={!sheetCounts.has(sheet)}
          data-testid="finding-group"
          data-sheet={sheet}
        >
          <div className={styles.groupHeader}>
            <Subtitle2 as="h3" className={styles.sheet}>
              {sheet}
            </Subtitle2>
            <Caption1 className={styles.count}>{paneStrings.findings.count(sheetCounts.get(sheet) ?? 0)}</Caption1>
          </div>
          <div role="list" aria-label={sheet}>
            <Rows
              chunks={group}
              // Only the group holding them sees the selected row and the Tab stop change.
              selected={selected !== undefined && sheetOf.get(selected) === sheet ? selected : undefined}
              stop={stop !== undefined && sheetOf.get(stop) === sheet ? stop : undefined}
              canFix={canFix}
              explainable={Boolean(onExplain)}
              actions={actions}
              chunkClass={styles.chunk}
              hiddenChunks={hiddenChunks}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
