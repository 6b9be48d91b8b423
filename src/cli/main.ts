/** CLI entry: `budget-lint <command> …` — dispatches to the command list; turns every failure into a zh-CN message and exit code. */
import { readFileSync } from 'fs';
import path from 'path';
import { cliStrings } from '../strings/cli';
import { UsageError } from './args';
import { commands } from './commands';
import { processIo } from './io';
import type { CliIo } from './io';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const help = cliStrings.help(version(), commands);
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help);
    return 0;
  }
  if (name === undefined) {
    io.stderr(`${cliStrings.noCommand}\n\n${help}`);
    return 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${cliStrings.unknownCommand(name)}\n${cliStrings.generalHelpHint}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${cliStrings.commandHelpHint(command.name)}\n`);
      return 2;
    }
    // Never a stack trace for users; BUDGET_LINT_DEBUG=1 shows it for maintainers.
    io.stderr(`${cliStrings.internalError(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.BUDGET_LINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

/** package.json sits two levels up both from src/cli (tests) and build/cli (installed). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
