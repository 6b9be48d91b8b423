/** Builders of the budget table models, by kind. */
import type { TableBuilder } from '../base';
import type { TableKind } from '../kinds';
import { buildAssets } from './assets';
import { buildCodeTable } from './code-table';
import { buildProcurement } from './procurement';
import { buildSummaryTable } from './summary-table';
import { buildThreePublic } from './three-public';

export const budgetBuilders: Partial<Record<TableKind, TableBuilder>> = {
  'budget.summary': (ctx) => buildSummaryTable('budget.summary', ctx),
  'budget.fiscal-summary': (ctx) => buildSummaryTable('budget.fiscal-summary', ctx),
  'budget.income': (ctx) => buildCodeTable('budget.income', ctx),
  'budget.expenditure': (ctx) => buildCodeTable('budget.expenditure', ctx),
  'budget.general-expenditure': (ctx) => buildCodeTable('budget.general-expenditure', ctx),
  'budget.general-basic': (ctx) => buildCodeTable('budget.general-basic', ctx),
  'budget.fund-expenditure': (ctx) => buildCodeTable('budget.fund-expenditure', ctx),
  'budget.capital-expenditure': (ctx) => buildCodeTable('budget.capital-expenditure', ctx),
  'budget.three-public': buildThreePublic,
  'budget.procurement': buildProcurement,
  'budget.assets': buildAssets,
};
