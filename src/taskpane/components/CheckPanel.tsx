/** The 校验 tab, top to bottom: workbook, run button and progress, messages, summary, findings, actions, recognition. */
import { Divider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { paneStrings } from '../../strings/pane';
import type { PaneHost } from '../paneHost';
import type { KindOverride } from '../settings/settings';
import type { Checker } from '../useChecker';
import { ActionsBar } from './ActionsBar';
import { FindingsList } from './FindingsList';
import { PaneMessageBar } from './PaneMessageBar';
import { RecognizedTables } from './RecognizedTables';
import { ResultSummary } from './ResultSummary';
import { RunBar } from './RunBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  pane: PaneHost;
  workbookName: string;
  checker: Checker;
  overrides: Readonly<Record<string, KindOverride>>;
  onOverride(sheet: string, kind: KindOverride | undefined): void;
}

export function CheckPanel({ pane, workbookName, checker, overrides, onOverride }: Props) {
  const styles = useStyles();
  const { phase, result, message } = checker;
  const busy = phase.kind !== 'idle';
  return (
    <div className={styles.root}>
      <RunBar
        workbookName={workbookName}
        meta={result?.meta}
        phase={phase}
        onRun={(scope) => checker.run(scope)}
        onCancel={checker.cancel}
      />
      {message && <PaneMessageBar message={message} onDismiss={checker.dismissMessage} />}
      {result && (
        <>
          <Divider />
          <ResultSummary report={result.report} unchecked={result.unchecked} />
          <NoteBar title={paneStrings.summary.paintSkipped} notes={result.paintSkipped} />
          <NoteBar title={paneStrings.summary.readWarnings} notes={result.report.warnings} />
          <ActionsBar
            formats={pane.exportFormats}
            disabled={busy}
            onClear={() => checker.clear()}
            onExport={(format) => checker.exportReport(format)}
          />
          {result.report.findings.length > 0 && (
            <FindingsList
              findings={result.report.findings}
              canFix={Boolean(pane.applyFix) && !busy}
              onSelect={(target) => checker.select(target)}
              onFix={(finding) => checker.fix(finding)}
              onExplain={(finding, text) => checker.explain(finding, text)}
            />
          )}
          <RecognizedTables
            report={result.report}
            sheets={result.sheets}
            overrides={overrides}
            onOverride={onOverride}
          />
        </>
      )}
    </div>
  );
}

function NoteBar({ title, notes }: { title: string; notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {notes.map((note, i) => (
          <div key={i}>{note}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
