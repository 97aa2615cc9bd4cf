/**
 * The 相关记录 view's data (studio/components/ReferencingRecords.tsx): which relation records
 * point at which document types, and the one query that lists them with a label.
 */

/** Which relation kinds point at a document type, and through which field. */
export const REFERENCING_KINDS: Readonly<
  Record<string, readonly { readonly type: 'participation' | 'committeeRole' | 'nomination'; readonly field: string }[]>
> = {
  enterprise: [
    { type: 'participation', field: 'enterprise' },
    { type: 'committeeRole', field: 'enterprise' },
    { type: 'nomination', field: 'enterprise' },
  ],
  standard: [{ type: 'participation', field: 'standard' }],
  technicalCommittee: [{ type: 'committeeRole', field: 'committee' }],
  award: [{ type: 'nomination', field: 'award' }],
};

/** The records of one document, each with a one-line label (GROQ; the tests run it with groq-js). */
export const REFERENCING_QUERY = `*[_type in $types && references($id)] | order(_type asc, year desc, rank asc) {
  _id, _type,
  "label": array::join([
    coalesce(enterprise->name.zh, ""),
    coalesce(standard->code, committee->code, award->name.zh, ""),
    select(defined(year) => string(year) + " 年", ""),
    select(defined(rank) => "排名第 " + string(rank), "")
  ][@ != ""], " · "),
  "status": verification.status
}`;
