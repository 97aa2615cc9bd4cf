/**
 * Whether a text is a web address staff may open from the Studio: http(s) only, so a
 * `javascript:` or `data:` value typed into a source field never becomes a clickable link.
 * @example isWebUrl('https://www.samr.gov.cn/') //=> true
 * @example isWebUrl('javascript:alert(1)') //=> false
 */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value);
}
