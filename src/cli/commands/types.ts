/** The shape of a CLI command: main dispatches on `name` and never knows a command otherwise. */
import type { CliIo } from '../io';

export interface Command {
  /** What the user types: `budget-lint <name> …`. */
  name: string;
  /** zh-CN one-liner for `budget-lint --help`. */
  summary: string;
  /** zh-CN usage text for `budget-lint <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. Throw UsageError for bad usage. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
