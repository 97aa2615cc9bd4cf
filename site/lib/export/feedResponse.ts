/** The RSS response of /feed.xml (Chinese) and /en/feed.xml (English). */
import rss from '@astrojs/rss';
import { getRegister } from '../data/loadRegister.ts';
import { LANG_TAGS, localePath, type Lang } from '../i18n/locales.ts';
import { FEED_UI } from '../i18n/strings/feed.ts';
import { exportContext } from './exportFiles.ts';
import { feedItems } from './feedItems.ts';

export async function feedResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  const { site: origin } = exportContext(site);
  const register = await getRegister();
  return rss({
    title: FEED_UI.title[lang],
    description: FEED_UI.description[lang],
    site: new URL(localePath(lang, '/'), origin).href,
    items: feedItems(register, lang, origin),
    customData: `<language>${LANG_TAGS[lang]}</language>`,
  });
}
