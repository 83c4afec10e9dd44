/// <reference types="chrome" />
/**
 * The toolbar popup: turns reveal-lint on or off for the site in the current tab. It asks the
 * tab's content script which site it shows, so the extension needs no "tabs" permission.
 */
import { SITE_QUERY, loadSettings, setSiteEnabled, type SiteReply } from './settings.js';

const status = document.getElementById('status') as HTMLElement;
const toggle = document.getElementById('site-enabled') as HTMLInputElement;
const siteName = document.getElementById('site-name') as HTMLElement;

/**
 * The tab the popup is about. In the real popup that is the active tab of the window; when
 * popup.html is opened in a tab of its own, it is the tab visited last before it.
 */
async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const self = await chrome.tabs.getCurrent();
  if (!self) return (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await chrome.tabs.query({})).filter((t) => t.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function siteOfTab(tab: chrome.tabs.Tab | undefined): Promise<string | undefined> {
  if (tab?.id === undefined) return undefined;
  try {
    const reply = (await chrome.tabs.sendMessage(tab.id, { type: SITE_QUERY }, { frameId: 0 })) as SiteReply | undefined;
    return typeof reply?.site === 'string' ? reply.site : undefined;
  } catch {
    return undefined; // no content script there: a browser page, or the tab predates the extension
  }
}

async function main() {
  const site = await siteOfTab(await targetTab());
  if (site === undefined) {
    status.textContent = 'reveal-lint does not run on this page. Reload the page if it just got installed.';
    return;
  }
  siteName.textContent = site;
  const { disabledSites } = await loadSettings();
  toggle.checked = !disabledSites.includes(site);
  toggle.disabled = false;
  const describe = () => {
    status.textContent = toggle.checked ? 'Checking messages on this site.' : 'Turned off on this site.';
  };
  describe();
  toggle.addEventListener('change', () => {
    void setSiteEnabled(site, toggle.checked).then(describe);
  });
}

document.getElementById('open-options')?.addEventListener('click', () => void chrome.runtime.openOptionsPage());
void main();
