/**
 * Ribbon commands that run without the task pane (ExecuteFunction actions in manifest.xml):
 * 清除标记 restores the original fills recorded in the workbook, even after it was reopened.
 */
import { createOfficeHost } from '../excel/host';

/** The ribbon shows no messages; a failure (e.g. a protected sheet) is logged and the pane reports it next time. */
export async function clearMarks(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await createOfficeHost().clear();
  } catch (error) {
    console.error(error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Newer hosts look commands up by association; Office 2016/2019 look for a global function of that name.
  Office.actions?.associate('clearMarks', clearMarks);
  (globalThis as Record<string, unknown>).clearMarks = clearMarks;
});
