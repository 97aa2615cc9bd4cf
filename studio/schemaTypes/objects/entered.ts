import { defineField, defineType } from 'sanity';

/**
 * Who entered a relation record and when (site/lib/domain/fourEyes.ts), kept apart from who
 * verified it: the Verify action refuses the person named here (four-eyes rule). Filled in when
 * the record is created (initial value, bulk intake); read-only for staff.
 */
export const entered = defineType({
  name: 'entered',
  title: '录入',
  description: '谁在何时录入了这条记录（Entered）；核验须由另一位同事完成。',
  type: 'object',
  readOnly: true,
  options: { collapsible: true, collapsed: false },
  fields: [
    /** The staff member who entered the record (display name). */
    defineField({ name: 'by', title: '录入人', description: '录入记录的工作人员（Entered by）。', type: 'string' }),
    /** Their Sanity user id: the four-eyes check compares ids, not names. */
    defineField({ name: 'byId', title: '录入人账号', description: '录入人的账号标识（User id），用于核验时比对。', type: 'string', hidden: true }),
    /** Day the record was entered. */
    defineField({ name: 'on', title: '录入日期', description: '录入记录的日期（Entered on）。', type: 'date' }),
  ],
});
