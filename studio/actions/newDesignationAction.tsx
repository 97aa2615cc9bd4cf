import { Box, Button, Stack, Text, TextInput } from '@sanity/ui';
import { useState } from 'react';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { todayInBeijing } from '../../site/lib/domain/dates.ts';
import { buildDesignationChangePatch, designationChangeProblems } from '../lib/designation.ts';

/**
 * "登记新编号" on a standard: staff type the new code (DIS → FDIS → published, plan number →
 * GB/T …); it becomes the current code and the old one moves to 曾用编号 with its stage and
 * today's date. The record keeps its id and page; the old address redirects (site/lib/routes.ts).
 */
export const NewDesignationAction: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const doc = (props.draft ?? props.published ?? {}) as Record<string, unknown>;
  const problems = value.trim() === '' ? [] : designationChangeProblems(doc, value);
  const close = () => {
    setOpen(false);
    setValue('');
  };
  return {
    label: '登记新编号',
    title: '标准编号变更（如 DIS 改为 FDIS、计划号改为标准号）时使用：新编号成为现编号，原编号连同阶段和今天的日期记入“曾用编号”，页面地址不变。',
    disabled: Boolean(patch.disabled) || typeof doc['code'] !== 'string',
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: '登记新编号',
      onClose: close,
      content: (
        <Stack gap={4}>
          <Text size={1}>
            现编号：{String(doc['code'] ?? '')}。原编号将记入“曾用编号”，日期为今天（{todayInBeijing()}）。
          </Text>
          <TextInput
            aria-label="新编号"
            placeholder="如 ISO/IEC FDIS 98145、GB/T 98119-2026"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          {problems.map((problem) => (
            <Text key={problem} size={1} style={{ color: 'var(--card-badge-critical-fg-color, #c00)' }}>
              {problem}
            </Text>
          ))}
          <Box>
            <Button
              text="登记"
              tone="primary"
              disabled={value.trim() === '' || problems.length > 0}
              onClick={() => {
                patch.execute(buildDesignationChangePatch(doc, value, todayInBeijing()));
                close();
              }}
            />
          </Box>
        </Stack>
      ),
    },
  };
};
NewDesignationAction.displayName = 'NewDesignationAction';
