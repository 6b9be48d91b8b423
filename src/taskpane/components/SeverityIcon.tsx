/** The icon and colour of a severity, from Fluent's status tokens so it reads in light and dark themes. */
import { tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/report/types';
import { paneStrings } from '../../strings/pane';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const label = paneStrings.severity[severity];
  if (severity === 'error')
    return <ErrorCircle16Filled aria-label={label} primaryFill={tokens.colorStatusDangerForeground1} />;
  if (severity === 'warning')
    return <Warning16Filled aria-label={label} primaryFill={tokens.colorStatusWarningForeground1} />;
  return <Info16Filled aria-label={label} primaryFill={tokens.colorBrandForeground1} />;
}
