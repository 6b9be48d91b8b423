/** Settings saved with the workbook: the regional profile, the 科目代码表 and each rule's severity. */
import { Button, Caption1, Field, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { profiles } from '../../core/profiles';
import type { Severity } from '../../core/report/types';
import { allRules } from '../../core/rules';
import { paneStrings } from '../../strings/pane';
import { CatalogueSection } from '../settings/CatalogueSection';
import type { PaneSettings, SeveritySetting } from '../settings/settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rules: { listStyleType: 'none', margin: 0, padding: 0 },
  rule: {
    display: 'grid',
    gridTemplateColumns: '1fr 7.5em',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  id: { display: 'block', color: tokens.colorNeutralForeground3 },
});

interface Props {
  settings: PaneSettings;
  /** Whether the host reports edits (Excel from ExcelApi 1.7, the playground). */
  canLiveCheck: boolean;
  onChange(settings: PaneSettings): void;
}

const CHOICES: SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function SettingsPanel({ settings, canLiveCheck, onChange }: Props) {
  const styles = useStyles();
  const setSeverity = (id: string, value: string) => {
    const severity = { ...settings.severity };
    if ((CHOICES as string[]).includes(value)) severity[id] = value as SeveritySetting;
    else delete severity[id];
    onChange({ ...settings, severity });
  };
  return (
    <div className={styles.root}>
      <Field label={paneStrings.settings.profile} hint={describeProfile(settings.profile)}>
        <Select
          value={settings.profile ?? ''}
          onChange={(_, data) => onChange({ ...settings, profile: data.value || undefined })}
        >
          <option value="">{paneStrings.settings.profileAuto}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label={paneStrings.settings.liveCheck}
        checked={canLiveCheck && settings.liveCheck !== false}
        disabled={!canLiveCheck}
        aria-describedby="live-check-hint"
        onChange={(_, data) => onChange({ ...settings, liveCheck: data.checked })}
        data-testid="live-check"
      />
      <Caption1 id="live-check-hint" className={styles.id}>
        {canLiveCheck ? paneStrings.settings.liveCheckHint : paneStrings.settings.liveCheckUnavailable}
      </Caption1>
      <CatalogueSection catalogue={settings.catalogue} onChange={(catalogue) => onChange({ ...settings, catalogue })} />
      <Text weight="semibold" as="h3">
        {paneStrings.settings.rules}
      </Text>
      <ul className={styles.rules}>
        {allRules.map((rule) => (
          <li key={rule.id} className={styles.rule}>
            <span>
              <Text>{rule.title}</Text>
              <Caption1 className={styles.id}>{rule.id}</Caption1>
            </span>
            <Select
              size="small"
              aria-label={`${rule.title}（${rule.id}）`}
              value={settings.severity[rule.id] ?? ''}
              onChange={(_, data) => setSeverity(rule.id, data.value)}
            >
              <option value="">{paneStrings.settings.ruleDefault(paneStrings.severity[rule.severity])}</option>
              {CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === 'off' ? paneStrings.settings.off : paneStrings.severity[choice as Severity]}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
      <Button onClick={() => onChange({ ...settings, severity: {}, profile: undefined })}>
        {paneStrings.settings.reset}
      </Button>
    </div>
  );
}

function describeProfile(id: string | undefined): string {
  return profiles.find((p) => p.id === id)?.description ?? paneStrings.settings.profileAutoHint;
}
