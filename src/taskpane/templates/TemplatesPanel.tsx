/**
 * The 模板 tab: a gallery of templates (name, one line, small preview) and a form (单位名称, 年度,
 * 金额单位, 项目个数/指标行数) prefilled from the open workbook; 插入 adds new sheets through the host.
 */
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { buildTemplate, listTemplates } from '../../core/templates/catalog';
import type { MoneyUnit } from '../../core/parse/amount';
import { templatePaneStrings as S } from '../../strings/templates';
import { describeWorkbook, type WorkbookMeta } from '../model/meta';
import type { PaneHost } from '../paneHost';
import { PaneMessageBar } from '../components/PaneMessageBar';
import type { ValidationJob, Validator } from '../validation/validator';
import { TemplatePreview } from './TemplatePreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The list scrolls on its own so the form and the 插入 button stay in view in a narrow pane.
  gallery: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '300px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
  },
  description: { color: tokens.colorNeutralForeground3, display: 'block' },
  preview: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM },
});

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; names: string[] } | { kind: 'error'; reason: string };

interface Props {
  pane: PaneHost;
  validator: Validator;
  checked?: WorkbookMeta;
}

export function TemplatesPanel({ pane, validator, checked }: Props) {
  const styles = useStyles();
  const templates = useMemo(() => listTemplates(), []);
  const [id, setId] = useState(templates[0].id);
  const [unitName, setUnitName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<MoneyUnit>('万元');
  const [projects, setProjects] = useState('1');
  const [indicatorRows, setIndicatorRows] = useState('2');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // Prefill from what the open workbook's tables say (unit name, year, unit); the user may change it.
  // The last check's report says it; without one, recognition alone (no rules) runs in the validator.
  useEffect(() => {
    let live = true;
    let recognizing: ValidationJob | undefined;
    const prefill = (meta: WorkbookMeta) => {
      if (!live) return;
      if (meta.unitName) setUnitName(meta.unitName);
      if (meta.year) setYear(String(meta.year));
      if (meta.units[0] === '元' || meta.units[0] === '万元') setUnit(meta.units[0]);
    };
    if (checked) prefill(checked);
    else
      pane.host
        .readGrids()
        .then((grids) => {
          if (!live) return undefined;
          recognizing = validator.validate(grids, { rules: [] });
          return recognizing.report;
        })
        .then((report) => report && prefill(describeWorkbook(report)))
        .catch(() => undefined);
    return () => {
      live = false;
      recognizing?.cancel();
    };
  }, [pane, validator, checked]);

  const selected = templates.find((t) => t.id === id)!;
  const isProject = selected.kind === 'performance.project';
  const yearValid = /^\d{4}$/.test(year);
  const options = useMemo(
    () => ({
      unitName: unitName.trim(),
      year: yearValid ? Number(year) : new Date().getFullYear(),
      unit,
      projects: Number(projects) || 1,
      indicatorRows: Number(indicatorRows) || 2,
    }),
    [unitName, year, yearValid, unit, projects, indicatorRows],
  );
  // The preview shows one sheet of the chosen template as it would be inserted.
  const yearLabel = templates.find((t) => t.id === id)?.document === 'final' ? S.finalYear : S.year;
  const preview = useMemo(() => buildTemplate(id, { ...options, projects: 1 })[0], [id, options]);

  const dismiss = () => setStatus({ kind: 'idle' });
  const insert = async () => {
    setStatus({ kind: 'busy' });
    try {
      const names = await pane.host.insert(buildTemplate(id, options));
      setStatus({ kind: 'done', names });
    } catch (error) {
      setStatus({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Text>{S.intro}</Text>
      <RadioGroup
        value={id}
        onChange={(_, data) => setId(data.value)}
        aria-label={S.heading}
        className={styles.gallery}
      >
        {templates.map((t) => (
          <Radio
            key={t.id}
            value={t.id}
            label={
              <span>
                <Text weight="semibold">{t.name}</Text>
                <Text size={200} className={styles.description}>
                  {t.description}
                </Text>
              </span>
            }
          />
        ))}
      </RadioGroup>
      <div className={styles.preview} role="region" aria-label={S.preview}>
        <TemplatePreview draft={preview} />
      </div>
      <Field label={S.unitName}>
        <Input value={unitName} onChange={(_, data) => setUnitName(data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={yearLabel} validationMessage={yearValid ? undefined : S.badYear}>
          <Input value={year} inputMode="numeric" onChange={(_, data) => setYear(data.value)} />
        </Field>
        <Field label={S.unit}>
          <RadioGroup layout="horizontal" value={unit} onChange={(_, data) => setUnit(data.value as MoneyUnit)}>
            <Radio value="万元" label="万元" />
            <Radio value="元" label="元" />
          </RadioGroup>
        </Field>
      </div>
      {selected.group === 'performance' && (
        <div className={styles.row}>
          {isProject && (
            <Field label={S.projects}>
              <Input type="number" min={1} max={50} value={projects} onChange={(_, data) => setProjects(data.value)} />
            </Field>
          )}
          <Field label={S.indicatorRows}>
            <Input
              type="number"
              min={1}
              max={20}
              value={indicatorRows}
              onChange={(_, data) => setIndicatorRows(data.value)}
            />
          </Field>
        </div>
      )}
      <Button appearance="primary" disabled={!yearValid || status.kind === 'busy'} onClick={() => void insert()}>
        {status.kind === 'busy' ? <Spinner size="tiny" label={S.inserting} /> : `${S.insert}：${selected.name}`}
      </Button>
      {status.kind === 'done' && (
        <PaneMessageBar message={{ intent: 'success', text: S.inserted(status.names) }} onDismiss={dismiss} />
      )}
      {status.kind === 'error' && (
        <PaneMessageBar message={{ intent: 'error', text: S.failed(status.reason) }} onDismiss={dismiss} />
      )}
    </div>
  );
}
