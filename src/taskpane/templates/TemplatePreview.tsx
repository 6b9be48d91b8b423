/** A small, non-interactive picture of a template's first rows, so the gallery shows what will be inserted. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { draftToGrid } from '../../core/templates/grid';
import type { SheetDraft } from '../../core/templates/draft';
import { mergeContaining } from '../../core/grid/access';

const ROWS = 8;
const COLS = 6;

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    fontSize: '9px',
    lineHeight: '12px',
    width: '100%',
    tableLayout: 'fixed',
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 2px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
});

export function TemplatePreview({ draft }: { draft: SheetDraft }) {
  const styles = useStyles();
  const grid = useMemo(() => draftToGrid(draft), [draft]);
  const cols = Math.min(COLS, draft.columnWidths.length);
  const rows = grid.values.slice(0, ROWS);
  return (
    <table className={styles.table} aria-hidden="true">
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.slice(0, cols).map((value, c) => {
              const merge = mergeContaining(grid, r, c);
              if (merge && (merge.top !== r || merge.left !== c)) return null;
              const span = merge ? Math.min(merge.right, cols - 1) - c + 1 : 1;
              const rowSpan = merge ? Math.min(merge.bottom, ROWS - 1) - r + 1 : 1;
              const formula = grid.formulas?.[r]?.[c];
              return (
                <td key={c} className={styles.cell} colSpan={span} rowSpan={rowSpan}>
                  {formula ? 'Σ' : value === null ? '' : String(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
