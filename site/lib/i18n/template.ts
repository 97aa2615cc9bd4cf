/**
 * An interface string with `{name}` placeholders filled in; unknown placeholders stay as they are.
 * @example fillTemplate('{year} 年报告', {year: 2025}) //=> '2025 年报告'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
