/**
 * The 功能分类 类 (201 一般公共服务支出 …) named by the expenditure lines of a 收支总表, which carry
 * names but no codes; names vary by year ("医疗卫生与计划生育支出" → "卫生健康支出"), so a distinctive
 * word identifies each 类.
 */
import { labelKey } from '../../parse/normalize';

const CLASS_WORDS: readonly [RegExp, string][] = [
  [/一般公共服务/, '201'],
  [/外交/, '202'],
  [/国防/, '203'],
  [/公共安全/, '204'],
  [/教育/, '205'],
  [/科学技术/, '206'],
  [/文化|传媒/, '207'],
  [/社会保障和就业/, '208'],
  [/社会保险基金/, '209'],
  [/卫生/, '210'],
  [/节能环保/, '211'],
  [/城乡社区/, '212'],
  [/农林水/, '213'],
  [/交通运输/, '214'],
  [/资源勘探/, '215'],
  [/商业服务业/, '216'],
  [/金融/, '217'],
  [/援助其他地区/, '219'],
  [/自然资源|国土海洋/, '220'],
  [/住房保障/, '221'],
  [/粮油/, '222'],
  [/国有资本经营预算支出/, '223'],
  [/灾害防治/, '224'],
  [/预备费/, '227'],
  [/^其他支出$/, '229'],
  [/转移性/, '230'],
  [/债务还本/, '231'],
  [/债务付息/, '232'],
  [/债务发行/, '233'],
  [/抗疫/, '234'],
];

/** The 类 code a 收支总表 expenditure line names, or null (人行科目, 基本支出, unknown names). */
export function functionClassOf(name: string): string | null {
  const key = labelKey(name);
  for (const [words, code] of CLASS_WORDS) if (words.test(key)) return code;
  return null;
}
