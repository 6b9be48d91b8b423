/** A warning's 出错说明: the stored text with its state (已说明 / 说明已过时), and an editor to write, change or remove it. */
import { Badge, Button, Caption1, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';

const S = paneStrings.explanation;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  stored: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  finding: Finding;
  onSave(text: string): Promise<void>;
}

export function ExplanationBox({ finding, onSave }: Props) {
  const styles = useStyles();
  const stored = finding.explanation;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const hintId = useId();

  const open = () => {
    setDraft(stored?.text ?? '');
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
      setEditing(false);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root} data-testid="explanation">
      {stored && (
        <div className={styles.stored}>
          <Badge
            appearance="tint"
            color={stored.stale ? 'warning' : 'success'}
            title={stored.stale ? S.staleHint : undefined}
            data-testid="explanation-badge"
          >
            {stored.stale ? S.staleBadge : S.badge}
          </Badge>
          <Text className={styles.text} data-testid="explanation-text">
            {stored.text}
          </Text>
          {(stored.author || stored.date) && (
            <Caption1 className={styles.muted}>{S.by(stored.author, stored.date)}</Caption1>
          )}
        </div>
      )}
      {editing ? (
        <div className={styles.editor}>
          <Textarea
            value={draft}
            aria-label={S.label(`${finding.sheet}!${finding.cell}`)}
            aria-describedby={hintId}
            placeholder={S.placeholder}
            resize="vertical"
            onChange={(_, data) => setDraft(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false);
              // The list's arrow keys and Enter belong to the text while typing.
              event.stopPropagation();
            }}
            autoFocus
            data-testid="explanation-input"
          />
          <Caption1 id={hintId} className={styles.muted}>
            {S.removeHint}
          </Caption1>
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" disabled={saving} onClick={save} data-testid="explanation-save">
              {S.save}
            </Button>
            <Button size="small" disabled={saving} onClick={() => setEditing(false)}>
              {S.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button size="small" appearance="subtle" onClick={open} data-testid="explanation-edit">
          {stored ? S.edit : S.add}
        </Button>
      )}
    </div>
  );
}
