/**
 * An outbound link only when it is http(s). The content check refuses other schemes; this is
 * the second line, for a Content Lake that was written without the check. Also refused: an
 * address with a user name or password (`https://bank.example@evil.example/` reads as the
 * bank but goes elsewhere) and one too long to be a real page address.
 * @example safeUrl('javascript:alert(1)') //=> undefined
 * @example safeUrl('https://www.sac.gov.cn/') //=> 'https://www.sac.gov.cn/'
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url || url.length > MAX_URL_LENGTH) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** Longer than any real source address; browsers and servers commonly cap URLs near 8 KB. */
const MAX_URL_LENGTH = 4096;
