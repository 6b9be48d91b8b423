/** The CLI's view of the outside world (streams, terminal, cwd), so commands run the same in tests and in a shell. */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colours only on a terminal (and not when NO_COLOR is set). */
  colorStdout: boolean;
  /** Progress lines only when stderr is a terminal. */
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIo(): CliIo {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colorStdout: Boolean(process.stdout.isTTY) && !noColor,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, bold: 1, dim: 2 } as const;
export type Colour = keyof typeof ANSI;

/** Wraps text in an ANSI colour when enabled; identity otherwise. */
export function painter(enabled: boolean): (colour: Colour, text: string) => string {
  return enabled ? (colour, text) => `\u001b[${ANSI[colour]}m${text}\u001b[0m` : (_colour, text) => text;
}
