/** Fixed facts of the demonstration dataset. */
import { localeString } from './values.ts';

/**
 * The day the dataset describes. Opening windows, "upcoming" standards and tenures are chosen
 * relative to it; the generator never reads the clock, so its output is reproducible.
 */
export const DATASET_DAY = '2026-11-28';

/** The bureau that recommends enterprises and issues the district's programmes. */
export const HAIDIAN_AMR = localeString('北京市海淀区市场监督管理局', 'Haidian District Administration for Market Regulation');
export const BEIJING_AMR = localeString('北京市市场监督管理局', 'Beijing Municipal Administration for Market Regulation');
export const SAMR = localeString('国家市场监督管理总局', 'State Administration for Market Regulation');

/** Fictional staff of the bureau's standardization section who enter and verify records. */
export const STAFF = { li: '李敏（标准化科）', zhang: '张航（标准化科）', wang: '王璐（质量发展科）' } as const;

/** Where fictional records say they were captured (a reserved example domain). */
export const EXAMPLE_SOURCE_ORIGIN = 'https://std.example.org';
