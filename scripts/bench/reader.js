// Section: the streaming reader alone against a bare exceljs load of the bench workbook (wall time and peak RSS,
// each in a fresh process). The hostile corpus runs end to end through the CLI in the `hostile` section.
const readerVersusExceljs = {
  title: '读取器：与 exceljs 的读取耗时对比',
  async run(ctx) {
    const { compareWithExceljs } = ctx.build('xlsx/hostile/measure.js');
    const { reader, exceljs, ratio } = compareWithExceljs(ctx.workbook.file);
    return [
      ['reader (streaming)', `${reader.ms.toFixed(0)} ms, peak ${reader.peakRssMb.toFixed(0)} MB`],
      ['exceljs load', `${exceljs.ms.toFixed(0)} ms, peak ${exceljs.peakRssMb.toFixed(0)} MB`],
      ['ratio reader / exceljs', `${ratio.toFixed(2)} ×`],
    ];
  },
};

module.exports = { readerVersusExceljs };
