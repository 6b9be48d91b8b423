/**
 * A small, consistent 部门决算 workbook built in code: the nine tables with published-style sheet
 * names ("1收入支出决算总表") and short titles in A1, in 万元 or 元, with joined or split (类|款|项) codes.
 * Amounts are given in 万元 and scaled; every identity of DESIGN.md §3 holds until a test edits a cell.
 */
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/grid/types';

export interface FinalOptions {
  unit?: '万元' | '元';
  splitCodes?: boolean;
}

type Row = CellValue[];
/** A 科目 row: code, name, amounts in 万元. */
type CodeLine = [code: string | null, name: string, ...amounts: number[]];

export function finalWorkbook({ unit = '万元', splitCodes = false }: FinalOptions = {}): SheetGrid[] {
  const scale = (x: number) => (unit === '元' ? Math.round(x * 10000) : x);
  const meta = (width: number): Row => [
    '编制单位：测试单位',
    ...Array(Math.max(0, width - 3)).fill(null),
    '2023年度',
    `单位：${unit}`,
  ];

  /** A 科目 table: code columns (one, or 类|款|项), 科目名称, then `groups` of amount columns. */
  function codeTable(
    name: string,
    title: string,
    groups: (string | [string, string[]])[],
    lines: CodeLine[],
    note?: string,
  ): SheetGrid {
    const codeCols = splitCodes ? 3 : 1;
    const top: Row = [...(splitCodes ? ['科目编码', null, null] : ['科目编码']), '科目名称'];
    const second: Row = [...(splitCodes ? ['类', '款', '项'] : [null]), null];
    const merges: CellRange[] = [];
    if (splitCodes) merges.push({ top: 2, left: 0, bottom: 2, right: 2 });
    else merges.push({ top: 2, left: 0, bottom: 3, right: 0 });
    merges.push({ top: 2, left: codeCols, bottom: 3, right: codeCols });
    for (const group of groups) {
      const col = top.length;
      if (typeof group === 'string') {
        top.push(group);
        second.push(null);
        merges.push({ top: 2, left: col, bottom: 3, right: col });
      } else {
        top.push(group[0], ...Array(group[1].length - 1).fill(null));
        second.push(...group[1]);
        merges.push({ top: 2, left: col, bottom: 2, right: col + group[1].length - 1 });
      }
    }
    const width = top.length;
    const body = lines.map(([code, label, ...amounts]): Row => {
      const codeCells: Row = !splitCodes
        ? [code]
        : code
          ? [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null]
          : [null, null, null];
      return [...codeCells, label, ...amounts.map(scale)];
    });
    return {
      name,
      origin: { row: 0, col: 0 },
      values: [[title], meta(width), top, second, ...body, ...(note ? [[note]] : [])],
      merges,
    };
  }

  /** A 收支总表: 收入 项目|金额 beside 支出 项目|amount columns. */
  function summary(
    name: string,
    title: string,
    spendCols: string[],
    income: [string | null, number | null][],
    spending: [string | null, ...(number | null)[]][],
  ): SheetGrid {
    const rows: Row[] = [];
    const length = Math.max(income.length, spending.length);
    for (let i = 0; i < length; i++) {
      const [inLabel, inAmount] = income[i] ?? [null, null];
      const [outLabel, ...outAmounts] = spending[i] ?? [null];
      rows.push([
        inLabel,
        inAmount === null ? null : scale(inAmount),
        outLabel,
        ...spendCols.map((_, j) => (outAmounts[j] == null ? null : scale(outAmounts[j] as number))),
      ]);
    }
    const width = 3 + spendCols.length;
    return {
      name,
      origin: { row: 0, col: 0 },
      values: [
        [title],
        meta(width),
        ['收入', null, '支出', ...Array(spendCols.length).fill(null)],
        ['项目', '金额', '项目', ...spendCols],
        ...rows,
      ],
      merges: [
        { top: 2, left: 0, bottom: 2, right: 1 },
        { top: 2, left: 2, bottom: 2, right: width - 1 },
      ],
    };
  }

  const threePublicCols = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'];
  const threePublicSub = [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null];
  const threePublicMerges = (left: number): CellRange[] => [
    { top: 2, left, bottom: 2, right: left + 5 },
    { top: 3, left, bottom: 4, right: left },
    { top: 3, left: left + 1, bottom: 4, right: left + 1 },
    { top: 3, left: left + 2, bottom: 3, right: left + 4 },
    { top: 3, left: left + 5, bottom: 4, right: left + 5 },
  ];

  return [
    summary(
      '1收入支出决算总表',
      '收入支出决算总表',
      ['金额'],
      [
        ['一、一般公共预算财政拨款收入', 100],
        ['二、政府性基金预算财政拨款收入', 10],
        ['三、国有资本经营预算财政拨款收入', null],
        ['四、上级补助收入', null],
        ['五、事业收入', 5],
        ['六、经营收入', null],
        ['七、附属单位上缴收入', null],
        ['八、其他收入', 1],
        ['本年收入合计', 116],
        ['使用非财政拨款结余', 2],
        ['年初结转和结余', 8],
        ['总计', 126],
      ],
      [
        ['一、一般公共服务支出', 90],
        ['二、社会保障和就业支出', 12],
        ['三、城乡社区支出', 10],
        [null],
        [null],
        [null],
        [null],
        [null],
        ['本年支出合计', 112],
        ['结余分配', 1],
        ['年末结转和结余', 13],
        ['总计', 126],
      ],
    ),
    codeTable(
      '2收入决算表',
      '收入决算表',
      ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      [
        [null, '合计', 116, 110, 0, 5, 0, 0, 1],
        ['201', '一般公共服务支出', 93, 87, 0, 5, 0, 0, 1],
        ['20103', '政府办公厅（室）及相关机构事务', 93, 87, 0, 5, 0, 0, 1],
        ['2010301', '行政运行', 60, 54, 0, 5, 0, 0, 1],
        ['2010302', '一般行政管理事务', 33, 33, 0, 0, 0, 0, 0],
        ['208', '社会保障和就业支出', 13, 13, 0, 0, 0, 0, 0],
        ['20805', '行政事业单位养老支出', 13, 13, 0, 0, 0, 0, 0],
        ['2080505', '机关事业单位基本养老保险缴费支出', 13, 13, 0, 0, 0, 0, 0],
        ['212', '城乡社区支出', 10, 10, 0, 0, 0, 0, 0],
        ['21208', '国有土地使用权出让收入安排的支出', 10, 10, 0, 0, 0, 0, 0],
        ['2120801', '征地和拆迁补偿支出', 10, 10, 0, 0, 0, 0, 0],
      ],
    ),
    codeTable(
      '3支出决算表',
      '支出决算表',
      ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
      [
        [null, '合计', 112, 72, 40, 0, 0, 0],
        ['201', '一般公共服务支出', 90, 60, 30, 0, 0, 0],
        ['20103', '政府办公厅（室）及相关机构事务', 90, 60, 30, 0, 0, 0],
        ['2010301', '行政运行', 60, 60, 0, 0, 0, 0],
        ['2010302', '一般行政管理事务', 30, 0, 30, 0, 0, 0],
        ['208', '社会保障和就业支出', 12, 12, 0, 0, 0, 0],
        ['20805', '行政事业单位养老支出', 12, 12, 0, 0, 0, 0],
        ['2080505', '机关事业单位基本养老保险缴费支出', 12, 12, 0, 0, 0, 0],
        ['212', '城乡社区支出', 10, 0, 10, 0, 0, 0],
        ['21208', '国有土地使用权出让收入安排的支出', 10, 0, 10, 0, 0, 0],
        ['2120801', '征地和拆迁补偿支出', 10, 0, 10, 0, 0, 0],
      ],
    ),
    summary(
      '4财政拨款收入支出决算总表',
      '财政拨款收入支出决算总表',
      ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
      [
        ['一、一般公共预算财政拨款', 100],
        ['二、政府性基金预算财政拨款', 10],
        ['三、国有资本经营预算财政拨款', 0],
        ['本年收入合计', 110],
        ['年初财政拨款结转和结余', 6],
        ['一般公共预算财政拨款', 5],
        ['政府性基金预算财政拨款', 1],
        ['国有资本经营预算财政拨款', 0],
        ['总计', 116],
      ],
      [
        ['一、一般公共服务支出', 85, 85, 0, 0],
        ['二、社会保障和就业支出', 10, 10, 0, 0],
        ['三、城乡社区支出', 8, 0, 8, 0],
        ['本年支出合计', 103, 95, 8, 0],
        ['年末财政拨款结转和结余', 13, 10, 3, 0],
        [null],
        [null],
        [null],
        ['总计', 116, 105, 11, 0],
      ],
    ),
    codeTable(
      '5一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款支出决算表',
      [['本年支出', ['合计', '基本支出', '项目支出']]],
      [
        [null, '合计', 95, 65, 30],
        ['201', '一般公共服务支出', 85, 55, 30],
        ['20103', '政府办公厅（室）及相关机构事务', 85, 55, 30],
        ['2010301', '行政运行', 55, 55, 0],
        ['2010302', '一般行政管理事务', 30, 0, 30],
        ['208', '社会保障和就业支出', 10, 10, 0],
        ['20805', '行政事业单位养老支出', 10, 10, 0],
        ['2080505', '机关事业单位基本养老保险缴费支出', 10, 10, 0],
      ],
    ),
    codeTable(
      '6一般公共预算财政拨款基本支出决算表',
      '一般公共预算财政拨款基本支出决算表',
      ['合计', '人员经费', '公用经费'],
      [
        [null, '合计', 65, 55, 10],
        ['301', '工资福利支出', 50, 50, 0],
        ['30101', '基本工资', 30, 30, 0],
        ['30102', '津贴补贴', 20, 20, 0],
        ['302', '商品和服务支出', 10, 0, 10],
        ['30201', '办公费', 6, 0, 6],
        ['30212', '因公出国（境）费用', 1, 0, 1],
        ['30217', '公务接待费', 1, 0, 1],
        ['30231', '公务用车运行维护费', 2, 0, 2],
        ['303', '对个人和家庭的补助', 5, 5, 0],
        ['30302', '退休费', 5, 5, 0],
      ],
    ),
    codeTable(
      '7政府性基金预算财政拨款收入支出决算表',
      '政府性基金预算财政拨款收入支出决算表',
      ['年初结转和结余', '本年收入', ['本年支出', ['小计', '基本支出', '项目支出']], '年末结转和结余'],
      [
        [null, '合计', 1, 10, 8, 0, 8, 3],
        ['212', '城乡社区支出', 1, 10, 8, 0, 8, 3],
        ['21208', '国有土地使用权出让收入安排的支出', 1, 10, 8, 0, 8, 3],
        ['2120801', '征地和拆迁补偿支出', 1, 10, 8, 0, 8, 3],
      ],
    ),
    codeTable(
      '8国有资本经营预算财政拨款支出决算表',
      '国有资本经营预算财政拨款支出决算表',
      [['本年支出', ['合计', '基本支出', '项目支出']]],
      [],
      '注：本单位无国有资本经营预算财政拨款收入和支出，本表为空表。',
    ),
    {
      name: '9财政拨款“三公”经费支出决算表',
      origin: { row: 0, col: 0 },
      values: [
        ['财政拨款“三公”经费支出决算表'],
        meta(12),
        ['预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
        [...threePublicCols, ...threePublicCols],
        [...threePublicSub, ...threePublicSub],
        [5, 1.5, 2.5, 0, 2.5, 1, 4, 1, 2, 0, 2, 1].map(scale),
      ],
      merges: [...threePublicMerges(0), ...threePublicMerges(6)],
    },
  ];
}
