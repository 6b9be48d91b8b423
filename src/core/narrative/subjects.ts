/**
 * Reads the itemized 功能分类 lines of a 情况说明 — "一般公共服务支出（类）网信事务（款）行政运行（项）
 * 61.04万元", "一般公共服务支出类网信事务款行政运行项61.04万元", "2013701 行政运行 61.04万元" — with the
 * amounts that follow each one up to the next item: the 预算数 and 决算数 of a 决算 line
 * ("年初预算为…，支出决算为…") told apart by the words before them.
 */
import type { Amount } from '../parse/amount';
import { parseAmount } from '../parse/amount';
import { labelKey } from '../parse/normalize';

/** Which figure of a 科目 an amount states. */
export type SubjectFigure = 'level' | 'budget' | 'final';

export interface SubjectAmount {
  figure: SubjectFigure;
  amount: Amount;
  /** The amount as written, with its unit. */
  text: string;
}

export interface SubjectLine {
  /** 类 / 款 / 项 names as written (labelKey-normalized); absent levels are undefined. */
  names: { class?: string; section?: string; item?: string };
  /** The code when the line gives one ("2013701"). */
  code?: string;
  /** The subject as written ("一般公共服务支出（类）网信事务（款）行政运行（项）"). */
  written: string;
  amounts: SubjectAmount[];
}

const NAME = '[\\u4e00-\\u9fa5()]+?';
/** "X(类)Y(款)Z(项)" with any of the three levels, parenthesized (full-width brackets are halved first). */
const BRACKETED = new RegExp(`(?:(${NAME})\\(类\\))?(?:(${NAME})\\(款\\))?([\\u4e00-\\u9fa5]+?)\\(项\\)`, 'g');
/** "X类Y款Z项": all three levels, since a lone "…项" is an ordinary word. */
const PLAIN = /([\u4e00-\u9fa5]{2,20}?)类([\u4e00-\u9fa5]{2,30}?)款([\u4e00-\u9fa5]{2,30})项/g;
/**
 * "2013701行政运行", "20137网信事务": a 3/5/7-digit 功能分类 code (they all start with 2) glued to a
 * name (spaces are gone after labelKey); "201号文件", "205人" are no codes.
 */
const CODED =
  /(?<![\d.,])(2\d{6}|2\d{4}|2\d{2})(?![\d.,]|[万元%年月日号个人次辆台家所名户项份件套批吨亩张本期条篇场座间栋级岁届天]|平方|小时|公里)[:、.]?([\u4e00-\u9fa5()]{2,30}?)(?=[:,(（]|为|支出\d|预算|决算|安排|\d)/g;
const MONEY_RE = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)/g;
/** An amount that compares years is a change, never the subject's figure. */
const CHANGE_WORDS = /比|较|同比|增加|减少|增长|下降|上年|上一年/;
const BUDGET_WORDS = /预算数|年初预算|调整预算|全年预算|预算为|预算安排/;
const FINAL_WORDS = /决算|支出为|实际支出|完成/;

/** The itemized subject lines of one paragraph, in reading order. */
export function subjectLines(paragraph: string): SubjectLine[] {
  const text = labelKey(paragraph);
  const heads = [...bracketed(text), ...plain(text), ...coded(text)].sort((a, b) => a.start - b.start);
  const lines: SubjectLine[] = [];
  let previousEnd = -1;
  heads.forEach((head, i) => {
    if (head.start < previousEnd) return; // one subject read two ways
    previousEnd = head.end;
    const nextStart = heads.slice(i + 1).find((h) => h.start >= head.end)?.start ?? text.length;
    // "…行政运行（项）。年初预算为…": a head standing as its own sentence is followed by its figures.
    const from = /[。:]/.test(text[head.end] ?? '') ? head.end + 1 : head.end;
    const amounts = amountsOf(text.slice(from, sentenceEnd(text, from, nextStart)));
    if (amounts.length > 0) lines.push({ names: head.names, code: head.code, written: head.written, amounts });
  });
  return lines;
}

interface Head {
  start: number;
  end: number;
  names: SubjectLine['names'];
  code?: string;
  written: string;
}

// Every match holds "(项)" (and "类", "款", "项" for PLAIN): a paragraph without them is passed over, as the
// lazy names would otherwise be tried from every position of every long paragraph.
function bracketed(text: string): Head[] {
  if (!text.includes('(项)')) return [];
  return [...text.matchAll(BRACKETED)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    names: { class: clean(m[1]), section: clean(m[2]), item: clean(m[3]) },
    written: m[0],
  }));
}

function plain(text: string): Head[] {
  if (!text.includes('款') || !text.includes('项') || !text.includes('类')) return [];
  return [...text.matchAll(PLAIN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    names: { class: clean(m[1]), section: clean(m[2]), item: clean(m[3]) },
    written: m[0],
  }));
}

function coded(text: string): Head[] {
  return [...text.matchAll(CODED)].map((m) => {
    const name = clean(m[2]);
    const level = m[1].length === 3 ? 'class' : m[1].length === 5 ? 'section' : 'item';
    return { start: m.index, end: m.index + m[0].length, names: { [level]: name }, code: m[1], written: m[0] };
  });
}

/** Leading list marks and joining words are not part of a name: "1.一般公共服务支出", "其中：…", "用于…". */
function clean(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const cleaned = name.replace(/^(?:[一二三四五六七八九十\d]+[、.)]|\(\d+\)|其中|主要用于|用于|包括|是|为|及|和)+/, '');
  return cleaned || undefined;
}

/** The item's text ends at the next item or the end of its sentence / semicolon clause. */
function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = /[。;!?]/.exec(text.slice(from, limit));
  return stop ? from + stop.index : limit;
}

function amountsOf(tail: string): SubjectAmount[] {
  const amounts: SubjectAmount[] = [];
  let clauseStart = 0;
  for (const m of tail.matchAll(MONEY_RE)) {
    const before = tail.slice(clauseStart, m.index);
    clauseStart = m.index + m[0].length;
    if (CHANGE_WORDS.test(before) || /分别/.test(before)) continue;
    const parsed = parseAmount(`${m[1]}${m[2]}`);
    if (parsed.kind !== 'amount') continue;
    const figure: SubjectFigure = FINAL_WORDS.test(before) ? 'final' : BUDGET_WORDS.test(before) ? 'budget' : 'level';
    amounts.push({ figure, amount: parsed.amount, text: m[0] });
  }
  return amounts;
}
