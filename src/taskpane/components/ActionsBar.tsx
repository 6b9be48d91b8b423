/** 清除标记 and 导出报告 (a 校验报告 sheet, or CSV/JSON downloads where the host can download). */
import {
  Button,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Eraser20Regular } from '@fluentui/react-icons';
import { paneStrings } from '../../strings/pane';
import type { ExportFormat } from '../paneHost';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const FORMAT_LABELS: Record<ExportFormat, string> = {
  sheet: paneStrings.actions.exportSheet,
  csv: paneStrings.actions.exportCsv,
  json: paneStrings.actions.exportJson,
};

interface Props {
  formats: readonly ExportFormat[];
  disabled: boolean;
  onClear(): void;
  onExport(format: ExportFormat): void;
}

export function ActionsBar({ formats, disabled, onClear, onExport }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button icon={<Eraser20Regular />} disabled={disabled} onClick={onClear}>
        {paneStrings.actions.clear}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={<ArrowDownload20Regular />} disabled={disabled}>
            {paneStrings.actions.export}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {formats.map((format) => (
              <MenuItem key={format} onClick={() => onExport(format)}>
                {FORMAT_LABELS[format]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
