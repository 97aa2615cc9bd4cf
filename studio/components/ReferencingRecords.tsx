/**
 * 相关记录: the records that reference an enterprise, standard, committee or award — its
 * participations, committee seats and nominations — grouped by kind with counts, each opening
 * the record, and a "新建" per kind with this document filled in (templates.ts). Drafts count
 * (the `drafts` perspective), so a record just entered shows at once.
 */
import { Box, Button, Card, Flex, Stack, Text } from '@sanity/ui';
import { useEffect, useState } from 'react';
import { useClient } from 'sanity';
import { IntentLink, useRouter } from 'sanity/router';
import { DOCUMENT_LABELS, type DocumentType } from '../../site/lib/domain/model.ts';
import { VERIFICATION_STATUSES } from '../../site/lib/domain/vocabulary.ts';
import { REFERENCING_KINDS, REFERENCING_QUERY } from '../lib/referencing.ts';
import { PARTICIPATION_FOR_ENTERPRISE, relationTemplateId } from '../lib/templates.ts';
import { publishedIdOf } from '../../site/lib/domain/visibility.ts';

const API_VERSION = '2025-02-19';

interface Row {
  readonly _id: string;
  readonly _type: string;
  readonly label: string;
  readonly status?: string;
}

interface ViewProps {
  readonly documentId: string;
  readonly schemaType: { readonly name: string };
}

export function ReferencingRecords({ documentId, schemaType }: ViewProps) {
  const client = useClient({ apiVersion: API_VERSION });
  const router = useRouter();
  const id = publishedIdOf(documentId);
  const kinds = REFERENCING_KINDS[schemaType.name] ?? [];
  const [rows, setRows] = useState<Row[] | null>(null);

  useEffect(() => {
    let live = true;
    void client.fetch<Row[]>(REFERENCING_QUERY, { id, types: kinds.map((kind) => kind.type) }, { perspective: 'drafts' }).then((found) => {
      if (live) setRows(found);
    });
    return () => {
      live = false;
    };
  }, [client, id, kinds]);

  return (
    <Box padding={4}>
      <Stack gap={5}>
        {kinds.map(({ type, field }) => {
          const list = (rows ?? []).filter((row) => row._type === type);
          const template = type === 'participation' && field === 'enterprise' ? PARTICIPATION_FOR_ENTERPRISE : relationTemplateId(type, field);
          const params = template === PARTICIPATION_FOR_ENTERPRISE ? { enterpriseId: id } : { refId: id };
          const label = DOCUMENT_LABELS[type as DocumentType].zh;
          return (
            <Stack gap={3} key={type} as="section" aria-label={label}>
              <Flex align="center" gap={3}>
                <Text as="h2" size={2} weight="semibold">
                  {label}（{rows ? list.length : '…'}）
                </Text>
                <Button
                  text={`新建${label}`}
                  mode="ghost"
                  fontSize={1}
                  padding={2}
                  onClick={() => router.navigateIntent('create', [{ type, template }, params])}
                />
              </Flex>
              {list.length === 0 && rows ? (
                <Text size={1} muted>
                  暂无记录。
                </Text>
              ) : null}
              <Stack gap={1} as="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {list.map((row) => (
                  <Card as="li" key={row._id} padding={2} radius={2} tone={row.status === 'verified' ? 'default' : 'caution'}>
                    <Text size={1}>
                      <IntentLink intent="edit" params={{ id: row._id, type: row._type }}>
                        {row.label || row._id}
                      </IntentLink>{' '}
                      · {VERIFICATION_STATUSES[row.status === 'verified' ? 'verified' : 'entered'].zh}
                    </Text>
                  </Card>
                ))}
              </Stack>
            </Stack>
          );
        })}
      </Stack>
    </Box>
  );
}
