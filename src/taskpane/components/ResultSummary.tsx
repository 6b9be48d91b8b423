/**
 * One summary line of counts, or — with no errors or warnings and every sheet with content checked — a
 * success state naming what was checked. Sheets with content that went unchecked always show a warning.
 */
import {
  Body1Strong,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Report } from '../../core/report/types';
import { KIND_LABELS, isTableKind } from '../../core/tables/kinds';
import { paneStrings } from '../../strings/pane';

const useStyles = makeStyles({
  line: { display: 'block', color: tokens.colorNeutralForeground1 },
});

export function ResultSummary({ report, unchecked }: { report: Report; unchecked: readonly string[] }) {
  return (
    <>
      <Counts report={report} complete={unchecked.length === 0} />
      {unchecked.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="unchecked">
          <MessageBarBody>
            <MessageBarTitle>{paneStrings.summary.uncheckedTitle}</MessageBarTitle>
            {paneStrings.summary.unchecked(unchecked)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function Counts({ report, complete }: { report: Report; complete: boolean }) {
  const styles = useStyles();
  const { errors, warnings, infos, sheets, explained = 0 } = report.summary;
  // Explained warnings don't block publishing: they are named, never counted as open.
  if (errors + warnings === 0 && complete) {
    const kinds = [...new Set(report.tables.map((t) => (isTableKind(t.kind) ? KIND_LABELS[t.kind] : t.kind)))];
    return (
      <MessageBar intent={report.tables.length ? 'success' : 'warning'} data-testid="success">
        <MessageBarBody>
          <MessageBarTitle>{paneStrings.summary.successTitle}</MessageBarTitle>
          {report.tables.length
            ? paneStrings.summary.success(sheets, report.tables.length, kinds.join('、'))
            : paneStrings.summary.successNoTables(sheets)}
          {explained > 0 && ` ${paneStrings.summary.explained(explained)}`}
          {infos > 0 && ` ${paneStrings.summary.infos(infos)}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const parts = [
    paneStrings.summary.errors(errors),
    paneStrings.summary.warnings(warnings),
    ...(explained ? [paneStrings.summary.explained(explained)] : []),
    ...(infos ? [paneStrings.summary.infos(infos)] : []),
    paneStrings.summary.sheets(sheets),
  ];
  return (
    <Body1Strong className={styles.line} role="status" data-testid="summary">
      {parts.join(' · ')}
    </Body1Strong>
  );
}
