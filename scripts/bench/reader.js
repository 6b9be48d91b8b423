// Section: the streaming reader against a bare exceljs load of the bench workbook, and the hostile corpus
// (src/xlsx/hostile/corpus.ts at full size), each input read in a fresh process: wall/CPU time and peak RSS.
const readerAndHostileCorpus = {
  title: '读取器：与 exceljs 的读取耗时对比，恶意/异常输入的耗时与内存',
  async run(ctx) {
    const { compareWithExceljs, measureHostileCorpus } = ctx.build('xlsx/hostile/measure.js');
    const { reader, exceljs, ratio } = compareWithExceljs(ctx.workbook.file);
    const rows = [
      ['reader (streaming)', `${reader.ms.toFixed(0)} ms, peak ${reader.peakRssMb.toFixed(0)} MB`],
      ['exceljs load', `${exceljs.ms.toFixed(0)} ms, peak ${exceljs.peakRssMb.toFixed(0)} MB`],
      ['ratio reader / exceljs', `${ratio.toFixed(2)} ×`],
    ];
    const hostile = await measureHostileCorpus();
    for (const input of hostile)
      rows.push([
        `  ${input.id}`,
        `${input.ms.toFixed(0)} ms, peak ${input.peakRssMb.toFixed(0)} MB (${input.outcome})`,
      ]);
    const slowest = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
    const hungriest = hostile.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
    rows.push(['hostile worst time', `${slowest.ms.toFixed(0)} ms (${slowest.id})`]);
    rows.push(['hostile worst memory', `${hungriest.peakRssMb.toFixed(0)} MB (${hungriest.id})`]);
    return rows;
  },
};

module.exports = { readerAndHostileCorpus };
