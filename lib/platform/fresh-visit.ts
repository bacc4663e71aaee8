import { browser } from './browser';
import { domainMatches, siteOf } from '../observe/party';

/**
 * Clears every cookie and the storage of every host under the site's eTLD+1, so the reload that
 * follows is observed as a first visit. Third-party cookies of other sites stay: a first-time
 * visitor may well carry them from elsewhere.
 */
export async function clearSite(pageUrl: string, hostsSeen: string[]): Promise<{ cookies: number; origins: number }> {
  const site = siteOf(new URL(pageUrl).hostname);
  const cookies = await browser.cookies.getAll({ domain: site });
  for (const c of cookies) {
    const host = c.domain.replace(/^\./, '');
    await browser.cookies.remove({
      url: `${c.secure ? 'https' : 'http'}://${host}${c.path}`,
      name: c.name,
      ...(c.storeId ? { storeId: c.storeId } : {}),
      ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
    });
  }
  const hosts = [...new Set([new URL(pageUrl).hostname, site, 'www.' + site, ...hostsSeen.filter((h) => domainMatches(h, site))])];
  const origins = hosts.flatMap((h) => [`https://${h}`, `http://${h}`]);
  if (import.meta.env.FIREFOX) {
    // Firefox's browsingData knows neither `origins` nor `cacheStorage` and rejects the whole call
    // for either; it takes host names, for local storage, IndexedDB and service workers alike.
    await browser.browsingData.remove({ hostnames: hosts }, { localStorage: true, indexedDB: true, serviceWorkers: true });
  } else {
    await browser.browsingData.remove(
      { origins } as Parameters<typeof browser.browsingData.remove>[0],
      { localStorage: true, indexedDB: true, serviceWorkers: true, cacheStorage: true } as Parameters<typeof browser.browsingData.remove>[1],
    );
  }
  return { cookies: cookies.length, origins: origins.length };
}
