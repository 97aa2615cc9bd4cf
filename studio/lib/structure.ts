/**
 * The Studio's desk: the document types in three groups staff think in. A full staff desk
 * (e.g. "unverified records" lists) is a later issue.
 */
import type { StructureResolver } from 'sanity/structure';

/** Document types per group, in display order. */
const GROUPS = [
  ['enterprise', 'standard', 'technicalCommittee'],
  ['participation', 'committeeRole', 'nomination'],
  ['award', 'supportProgram'],
] as const;

export const structure: StructureResolver = (S) =>
  S.list()
    .title('内容')
    .items(GROUPS.flatMap((types, index) => [
      ...(index === 0 ? [] : [S.divider()]),
      ...types.map((type) => S.documentTypeListItem(type)),
    ]));
