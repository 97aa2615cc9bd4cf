/** Interface strings of a standard's page for designations, adoption and supplements (issue 12). */
import type { Label } from '../../domain/vocabulary.ts';

export const STANDARDS_UI = {
  designationHistory: { zh: '编号沿革', en: 'Designation history' },
  designationNote: {
    zh: '本页地址在编号变更后保持不变；以往编号的地址会转到本页。',
    en: 'This page keeps its address when the designation changes; the addresses of earlier designations lead here.',
  },
  currentDesignation: { zh: '现编号', en: 'Current designation' },
  until: { zh: '使用至', en: 'until' },
  alsoCodes: { zh: '同一文件的其他编号', en: 'Also numbered' },
  adopts: { zh: '采用国际标准', en: 'Adopts' },
  adoptedBy: { zh: '被以下标准采用', en: 'Adopted by' },
  amends: { zh: '所修改的标准', en: 'Amends' },
  supplements: { zh: '修改单、修正案与勘误', en: 'Amendments and corrigenda' },
  impliedWithdrawal: { zh: '（按代替标准的实施日期）', en: ' (the replacing edition’s effective date)' },
  movedTitle: { zh: '页面已移至', en: 'This page has moved to' },
  movedBody: { zh: '该标准现编号为', en: 'The standard is now' },
} as const satisfies Record<string, Label>;
