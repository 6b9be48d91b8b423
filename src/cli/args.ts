/** A small argv parser (no framework): `--name value`, `--name=value`, boolean flags, repeatable options, `--`. */
import { cliStrings } from '../strings/cli';

/** Bad usage: main prints the message and a usage hint, and exits 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  /** 'string' takes a value; 'flag' takes none. */
  type: 'string' | 'flag';
  /** May be given several times (values accumulate). */
  multiple?: boolean;
  /** One-letter alias, e.g. 'h' for -h. */
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** Values of string options, in the order given. */
  values: Record<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1));
    const option = name === undefined ? undefined : spec[name];
    if (name === undefined || !option) throw new UsageError(cliStrings.unknownOption(written));
    if (option.type === 'flag') {
      if (eq >= 0) throw new UsageError(cliStrings.flagTakesNoValue(written));
      parsed.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(cliStrings.missingValue(written));
    const values = (parsed.values[name] ??= []);
    if (values.length > 0 && !option.multiple) throw new UsageError(cliStrings.repeatedOption(written));
    values.push(value);
  }
  return parsed;
}

/** The single value of a non-repeatable option, if given. */
export function valueOf(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.values[name]?.[0];
}
