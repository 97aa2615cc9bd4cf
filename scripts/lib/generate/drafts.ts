/**
 * Unpublished drafts (`drafts.<id>`): staff's pending edits of published enterprises,
 * standards and programmes, and new standards that exist only as a draft (nothing published
 * references them). Each carries a private marker, like the seed's drafts.
 */
import { draftId, type SeedDocument } from '../../seed/lib/document.ts';
import { localeString, localeText, type LocaleValue } from '../../seed/lib/values.ts';
import { privateMarker } from './markers.ts';
import type { Random } from './random.ts';

/** Share of drafts that are new standards rather than edits of published documents. */
export const DRAFT_ONLY_SHARE = 0.2;

const edited = (value: unknown, note: string, make: typeof localeString): LocaleValue => {
  const text = value as LocaleValue;
  return make(`${text.zh}${note}`, text.en);
};

/** The draft of a published document, its edit marked in the field staff changed. */
function draftOf(doc: SeedDocument): SeedDocument {
  const marker = privateMarker(draftId(doc._id));
  switch (doc._type) {
    case 'enterprise':
      return { ...doc, _id: draftId(doc._id), description: edited(doc['description'], `（草稿：待企业确认后发布）${marker}`, localeText) };
    case 'standard':
      return { ...doc, _id: draftId(doc._id), title: edited(doc['title'], `（草稿）${marker}`, localeString) };
    default:
      return { ...doc, _id: draftId(doc._id), title: edited(doc['title'], `（修订草稿）${marker}`, localeString) };
  }
}

/** Drafts of `count` distinct documents drawn from `published` (enterprises, standards, programmes). */
export function generateDraftEdits(random: Random, published: readonly SeedDocument[], count: number): SeedDocument[] {
  const chosen = new Set<number>();
  const want = Math.min(count, published.length);
  while (chosen.size < want) chosen.add(random.int(0, published.length - 1));
  return [...chosen]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const doc = published[i];
      return doc ? [draftOf(doc)] : [];
    });
}

/** A new standard as a draft only: its `_id` prefixed, its title marked. */
export function draftOnly(doc: SeedDocument): SeedDocument {
  return { ...doc, _id: draftId(doc._id), title: edited(doc['title'], `（草稿）${privateMarker(draftId(doc._id))}`, localeString) };
}
