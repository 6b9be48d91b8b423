/** The argv parser: values in both spellings, flags, repeats, `--`, and the usage errors. */
import { UsageError, parseArgs } from '../../src/cli/args';

const spec = {
  format: { type: 'string' as const },
  severity: { type: 'string' as const, multiple: true },
  quiet: { type: 'flag' as const, short: 'q' },
};

describe('parseArgs', () => {
  it('reads --name value, --name=value, repeats, flags and positionals', () => {
    const parsed = parseArgs(
      ['a.xlsx', '--format=json', '-q', '--severity', 'x=off', 'dir', '--severity=y=info'],
      spec,
    );
    expect(parsed.positionals).toEqual(['a.xlsx', 'dir']);
    expect(parsed.values).toEqual({ format: ['json'], severity: ['x=off', 'y=info'] });
    expect([...parsed.flags]).toEqual(['quiet']);
  });

  it('treats everything after -- as a path, even when it starts with -', () => {
    expect(parseArgs(['--', '--format', '-x.xlsx'], spec).positionals).toEqual(['--format', '-x.xlsx']);
  });

  it.each([
    [['--nope'], '未知选项：--nope'],
    [['-x'], '未知选项：-x'],
    [['--format'], '选项 --format 需要一个值'],
    [['--format', '--quiet'], '选项 --format 需要一个值'],
    [['--format='], '选项 --format 需要一个值'],
    [['--quiet=yes'], '选项 --quiet 不接受值'],
    [['--format', 'a', '--format', 'b'], '选项 --format 只能指定一次'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv, spec)).toThrow(UsageError);
    expect(() => parseArgs(argv, spec)).toThrow(message);
  });
});
