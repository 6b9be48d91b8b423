/** User-facing zh-CN text of the template commands (`budget-lint new`, `budget-lint templates`) and the 模板 panel. */

export const templateCliStrings = {
  new: {
    summary: '按模板生成标准表（含公式、下拉列表、打印设置）：部门预算、部门决算公开九张表或绩效目标表',
    usage: [
      '用法：budget-lint new <模板|all> --out <文件.xlsx> [选项]',
      '',
      '生成一个新的 .xlsx 工作簿。模板 id 见 budget-lint templates；all = 全套部门预算公开表（九张），final-all = 全套部门决算公开表（九张）。',
      '',
      '选项：',
      '  --out <文件.xlsx>        输出文件（必填）；已存在时拒绝覆盖',
      '  --force                  覆盖已存在的输出文件',
      '  --unit-name <名称>       单位名称',
      '  --year <年度>            预算（决算）年度（默认今年）',
      '  --unit 万元|元           金额单位（默认 万元）',
      '  --projects <数量>        绩效目标表：项目个数（每个项目一张表，默认 1）',
      '  --indicator-rows <行数>  绩效目标表：每个二级指标下的空行数（默认 2）',
      '  --code-rows <行数>       收入、支出等科目表的空行数（默认 20）',
      '',
      '示例：',
      '  budget-lint new all --out 2025部门预算.xlsx --unit-name 平乡县财政局 --year 2025',
      '  budget-lint new final-all --out 2024部门决算.xlsx --unit-name 平乡县财政局 --year 2024 --unit 元',
      '  budget-lint new performance-hebei --out 绩效目标.xlsx --projects 3',
      '',
    ].join('\n'),
    missingTemplate: '请指定模板 id（运行 budget-lint templates 查看全部模板）。',
    unknownTemplate: (id: string) => `没有 id 为“${id}”的模板（运行 budget-lint templates 查看全部模板）`,
    missingOut: '请用 --out 指定输出的 .xlsx 文件。',
    notXlsx: (file: string) => `输出文件必须以 .xlsx 结尾：${file}`,
    exists: (file: string) => `文件已存在，未覆盖：${file}（如确需覆盖，请加 --force）`,
    badYear: (value: string) => `--year 应为四位年份，而不是“${value}”`,
    badUnit: (value: string) => `--unit 只能是 万元 或 元，而不是“${value}”`,
    badCount: (option: string, value: string) => `${option} 应为正整数，而不是“${value}”`,
    written: (file: string, sheets: string[]) => `已生成 ${file}（${sheets.length} 张工作表：${sheets.join('、')}）`,
    writeFailed: (file: string, reason: string) => `无法写入 ${file}：${reason}`,
  },
  templates: {
    summary: '列出可用的模板（id、名称、说明）',
    usage: ['用法：budget-lint templates [--format text|json]', '', '列出 budget-lint new 可用的模板。', ''].join('\n'),
    header: (count: number) => `共 ${count} 个模板（budget-lint new <id> --out 文件.xlsx）：`,
    groups: { bundle: '全套', budget: '部门预算公开表', final: '部门决算公开表', performance: '绩效目标表' } as Record<
      string,
      string
    >,
    badFormat: (value: string) => `--format 只能是 text 或 json，而不是“${value}”`,
  },
};

export const templatePaneStrings = {
  heading: '插入模板',
  intro: '选择一个标准表，填写单位信息后插入为新工作表（不会覆盖已有工作表）。',
  unitName: '单位名称',
  year: '预算年度',
  unit: '金额单位',
  projects: '项目个数',
  indicatorRows: '每个二级指标的行数',
  insert: '插入',
  inserting: '正在插入…',
  inserted: (names: string[]) => `已插入：${names.join('、')}`,
  failed: (reason: string) => `插入失败：${reason}`,
  preview: '预览',
  badYear: '请输入四位年份',
};
