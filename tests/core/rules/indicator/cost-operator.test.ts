import { costOperator } from '../../../../src/core/rules/indicator/cost-operator';
import {
  cellsOf,
  check,
  edit,
  JULU,
  loadWorkbook,
  PINGLUO,
  PINGXIANG,
  SHANHAIGUAN,
  SHAPOTOU,
} from '../../tables/performance/support';

const run = (grids: Parameters<typeof check>[0]) => check(grids, [costOperator]);
const P2 = '项目2-网络宣传和评论引导';

describe('indicator/cost-operator', () => {
  it('finds the costs 平乡 项目2 wrote as ≥3万元 and ≥9万元', async () => {
    const findings = run(await loadWorkbook(PINGXIANG));
    expect(cellsOf(findings)).toEqual([`${P2}!E7`, `${P2}!E8`]);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '≤3万元', actual: '≥3万元' });
  });

  it('is quiet once the costs are ceilings', async () => {
    expect(run(edit(await loadWorkbook(PINGXIANG), P2, { E7: '≤3万元', E8: '9万元' }))).toEqual([]);
  });

  it.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN])('is quiet on %s', async (file) => {
    expect(run(await loadWorkbook(file))).toEqual([]);
  });
});
