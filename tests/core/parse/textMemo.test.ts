import { textMemo } from '../../../src/core/parse/textMemo';

describe('textMemo', () => {
  const counting = () => {
    const calls: string[] = [];
    const read = (text: string) => {
      calls.push(text);
      return text.length === 0 ? null : text.length;
    };
    return { calls, read };
  };

  it('computes each short text once, null answers included', () => {
    const { calls, read } = counting();
    const memo = textMemo(read);
    expect([memo('产出指标'), memo('产出指标'), memo(''), memo('')]).toEqual([4, 4, null, null]);
    expect(calls).toEqual(['产出指标', '']);
  });

  it('never keeps a long text', () => {
    const { calls, read } = counting();
    const memo = textMemo(read, 10, 5);
    const long = '一般公共服务支出';
    expect([memo(long), memo(long)]).toEqual([8, 8]);
    expect(calls).toEqual([long, long]);
  });

  it('starts afresh once full, so distinct texts cost no more than the capacity', () => {
    const { calls, read } = counting();
    const memo = textMemo(read, 2);
    for (const text of ['a', 'b', 'c', 'a']) memo(text);
    // 'c' found the memory full (a, b) and replaced it: 'a' is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    memo('c');
    expect(calls).toHaveLength(4);
  });
});
