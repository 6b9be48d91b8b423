/** Catches a rendering error anywhere in the pane and shows a calm message instead of a blank pane. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { paneStrings } from '../../strings/pane';

interface State {
  error?: Error;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{paneStrings.errors.title}</MessageBarTitle>
          {paneStrings.errors.generic}
          <div>{this.state.error.message}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
