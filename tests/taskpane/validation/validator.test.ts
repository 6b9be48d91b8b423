/**
 * Validation off the page's thread: the worker connection (grids kept between jobs, jobs in order, cancel
 * ends a running worker, crashes become errors), the in-thread fallback, and latest-wins tickets.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { defineRule } from '../../../src/core/rules/types';
import { validateWorkbook } from '../../../src/core/validate';
import { latestOnly } from '../../../src/taskpane/validation/latest';
import {
  canValidateInWorker,
  createValidator,
  inThreadValidator,
  ValidationCancelled,
  workerValidator,
} from '../../../src/taskpane/validation/validator';
import { fakeWorker, until, type FakeWorker } from './fakeWorker';

const summary: SheetGrid = gridFromRows('1收支总表', [
  ['部门收支总表'],
  ['单位：万元'],
  ['收入', '', '支出', ''],
  ['项目', '预算数', '项目', '预算数'],
  ['一般公共预算拨款收入', 10, '一般公共服务支出', 12],
  ['收入总计', 10, '支出总计', 12],
]);
const notes = gridFromRows('说明', [['这张表没有可识别的标题']]);

function connection() {
  const workers: FakeWorker[] = [];
  const validator = workerValidator(() => {
    const worker = fakeWorker();
    workers.push(worker);
    return worker;
  });
  return { validator, workers };
}

describe('validator worker connection', () => {
  it('returns the report the core gives, and keeps the grids for the next job', async () => {
    const { validator, workers } = connection();
    const first = validator.validate([summary, notes], {});
    await until(() => workers[0]?.waiting === 1);
    workers[0].release();
    expect(await first.report).toEqual(validateWorkbook([summary, notes]));

    // New settings, same grids: only the request itself crosses.
    const options = { severity: { 'structure/unrecognized': 'off' as const } };
    const second = validator.validate([summary, notes], options);
    await until(() => workers[0].waiting === 1);
    expect(workers[0].received.slice(-1).map((m) => m.kind)).toEqual(['validate']);
    workers[0].release();
    expect(await second.report).toEqual(validateWorkbook([summary, notes], options));
    expect(workers).toHaveLength(1);
  });

  it('serves jobs in order: a second job waits until the first is answered', async () => {
    const { validator, workers } = connection();
    const first = validator.validate([summary], {});
    const second = validator.validate([notes], {});
    await until(() => workers[0]?.waiting === 1);
    expect(workers[0].received.filter((m) => m.kind === 'validate')).toHaveLength(1);
    workers[0].release();
    await first.report;
    await until(() => workers[0].waiting === 1);
    workers[0].release();
    expect((await second.report).skipped.map((s) => s.sheet)).toEqual(['说明']);
  });

  it('cancelling the running job ends the worker; the next job starts a fresh one and sends the grids again', async () => {
    const { validator, workers } = connection();
    const running = validator.validate([summary], {});
    await until(() => workers[0]?.waiting === 1);
    running.cancel();
    await expect(running.report).rejects.toBeInstanceOf(ValidationCancelled);
    expect(workers[0].terminated).toBe(true);

    const next = validator.validate([summary], {});
    await until(() => workers[1]?.waiting === 1);
    expect(workers[1].received.map((m) => m.kind)).toContain('rows');
    workers[1].release();
    expect(await next.report).toEqual(validateWorkbook([summary]));
  });

  it('cancelling a queued job leaves the running one and the worker alone', async () => {
    const { validator, workers } = connection();
    const running = validator.validate([summary], {});
    const queued = validator.validate([notes], {});
    await until(() => workers[0]?.waiting === 1);
    queued.cancel();
    await expect(queued.report).rejects.toBeInstanceOf(ValidationCancelled);
    workers[0].release();
    expect(await running.report).toEqual(validateWorkbook([summary]));
    expect(workers[0].terminated).toBe(false);
  });

  it('turns a crash of the worker into an error, and recovers with a new worker', async () => {
    const { validator, workers } = connection();
    const doomed = validator.validate([summary], {});
    await until(() => workers[0]?.waiting === 1);
    workers[0].crash('Uncaught RangeError: Array buffer allocation failed');
    await expect(doomed.report).rejects.toThrow('Array buffer allocation failed');
    const next = validator.validate([summary], {});
    await until(() => workers[1]?.waiting === 1);
    workers[1].release();
    expect((await next.report).tables).toHaveLength(1);
  });

  it('starts with a worker that holds the grids already: no cell is sent until one changes', async () => {
    const parser = fakeWorker([summary, notes]);
    const workers: FakeWorker[] = [];
    const validator = workerValidator(
      () => {
        const worker = fakeWorker();
        workers.push(worker);
        return worker;
      },
      { port: parser, grids: [summary, notes] },
    );
    const first = validator.validate([summary, notes], {});
    await until(() => parser.waiting === 1);
    expect(parser.received.map((m) => m.kind)).toEqual(['validate']);
    parser.release();
    expect(await first.report).toEqual(validateWorkbook([summary, notes]));

    const values = summary.values.slice();
    values[4] = ['一般公共预算拨款收入', 12, '一般公共服务支出', 12];
    const edited = { ...summary, values };
    const second = validator.validate([edited, notes], {});
    await until(() => parser.waiting === 1);
    expect(parser.received.slice(1).map((m) => m.kind)).toEqual(['sheet', 'rows', 'validate']);
    parser.release();
    expect(await second.report).toEqual(validateWorkbook([edited, notes]));

    // Cancelled while validating, the parser ends; the next check starts a validator and sends everything.
    const cancelled = validator.validate([edited, notes], { profile: 'hebei' });
    await until(() => parser.waiting === 1);
    cancelled.cancel();
    await expect(cancelled.report).rejects.toBeInstanceOf(ValidationCancelled);
    expect(parser.terminated).toBe(true);
    const third = validator.validate([edited, notes], {});
    await until(() => workers[0]?.waiting === 1);
    expect(workers[0].received.filter((m) => m.kind === 'sheet')).toHaveLength(2);
    workers[0].release();
    expect(await third.report).toEqual(validateWorkbook([edited, notes]));
  });

  it('terminate cancels every job', async () => {
    const { validator, workers } = connection();
    const a = validator.validate([summary], {});
    const b = validator.validate([notes], {});
    await until(() => workers[0]?.waiting === 1);
    validator.terminate();
    await expect(a.report).rejects.toBeInstanceOf(ValidationCancelled);
    await expect(b.report).rejects.toBeInstanceOf(ValidationCancelled);
    expect(workers[0].terminated).toBe(true);
  });
});

describe('where validation runs', () => {
  const custom = defineRule({
    id: 'test/always',
    severity: 'info',
    title: '测试',
    docs: '测试',
    appliesTo: 'workbook',
    check: ({ report }) => report({ sheet: '说明', cell: 'A1', message: '测试规则' }),
  });

  it('keeps rule functions in this thread; recognition alone (no rules) may cross', () => {
    expect(canValidateInWorker({})).toBe(true);
    expect(canValidateInWorker({ rules: [] })).toBe(true);
    expect(canValidateInWorker({ rules: [custom] })).toBe(false);
  });

  it('validates in this thread where there is no Worker (jest, node)', async () => {
    const validator = createValidator();
    expect(await validator.validate([summary, notes], {}).report).toEqual(validateWorkbook([summary, notes]));
    const withRule = await validator.validate([notes], { rules: [custom] }).report;
    expect(withRule.findings.map((f) => f.message)).toEqual(['测试规则']);
  });

  it('validates in this thread where the page refuses to start a worker', async () => {
    const globals = globalThis as unknown as { Worker?: unknown; document?: unknown };
    let attempts = 0;
    globals.Worker = class {
      constructor() {
        attempts++;
        throw new Error('SecurityError: workers are not allowed');
      }
    };
    globals.document = { baseURI: 'https://localhost:3000/taskpane.html' };
    try {
      const validator = createValidator();
      expect(await validator.validate([summary], {}).report).toEqual(validateWorkbook([summary]));
      expect(await validator.validate([notes], {}).report).toEqual(validateWorkbook([notes]));
      expect(attempts).toBe(1);
    } finally {
      delete globals.Worker;
      delete globals.document;
    }
  });

  it('in this thread, a job cancelled before it starts never runs', async () => {
    const job = inThreadValidator().validate([summary], {});
    job.cancel();
    await expect(job.report).rejects.toBeInstanceOf(ValidationCancelled);
  });
});

describe('latest wins', () => {
  it('a newer ticket cancels the older validation, whose result is never delivered', async () => {
    const { validator, workers } = connection();
    const tickets = latestOnly(validator);
    const older = tickets.next();
    const olderReport = older.validate([summary], {});
    await until(() => workers[0]?.waiting === 1);
    const newer = tickets.next();
    expect(older.current).toBe(false);
    expect(await olderReport).toBeUndefined();
    const newerReport = newer.validate([notes], {});
    await until(() => workers[1]?.waiting === 1);
    workers[1].release();
    expect((await newerReport)?.skipped.map((s) => s.sheet)).toEqual(['说明']);
    expect(newer.current).toBe(true);
  });

  it('a report that arrives after a newer ticket was taken is dropped, even if its job was not cancelled in time', async () => {
    const tickets = latestOnly(inThreadValidator());
    const older = tickets.next();
    const pending = older.validate([summary], {});
    tickets.next();
    expect(await pending).toBeUndefined();
  });

  it('取消 leaves no ticket current; errors of the current ticket are thrown', async () => {
    const { validator, workers } = connection();
    const tickets = latestOnly(validator);
    const ticket = tickets.next();
    const report = ticket.validate([summary], {});
    await until(() => workers[0]?.waiting === 1);
    tickets.cancel();
    expect(ticket.current).toBe(false);
    expect(await report).toBeUndefined();

    const failing = tickets.next();
    const failed = failing.validate([summary], {});
    await until(() => workers[1]?.waiting === 1);
    workers[1].crash('boom');
    await expect(failed).rejects.toThrow('boom');
  });
});
