/** A calm, dismissable message: the add-in's own errors and confirmations, never a blank pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { paneStrings } from '../../strings/pane';
import type { PaneMessage } from '../useChecker';

export function PaneMessageBar({ message, onDismiss }: { message: PaneMessage; onDismiss(): void }) {
  return (
    <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
        {message.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={paneStrings.errors.dismiss}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
