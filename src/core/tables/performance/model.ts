/** Typed models of the 绩效目标 tables (filled in by the performance recognizers). */
import type { TableBase } from '../base';
import type { PerformanceKind } from '../kinds';

export type PerformanceTableModels = { [K in PerformanceKind]: TableBase<K> };
