/** Every user-facing string of the task pane and the browser playground (zh-CN). */
import { SEVERITY_LABELS } from '../core/report/severity';

export const paneStrings = {
  appTitle: '预算公开校验',
  tabs: { check: '校验', templates: '模板', settings: '设置' },

  workbook: {
    untitled: '未命名工作簿',
    year: (year: number) => `${year} 年度`,
    unit: (units: string) => `单位：${units}`,
    notChecked: '尚未校验',
  },

  run: {
    check: '校验',
    checkActiveSheet: '只校验当前工作表',
    moreOptions: '更多校验选项',
    reading: (done: number, total: number) => `正在读取 ${done}/${total} 张表…`,
    readingStart: '正在读取工作簿…',
    validating: '正在校验…',
    painting: '正在标记单元格…',
  },

  summary: {
    errors: (n: number) => `${n} 个错误`,
    warnings: (n: number) => `${n} 个警告`,
    explained: (n: number) => `${n} 个已说明`,
    infos: (n: number) => `${n} 个提示`,
    sheets: (n: number) => `已检查 ${n} 张表`,
    tables: (n: number) => `识别出 ${n} 个表格`,
    successTitle: '未发现问题',
    success: (sheets: number, tables: number, kinds: string) =>
      `已检查 ${sheets} 张工作表，识别出 ${tables} 个表格（${kinds}），未发现错误或警告。`,
    successNoTables: (sheets: number) =>
      `已检查 ${sheets} 张工作表，但没有识别出任何预算公开表或绩效目标表。可在“已识别的表”中手动指定表格类型。`,
    uncheckedTitle: '部分工作表未检查',
    unchecked: (sheets: readonly string[]) =>
      `${sheets.length} 张有内容的工作表没有识别出表格，未经检查：${sheets.join('、')}。可在“已识别的表”中指定表格类型。`,
    paintSkipped: '部分工作表未能标记',
    readWarnings: '读取时的提示',
  },

  severity: SEVERITY_LABELS,

  findings: {
    filterLabel: '按级别筛选',
    expectedActual: (expected: string, actual: string) => `应为 ${expected}，实为 ${actual}`,
    expected: (expected: string) => `应为 ${expected}`,
    cellLink: (sheet: string, cell: string) => `${sheet}!${cell}`,
    goToCell: (sheet: string, cell: string) => `定位到 ${sheet}!${cell}`,
    related: '相关单元格：',
    moreRelated: (total: number) => `等 ${total} 处`,
    quickFix: '快速修复',
    fixing: '正在修复…',
    count: (n: number) => `${n} 条`,
    noneForFilter: '当前筛选条件下没有问题。',
    listLabel: '校验结果',
    keyboardHint: '用上下方向键在问题间移动，按回车定位到单元格',
    ruleId: (id: string) => `规则 ${id}`,
    filterExplained: '已说明',
  },

  explanation: {
    badge: '已说明',
    staleBadge: '说明已过时',
    staleHint: '单元格的值在填写说明后改变了，请核对后重新说明',
    add: '填写出错说明',
    edit: '修改说明',
    label: (cell: string) => `${cell} 的出错说明`,
    placeholder: '说明为什么这里不需要改正（例如：按上级要求列示）',
    save: '保存说明',
    cancel: '取消',
    removeHint: '清空后保存即删除说明',
    by: (author: string | undefined, date: string | undefined) => [author, date].filter(Boolean).join(' · '),
  },

  actions: {
    clear: '清除标记',
    cleared: '已清除全部标记。',
    export: '导出报告',
    exportSheet: '插入“校验报告”工作表',
    exportCsv: '下载 CSV',
    exportJson: '下载 JSON',
    exportedSheet: (name: string) => `已插入工作表“${name}”。`,
    exportedFile: (name: string) => `已下载 ${name}。`,
  },

  recognition: {
    heading: '已识别的表',
    sheetColumn: '工作表',
    kindColumn: '识别为',
    unitColumn: '单位',
    auto: '自动识别',
    skip: '跳过',
    skippedBecause: (reason: string) => `已跳过：${reason}`,
    overridden: '（已手动指定）',
    hint: '识别有误时，可为工作表指定表格类型或选择跳过；设置随工作簿保存，并立即重新校验。',
    kindFor: (sheet: string) => `${sheet} 的表格类型`,
  },

  settings: {
    profile: '地区规则集',
    profileAuto: '自动判断',
    profileAutoHint: '按每张表的版式自动选择规则集（宁夏、河北、上海或财政部指引）。',
    rules: '规则级别',
    ruleDefault: (label: string) => `默认（${label}）`,
    off: '关闭',
    saved: '设置已保存到工作簿。',
    savedLocal: '设置已保存在本浏览器中。',
    reset: '恢复默认',
    liveCheck: '边改边查',
    liveCheckHint: '校验之后，修改已识别表格中的单元格会在后台自动重新校验，标记和问题列表随之更新。',
    liveCheckUnavailable: '当前 Excel 版本不提供单元格修改事件（需要 ExcelApi 1.7），请改后手动点“校验”。',
  },

  catalogue: {
    heading: '科目代码表',
    hint: '导入科目代码表（.csv 每行“编码,名称”，或 .xlsx 前两列）后，校验会核对各表的科目编码是否存在、名称是否一致。文件只在本机解析，不会上传。',
    import: '导入…',
    importing: (name: string) => `正在读取 ${name}…`,
    fileLabel: '选择科目代码表文件',
    clear: '清除',
    none: '尚未导入科目代码表，不核对科目编码是否存在。',
    loaded: (fileName: string) => `已导入：${fileName}`,
    counts: (functional: number, economic: number) => `功能分类 ${functional} 个 · 经济分类 ${economic} 个`,
    warnings: (n: number) => `导入时有 ${n} 条提示`,
    failed: (name: string) => `无法导入 ${name}`,
    empty: '文件中没有读到任何科目编码（每行应为“编码,名称”，如“2013701,行政运行”），未导入。',
  },

  errors: {
    title: '出现问题',
    generic: '加载项遇到意外问题，工作簿内容未被修改。请重试；若问题持续，请把下面的说明告诉技术人员。',
    read: '无法读取工作簿',
    paint: '标记单元格时出错，校验结果仍可在下方查看',
    select: '无法定位到该单元格',
    fix: '快速修复失败',
    explain: '保存出错说明失败',
    clear: '清除标记失败',
    export: '导出报告失败',
    settings: '保存设置失败',
    dismiss: '关闭',
    bootFailed: (reason: string) => `加载项启动失败：${reason}`,
  },

  playground: {
    title: 'budget-lint 试用',
    subtitle: '浏览器中的演示工作簿：无需 Excel，文件只在本机解析，不会上传。',
    sample: '示例：平乡县委网信办 2023 年部门预算',
    open: '打开 .xlsx',
    opening: (name: string) => `正在打开 ${name}…`,
    openFailed: (name: string) => `无法打开 ${name}`,
    loadingSample: '正在加载示例工作簿…',
    cancel: '取消',
    readNotes: '读取时的提示',
    sampleFailed: '示例工作簿加载失败',
    sheetTabs: '工作表',
    emptySheet: '（空工作表）',
    truncated: (rows: number, cols: number) => `仅显示前 ${rows} 行、${cols} 列。`,
    gridLabel: (sheet: string) => `工作表 ${sheet} 的内容`,
    editCell: (cell: string) => `编辑 ${cell}（回车确认，Esc 取消）`,
  },
} as const;

export type PaneStrings = typeof paneStrings;
