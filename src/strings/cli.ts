/** User-facing zh-CN text of the command-line tool (help, reports, errors); rule messages stay in the rules. */
import type { Severity } from '../core/report/types';

export { SEVERITY_LABELS } from '../core/report/severity';

/** A mark that still reads without colour (pipes, CI logs). */
export const SEVERITY_MARKS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** The most files checked at once (--jobs). */
export const MAX_JOBS = 256;

export const cliStrings = {
  help: (version: string, commands: readonly { name: string; summary: string }[]) =>
    [
      `budget-lint ${version} — 部门预算公开表与项目支出绩效目标表校验`,
      '',
      '用法：budget-lint <命令> [选项]',
      '',
      '命令：',
      ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
      '',
      '选项：',
      '  --help, -h     显示帮助（budget-lint <命令> --help 显示该命令的用法）',
      '  --version, -v  显示版本号',
      '',
      '退出码：0 = 未发现错误；1 = 发现错误；2 = 用法有误或没有可读取的文件',
      '',
    ].join('\n'),
  commandHelpHint: (command: string) => `运行 budget-lint ${command} --help 查看用法。`,
  generalHelpHint: '运行 budget-lint --help 查看用法。',
  noCommand: '请指定命令。',
  unknownCommand: (name: string) => `未知命令：${name}`,
  unknownOption: (name: string) => `未知选项：${name}`,
  missingValue: (name: string) => `选项 ${name} 需要一个值`,
  flagTakesNoValue: (name: string) => `选项 ${name} 不接受值`,
  repeatedOption: (name: string) => `选项 ${name} 只能指定一次`,
  unexpectedArgument: (value: string) => `多余的参数：${value}`,
  internalError: (detail: string) => `内部错误：${detail}（请把这条信息报告给维护者）`,

  check: {
    summary: '校验 .xlsx 文件或目录（递归）中的部门预算公开表与绩效目标表',
    usage: [
      '用法：budget-lint check <文件或目录…> [选项]',
      '',
      '校验每个 .xlsx 工作簿，按工作表列出问题。目录会递归查找 *.xlsx（跳过 ~$ 开头的临时文件，',
      '跟随符号链接；同一个文件经不同路径出现时只检查一次）。',
      '',
      '选项：',
      '  --format text|json|jsonl  输出格式（默认 text）；jsonl 每检查完一个文件输出一行 JSON，',
      '                            最后一行是合计',
      '  --jobs <N>              同时检查的文件数（默认为 CPU 核数）；结果仍按输入顺序输出',
      '  --shard <K/N>           只检查排序去重后的文件列表的第 K 份（共 N 份，K 从 1 起），',
      '                          供作业数组（Slurm、Kubernetes Indexed Job、GNU parallel）分片',
      '  --annotate <目录>       把标注了问题的副本（同名文件）写入该目录；原文件不会被修改',
      '  --force                 允许 --annotate 覆盖目录中已有的同名文件（原文件仍不会被覆盖）',
      '  --profile <ID>          地区规则配置（默认按表自动判断）',
      '  --severity <规则=级别>  调整规则级别：error、warning、info 或 off，可重复，',
      '                          例如 --severity sum/rounding=off',
      '  --catalogue <文件>      科目目录（.csv/.txt 每行“编码,名称”，或 .xlsx 前两列），',
      '                          用于核对科目编码是否存在、名称是否一致（规则 code/unknown）',
      '',
      '退出码：0 = 未发现错误；1 = 发现错误；2 = 用法有误或没有可读取的工作簿',
      '',
      '示例：',
      '  budget-lint check 部门预算.xlsx',
      '  budget-lint check 收件箱/ --annotate 已标注/ --format json > 结果.json',
      '  budget-lint check 收件箱/ --jobs 8 --format jsonl > 结果.jsonl',
      '  budget-lint check 收件箱/ --shard 3/40 --format jsonl > 结果-3.jsonl',
      '  budget-lint check 部门预算.xlsx --catalogue 科目目录.csv',
      '',
    ].join('\n'),
    noInput: '请指定要校验的 .xlsx 文件或目录。',
    badFormat: (value: string) => `--format 只能是 text、json 或 jsonl，而不是“${value}”`,
    badJobs: (value: string) => `--jobs 应为 1 到 ${MAX_JOBS} 之间的整数，而不是“${value}”`,
    badShard: (value: string) => `--shard 的写法是 K/N（1 ≤ K ≤ N，例如 3/40），而不是“${value}”`,
    forceWithoutAnnotate: '--force 只与 --annotate 一起使用',
    emptyShard: (shard: string, total: number) => `分片 ${shard} 中没有文件（全部 ${total} 个文件已分到其他分片）`,
    badSeverity: (value: string) =>
      `--severity 的写法是 规则=级别（级别为 error、warning、info 或 off），而不是“${value}”`,
    unknownRule: (id: string) => `没有 id 为“${id}”的规则（运行 budget-lint rules 查看全部规则）`,
    unknownProfile: (id: string, known: string[]) => `没有 id 为“${id}”的地区配置；可选：${known.join('、')}`,
    notAFile: '不是文件或目录',
    emptyDirectory: (dir: string) => `目录 ${dir} 中没有 .xlsx 文件`,
    progress: (done: number, total: number) => `已检查 ${done}/${total} 个文件…`,
    noSheetsError: '文件中没有可读取的工作表（可能不是 Excel 工作簿，或只有图表工作表）',
    uncheckedSheets: (count: number) => `未发现问题，但有 ${count} 张有内容的工作表未能检查（见上）`,
    readWarningsOnly: '未发现问题，但读取时有提示（见上），请确认',
    nothingReadable: '没有可以读取的工作簿，未进行校验。',
    fileHeader: (file: string) => `文件：${file}`,
    fileUnreadable: (file: string, reason: string) => `无法读取 ${file}：${reason}`,
    validateFailed: '校验此文件时出现内部错误，已跳过（请把这个文件报告给维护者）',
    dirUnreadable: '无法读取该目录',
    tablesHeader: (count: number) => `已识别 ${count} 张表：`,
    noTables: '未识别到任何表（请确认表标题，例如“部门收支总表”）',
    tableLine: (sheet: string, kind: string, range: string, unit: string | undefined) =>
      `${sheet} → ${kind}（${range}${unit ? `，单位：${unit}` : ''}）`,
    skippedHeader: (count: number) => `跳过 ${count} 张工作表：`,
    skippedLine: (sheet: string, reason: string) => `${sheet}：${reason}`,
    warningsHeader: '读取提示：',
    findingsHeader: (count: number) => `发现 ${count} 个问题：`,
    noFindings: '未发现问题',
    /** A warning answered with a 出错说明 (src/core/explanations.ts); stale once the cell changed. */
    explained: (text: string, stale: boolean) => (stale ? `〔说明已过时：${text}〕` : `〔已说明：${text}〕`),
    expectedActual: (expected?: string, actual?: string) =>
      [expected !== undefined ? `应为 ${expected}` : '', actual !== undefined ? `实为 ${actual}` : '']
        .filter(Boolean)
        .join('，'),
    counts: (c: { errors: number; warnings: number; infos: number }) =>
      `${c.errors} 个错误 · ${c.warnings} 个警告 · ${c.infos} 个提示`,
    fileSummary: (counts: string) => `小计：${counts}`,
    totalSummary: (files: number, unreadable: number, counts: string) =>
      `合计：检查了 ${files} 个文件${unreadable ? `（其中 ${unreadable} 个无法读取）` : ''} · ${counts}`,
    annotated: (target: string, painted: number) => `已写入标注副本：${target}（标注了 ${painted} 个单元格）`,
    annotateFailed: (file: string, reason: string) => `无法写入 ${file} 的标注副本：${reason}`,
    annotateIsInput: '标注副本的路径与原文件相同；为避免修改原文件，已跳过',
    annotateExists: (target: string) => `${target} 已存在；如要覆盖，请加 --force`,
    annotateNoWorkbook: '文件不是可读取的工作簿，不写标注副本',
    annotateDirFailed: (dir: string, reason: string) => `无法创建标注目录 ${dir}：${reason}`,
    catalogueUnreadable: (file: string, reason: string) => `无法读取科目目录 ${file}：${reason}`,
    catalogueEmpty: (file: string) => `科目目录 ${file} 中没有可用的科目编码，未进行校验。`,
    catalogueIsDirectory: '这是一个目录，请指定科目目录文件',
    catalogueWarning: (file: string, warning: string) => `科目目录 ${file}：${warning}`,
  },

  /** Why a file could not be read or written, in words a 科员 can act on. */
  reasons: {
    missing: '文件或目录不存在',
    permission: '没有读取权限',
    notDirectory: '路径中的某一级不是目录',
    isDirectory: '这是一个目录，不是文件',
    nameTooLong: '文件名或路径过长',
    symlinkLoop: '符号链接形成了循环',
    tooManyOpen: '同时打开的文件过多，请减少 --jobs 后重试',
    diskFull: '磁盘空间不足',
    readOnly: '目标位置是只读的',
    exists: '文件已存在',
    ioError: '读写磁盘时出错',
    busy: '文件正被其他程序占用',
    tooLarge: '文件内容过大，超出了可读取的范围',
    outOfMemory: '读取或校验此文件时内存不足，已跳过（文件可能过大或构造异常）',
    workerFailed: '检查此文件的进程意外退出，已跳过',
    unreadableWorkbook: '无法作为 .xlsx 工作簿读取（文件可能已损坏）',
  },

  rules: {
    summary: '列出全部校验规则（id、默认级别、说明）及地区配置',
    usage: [
      '用法：budget-lint rules [--format text|json|markdown]',
      '',
      '按规则族列出每条规则的 id、默认级别和标题。规则 id 可用于 --severity 与 JSON 输出。',
      '',
    ].join('\n'),
    header: (count: number) => `共 ${count} 条规则：`,
    none: '当前没有规则。',
    family: (family: string, title: string) => `${family}/*  ${title}`,
    profilesHeader: '地区配置（--profile）：',
    markdown: {
      title: '# 校验规则',
      intro:
        '本文件由 `budget-lint rules --format markdown` 生成，请勿手工编辑。规则 id 是公开、稳定的接口：用于 JSON 输出、`--severity` 和任务窗格的设置。级别：错误 = 强制性，发布前必须改正；警告 = 提示性，改正或说明；提示 = 供参考。',
      severity: '默认级别',
      appliesTo: '适用',
      wholeWorkbook: '整个工作簿',
      profiles: '地区配置（--profile）',
    },
  },
};

/** zh-CN names of the rule families (DESIGN.md §4), for `budget-lint rules`. */
export const RULE_FAMILY_TITLES: Record<string, string> = {
  structure: '表的结构与完整性',
  code: '科目编码',
  sum: '金额勾稽',
  cross: '跨表一致',
  narrative: '情况说明',
  indicator: '绩效指标',
  funds: '资金',
};
