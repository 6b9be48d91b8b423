/** zh-CN messages the Excel host shows the user (skipped sheets, errors, quick fixes). */

export const excelStrings = {
  protectedSheet: (sheet: string) => `工作表“${sheet}”受保护，未标记其中的问题（可撤销保护后重新校验）`,
  missingSheet: (sheet: string) => `找不到工作表“${sheet}”（可能已改名或删除），未标记其中的问题`,
  noStateStore: '当前 Excel 版本无法在工作簿中保存标记记录，关闭工作簿后将无法自动清除标记',
  hiddenSheetSelect: (sheet: string) => `工作表“${sheet}”已隐藏，请先取消隐藏再定位到该单元格`,
  sheetNotFound: (sheet: string) => `找不到工作表“${sheet}”`,
  truncatedSheet: (rows: number, cols: number, kept: number) =>
    `工作表过大（${rows} 行 × ${cols} 列），只检查了前 ${kept} 行`,
  unreadableSheet: (sheet: string, reason: string) => `工作表“${sheet}”无法读取，已跳过（${reason}）`,
  insertFailed: (reason: string) => `插入模板失败：${reason}`,
  fixFailed: (reason: string) => `插入缺失行失败：${reason}`,
  explainFailed: (reason: string) => `保存出错说明失败：${reason}`,
  noteHeader: '预算校验：',
  officeError: {
    protected: '工作表或工作簿受保护，Excel 拒绝了修改',
    notFound: '要操作的工作表或单元格已不存在',
    tooLarge: '一次读取的数据过多，Excel 拒绝了请求',
    busy: 'Excel 正忙（可能正在编辑单元格），请退出编辑后重试',
    generic: (detail: string) => `Excel 操作失败：${detail}`,
  },
} as const;
