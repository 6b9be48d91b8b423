/** The task pane: theme, error boundary, and the tabs 校验 | 模板 | 设置 over one PaneHost. */
import { FluentProvider, makeStyles, Tab, TabList, tokens, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { paneStrings } from '../strings/pane';
import { CheckPanel } from './components/CheckPanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PaneMessageBar } from './components/PaneMessageBar';
import { SettingsPanel } from './components/SettingsPanel';
import { TemplatesPanel } from './templates/TemplatesPanel';
import type { PaneHost } from './paneHost';
import type { KindOverride, PaneSettings } from './settings/settings';
import { useChecker } from './useChecker';
import { createValidator } from './validation/validator';
import { useLiveCheck } from './useLiveCheck';

const useStyles = makeStyles({
  // The tabs stay on top while the findings scroll under them (the pane's own scroll, in Excel or the playground).
  tabs: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    marginTop: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingTop: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

interface Props {
  pane: PaneHost;
  theme: Theme;
}

export function App({ pane, theme }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root} lang="zh-CN">
      <ErrorBoundary>
        <PaneTabs pane={pane} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

interface PaneTab {
  id: string;
  label: string;
  render(): ReactNode;
}

function PaneTabs({ pane }: { pane: PaneHost }) {
  const styles = useStyles();
  const [tab, setTab] = useState('check');
  const [workbookName, setWorkbookName] = useState('');
  const [settings, setSettings] = useState<PaneSettings>(() => pane.settings.load());
  const [settingsError, setSettingsError] = useState<string>();
  // One validator per pane: its worker keeps the grids between checks; closing the pane ends it.
  const [validator] = useState(() => pane.validator ?? createValidator());
  useEffect(() => () => validator.terminate(), [validator]);
  const checker = useChecker(pane, settings, validator);
  useLiveCheck(pane.host, checker, settings.liveCheck !== false);
  const { revalidate, run } = checker;

  useEffect(() => {
    pane.workbookName().then(setWorkbookName, () => setWorkbookName(''));
  }, [pane]);

  useEffect(() => {
    if (pane.validateOnOpen) void run('workbook');
    // Once per pane: the ribbon button asked for one validation, not one per re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pane]);

  const changeSettings = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      setSettingsError(undefined);
      pane.settings.save(next).catch((error: unknown) => setSettingsError(String(error)));
      // Settings change what the report says: apply them to the grids already read.
      void revalidate(next);
    },
    [pane, revalidate],
  );

  const overrideKind = (sheet: string, kind: KindOverride | undefined) => {
    const kindOverrides = { ...settings.kindOverrides };
    if (kind) kindOverrides[sheet] = kind;
    else delete kindOverrides[sheet];
    changeSettings({ ...settings, kindOverrides });
  };

  const tabs: PaneTab[] = [
    {
      id: 'check',
      label: paneStrings.tabs.check,
      render: () => (
        <CheckPanel
          pane={pane}
          workbookName={workbookName}
          checker={checker}
          overrides={settings.kindOverrides}
          onOverride={overrideKind}
        />
      ),
    },
    {
      id: 'templates',
      label: paneStrings.tabs.templates,
      render: () => <TemplatesPanel pane={pane} validator={validator} checked={checker.result?.meta} />,
    },
    {
      id: 'settings',
      label: paneStrings.tabs.settings,
      render: () => (
        <SettingsPanel settings={settings} canLiveCheck={Boolean(pane.host.watchChanges)} onChange={changeSettings} />
      ),
    },
  ];
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];

  return (
    <>
      <TabList className={styles.tabs} selectedValue={current.id} onTabSelect={(_, data) => setTab(String(data.value))}>
        {tabs.map((t) => (
          <Tab key={t.id} value={t.id}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {settingsError && (
        <PaneMessageBar
          message={{ intent: 'error', title: paneStrings.errors.settings, text: settingsError }}
          onDismiss={() => setSettingsError(undefined)}
        />
      )}
      <div role="tabpanel" aria-label={current.label} tabIndex={-1}>
        {current.render()}
      </div>
    </>
  );
}
