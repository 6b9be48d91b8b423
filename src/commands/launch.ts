/**
 * How a ribbon button asks the pane to do something on opening: 校验工作簿 opens
 * taskpane.html?action=validate (a ShowTaskpane action — it works on every host with add-in commands,
 * without a shared runtime), and the pane starts a validation once it has loaded.
 */

export type LaunchAction = 'validate';

/** The action requested by the pane's URL query (`location.search`), or null. */
export function launchAction(search: string): LaunchAction | null {
  return new URLSearchParams(search).get('action') === 'validate' ? 'validate' : null;
}
