/**
 * The one link policy, for every address the site may link to — `url`, `website`,
 * `source.url` and the links inside a programme's Portable Text body. The content check and
 * the Studio refuse exactly what the pages would drop, so an accepted link is a rendered link.
 *
 * Allowed: an absolute `http://` or `https://` address with a host name, at most
 * MAX_URL_LENGTH characters, with no user name or password (`https://bank.example@evil.example/`
 * reads as the bank but goes elsewhere) and no spaces or control characters (which a browser
 * would silently remove or encode). Not allowed, decided once: `mailto:`, `tel:`,
 * site-relative (`/awards/`) and protocol-relative (`//host/`) links — a register of public
 * records links to the page where a fact was published, written out in full.
 */
import { valueError, type ValueIssue } from './issue.ts';

/** Browsers, servers and CDNs commonly cap addresses near 8 KB; no real source page needs more than 2 KB. */
export const MAX_URL_LENGTH = 2048;

/** Schemes a link may use, for the Studio's `uri({scheme})` rule. */
export const WEB_SCHEMES: readonly string[] = ['http', 'https'];

/** Characters a browser drops or re-encodes in an address, so the page would not show it as written. */
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

const fix = '请填写以 https://（或 http://）开头的完整网址。';
const fixEn = 'Write the full address starting with https:// (or http://).';

/**
 * Why a value cannot be a link, or undefined when it can.
 * @example linkIssue('mailto:a@example.org')?.message.en // "… mailto: … is not allowed …"
 */
export function linkIssue(value: string): ValueIssue | undefined {
  if (value.length > MAX_URL_LENGTH) {
    return valueError(
      `网址长 ${value.length} 个字符，超过上限 ${MAX_URL_LENGTH}。请填写来源页面本身的网址。`,
      `the address is ${value.length} characters long, over the limit of ${MAX_URL_LENGTH}. Link to the source page itself.`,
    );
  }
  if (UNSAFE_CHARACTERS.test(value)) {
    return valueError(
      `网址中含有空格或不可见字符，浏览器会把它们删掉或改写。${fix}`,
      `the address contains spaces or invisible characters, which a browser would remove or rewrite. ${fixEn}`,
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    const what = scheme ? `"${scheme}:" 链接` : value.startsWith('//') ? '省略协议的链接（//…）' : value.startsWith('/') ? '站内相对链接' : '不完整的网址';
    const whatEn = scheme
      ? `a "${scheme}:" link`
      : value.startsWith('//')
        ? 'a protocol-relative link (//…)'
        : value.startsWith('/')
          ? 'a site-relative link'
          : 'an incomplete address';
    return valueError(`不接受${what}：网站只链接 http(s) 网址。${fix}`, `${whatEn} is not allowed: the site links only to http(s) addresses. ${fixEn}`);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return valueError(`网址无法解析。${fix}`, `the address cannot be parsed. ${fixEn}`);
  }
  if (parsed.hostname === '') return valueError(`网址缺少域名。${fix}`, `the address has no host name. ${fixEn}`);
  if (parsed.username !== '' || parsed.password !== '') {
    return valueError(
      '网址中含有用户名或密码（“@”前的部分），读者会被引向“@”之后的网站。请删除“@”及其前面的部分。',
      'the address contains a user name or password (the part before "@"), which sends readers to the host after the "@". Remove it and the "@".',
    );
  }
  return undefined;
}

/**
 * The address a page links to, or undefined when the link policy refuses it — the pages'
 * second line for a Content Lake that was written without the check.
 * @example linkHref('https://www.sac.gov.cn') //=> 'https://www.sac.gov.cn/'
 * @example linkHref('javascript:alert(1)') //=> undefined
 */
export function linkHref(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value === '' || linkIssue(value) !== undefined) return undefined;
  return new URL(value).href;
}
