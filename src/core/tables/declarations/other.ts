/** The 绩效目标 tables and the narrative sheets; their titles are recognized by patterns (recognize/titles.ts). */
import type { KindDeclaration } from './types';

export const OTHER_DECLARATIONS = {
  'performance.project': {
    label: '项目支出绩效目标表',
    family: 'performance',
    shape: 'project-performance',
    titles: [],
  },
  'performance.department': {
    label: '部门整体绩效目标表',
    family: 'performance',
    shape: 'department-performance',
    titles: [],
  },
  narrative: { label: '情况说明', family: 'narrative', shape: 'narrative', titles: [] },
} as const satisfies Record<string, KindDeclaration>;
