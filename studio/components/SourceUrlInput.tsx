import { Card, Stack, Text } from '@sanity/ui';
import type { StringInputProps } from 'sanity';
import { isWebUrl } from '../lib/links.ts';

/**
 * The source URL field with the address as a link under it ("打开来源"), so the verifier opens
 * the notice in a new tab instead of copying the text. Only http(s) addresses become links.
 */
export function SourceUrlInput(props: StringInputProps) {
  const url = typeof props.value === 'string' ? props.value.trim() : '';
  return (
    <Stack gap={2}>
      {props.renderDefault(props)}
      {isWebUrl(url) ? (
        <Card paddingX={1}>
          <Text size={1}>
            <a href={url} target="_blank" rel="noopener noreferrer" data-testid="source-url-link">
              打开来源 ↗ {url}
            </a>
          </Text>
        </Card>
      ) : null}
    </Stack>
  );
}
