/** 设置 › 科目代码表: import a catalogue file (parsed locally), see what it holds and its warnings, clear it. */
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { paneStrings } from '../../strings/pane';
import { PaneMessageBar } from '../components/PaneMessageBar';
import type { PaneMessage } from '../useChecker';
import { storeCatalogue, type StoredCatalogue } from './catalogue';
import { readCatalogueFile } from './readCatalogue';

const S = paneStrings.catalogue;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteMarigoldForeground2 },
});

interface Props {
  catalogue: StoredCatalogue | undefined;
  onChange(catalogue: StoredCatalogue | undefined): void;
}

export function CatalogueSection({ catalogue, onChange }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<PaneMessage>();

  const importFile = async (file: File) => {
    setMessage(undefined);
    setBusy(file.name);
    try {
      const result = await readCatalogueFile(file);
      // Without codes code/unknown would silently do nothing: keep the previous catalogue and say why.
      if (result.catalogue.function.size + result.catalogue.economic.size === 0)
        setMessage({ intent: 'error', title: S.failed(file.name), text: S.empty });
      else onChange(storeCatalogue(result, file.name));
    } catch (error) {
      setMessage({
        intent: 'error',
        title: S.failed(file.name),
        text: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className={styles.root} data-testid="catalogue-section" aria-label={S.heading}>
      <Text weight="semibold" as="h3">
        {S.heading}
      </Text>
      <Caption1 className={styles.hint}>{S.hint}</Caption1>
      <div data-testid="catalogue-status" role="status">
        {busy ? (
          <Text>{S.importing(busy)}</Text>
        ) : catalogue ? (
          <>
            <Text block>{S.loaded(catalogue.fileName)}</Text>
            <Text block weight="semibold">
              {S.counts(catalogue.function.length, catalogue.economic.length)}
            </Text>
          </>
        ) : (
          <Text>{S.none}</Text>
        )}
      </div>
      {catalogue && catalogue.warnings.length > 0 && (
        <>
          <Caption1>{S.warnings(catalogue.warnings.length)}</Caption1>
          <ul className={styles.warnings} data-testid="catalogue-warnings">
            {catalogue.warnings.map((warning, i) => (
              <li key={i}>
                <Caption1>{warning}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {message && <PaneMessageBar message={message} onDismiss={() => setMessage(undefined)} />}
      <div className={styles.actions}>
        <Button
          icon={<DocumentArrowUp20Regular />}
          disabled={busy !== undefined}
          onClick={() => input.current?.click()}
        >
          {S.import}
        </Button>
        <Button disabled={!catalogue || busy !== undefined} onClick={() => onChange(undefined)}>
          {S.clear}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={S.fileLabel}
          data-testid="catalogue-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            // The same file can be chosen again after it was edited on disk.
            event.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
