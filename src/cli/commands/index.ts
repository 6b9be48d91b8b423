/** Every CLI command, in the order `budget-lint --help` lists them; a new command is one file plus one entry here. */
import { checkCommand } from './check';
import { newCommand } from './new';
import { rulesCommand } from './rules';
import { templatesCommand } from './templates';
import type { Command } from './types';

export const commands: readonly Command[] = [checkCommand, newCommand, templatesCommand, rulesCommand];
