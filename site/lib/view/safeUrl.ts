/**
 * An outbound link only when the site's one link policy (../domain/links.ts) allows it: an
 * absolute http(s) address with a host, no user name or password, no spaces, at most 2,048
 * characters. The content check and the Studio refuse everything else, so what they accept is
 * what a page shows; this is the second line, for a Content Lake written without the check.
 * @example safeUrl('javascript:alert(1)') //=> undefined
 * @example safeUrl('https://www.sac.gov.cn/') //=> 'https://www.sac.gov.cn/'
 */
export { linkHref as safeUrl } from '../domain/links.ts';
