/**
 * An outbound link only when it is http(s). The content check refuses other schemes; this is
 * the second line, for a Content Lake that was written without the check.
 * @example safeUrl('javascript:alert(1)') //=> undefined
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
