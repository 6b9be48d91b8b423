/** zh-CN messages of the .xlsx reader: why a workbook cannot be read, and what was left out while reading it. */

const mb = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / 1_048_576)} MB`;

export const readerStrings = {
  unreadable: {
    notZip: '文件不是有效的 .xlsx 工作簿（可能已损坏，或是 .et/.csv 等其他格式）',
    truncated: '文件不完整（可能下载或复制时被截断），无法作为 .xlsx 工作簿读取',
    corrupt: '文件已损坏，无法作为 .xlsx 工作簿读取（可用 Excel 打开并另存后再试）',
    notWorkbook: '这是一个压缩包，但不是 Excel 工作簿（缺少工作簿内容 xl/workbook.xml）',
    noSheets: '工作簿中没有工作表，没有可检查的内容',
    chartsOnly: (charts: number) => `工作簿中只有 ${charts} 个图表工作表，没有可检查的数据表`,
    encrypted: '工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存再试',
    legacyXls: '这是 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查',
    otherCfb: '这是其他 Office 旧格式文件（不是 .xlsx 工作簿），请在 Excel 中另存为 .xlsx 后再检查',
    doctype: '工作簿中含有 DTD 声明（DOCTYPE），出于安全原因拒绝读取（正常的 Excel 文件不会包含它）',
    encryptedEntries: '压缩包中的内容设置了密码，无法读取',
    workbookTooLarge: (bytes: number) => `工作簿内容解压后过大（超过 ${mb(bytes)}），出于安全原因停止读取`,
    workbookMalformed: '工作簿结构（xl/workbook.xml）格式有误，无法读取',
    fileTooLarge: (bytes: number, limit: number) =>
      `文件过大（${mb(bytes)}，上限 ${mb(limit)}），不像是预算公开工作簿，未读取`,
    notAFile: '路径不是文件',
    missing: '文件不存在',
    denied: '没有读取该文件的权限',
    io: '读取文件失败',
  },
  sheet: {
    truncatedCells: (kept: number, limit: number) => `工作表单元格过多（超过 ${limit} 个），只读取了前 ${kept} 行`,
    truncatedRows: (rows: number, cols: number, kept: number) =>
      `工作表过大（${rows} 行 × ${cols} 列），只检查了前 ${kept} 行`,
    partTooLarge: (bytes: number) => `工作表内容解压后超过 ${mb(bytes)}，只读取了前面的部分`,
    bomb: '工作表内容的压缩比异常（疑似“压缩炸弹”），只读取了前面的部分',
    malformed: '工作表 XML 格式有误，只读取了出错位置之前的内容',
    damaged: '工作表数据已损坏，只读取了损坏位置之前的内容',
    missingPart: '工作表内容缺失（文件可能已损坏），按空表处理',
    overlappingMerges: '工作表中的合并单元格相互重叠，文件可能已损坏（可用 Excel 打开并另存后再试）',
    missingStrings: '部分单元格引用的共享字符串未能读取（共享字符串表过大或已损坏），这些单元格按空白处理',
  },
  workbook: {
    chartsIgnored: (charts: number) => `已忽略 ${charts} 个图表工作表`,
    stringsTruncated: (kept: number) => `共享字符串表过大，只读取了前 ${kept} 个字符串`,
    stringsUnreadable: '共享字符串表已损坏，只读取了出错位置之前的字符串',
    stylesUnreadable: '单元格格式表（styles.xml）无法完整读取，部分数字格式按“常规”处理',
  },
} as const;
