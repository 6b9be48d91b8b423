/**
 * A sheet's rendered findings in chunks, each row a memoized FindingItem: a new batch, a filter or a
 * re-check re-renders only the rows whose content changed.
 */
import { memo, type KeyboardEvent } from 'react';
import type { Finding } from '../../core/report/types';
import { sameFinding, type Chunk, type KeyedFinding } from '../model/findingsWindow';
import { FindingItem } from './FindingItem';

type Target = { sheet: string; cell: string };

/** What a row calls back with; one stable object for the list's lifetime so memoized rows stay untouched. */
export interface RowActions {
  select(key: string, target: Target): void;
  fix(finding: Finding): void;
  explain?(finding: Finding, text: string): Promise<void>;
  keyDown(key: string, event: KeyboardEvent<HTMLDivElement>): void;
  focus(key: string): void;
  mount(key: string, element: HTMLDivElement | null): void;
}

interface RowsProps {
  chunks: readonly Chunk[];
  selected: string | undefined;
  stop: string | undefined;
  canFix: boolean;
  explainable: boolean;
  actions: RowActions;
  chunkClass: string;
  /** Chunks none of whose rows the filters show. */
  hiddenChunks: ReadonlySet<number>;
}

/** A group's rows in chunks, memoized: a filter click (which only hides rows and chunks) re-renders no row. */
export const Rows = memo(function Rows({
  chunks,
  selected,
  stop,
  canFix,
  explainable,
  actions,
  chunkClass,
  hiddenChunks,
}: RowsProps) {
  return (
    <>
      {chunks.map((chunk) => (
        // Presentational: the rows belong to the sheet's list.
        <div key={chunk.id} role="none" className={chunkClass} hidden={hiddenChunks.has(chunk.id)}>
          {chunk.items.map((item) => (
            <Row
              key={item.key}
              item={item}
              selected={selected === item.key}
              focusable={stop === item.key}
              canFix={canFix && Boolean(item.finding.fix)}
              explainable={explainable}
              actions={actions}
            />
          ))}
        </div>
      ))}
    </>
  );
});

interface RowProps {
  item: KeyedFinding;
  selected: boolean;
  focusable: boolean;
  canFix: boolean;
  explainable: boolean;
  actions: RowActions;
}

/** One finding, memoized: a new batch, a filter or a re-check re-renders only the rows whose content changed. */
const Row = memo(
  function Row({ item: { finding, key }, selected, focusable, canFix, explainable, actions }: RowProps) {
    return (
      <FindingItem
        ref={(element) => actions.mount(key, element)}
        finding={finding}
        selected={selected}
        focusable={focusable}
        canFix={canFix}
        onSelect={(target) => actions.select(key, target)}
        onFix={() => actions.fix(finding)}
        onExplain={explainable ? (text) => actions.explain!(finding, text) : undefined}
        onKeyDown={(event) => actions.keyDown(key, event)}
        onFocus={() => actions.focus(key)}
      />
    );
  },
  (a, b) =>
    a.item.key === b.item.key &&
    sameFinding(a.item.finding, b.item.finding) &&
    a.selected === b.selected &&
    a.focusable === b.focusable &&
    a.canFix === b.canFix &&
    a.explainable === b.explainable &&
    a.actions === b.actions,
);
