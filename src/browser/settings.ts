/// <reference types="chrome" />
/**
 * The extension's settings in `chrome.storage.sync` (they follow the person across their
 * browsers): the sites it is turned off on, and the categories turned off everywhere.
 */
import { CATEGORIES, type Category } from '../categories.js';

export interface Settings {
  /** Hostnames of top-level sites where the extension does nothing. */
  disabledSites: string[];
  disabledCategories: Category[];
}

const KEYS = ['disabledSites', 'disabledCategories'] as const;

/** Storage is written by other versions and by hand: keep only what this version understands. */
function clean(raw: Record<string, unknown>): Settings {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    disabledSites: strings(raw.disabledSites),
    disabledCategories: strings(raw.disabledCategories).filter((c): c is Category =>
      (CATEGORIES as readonly string[]).includes(c),
    ),
  };
}

export async function loadSettings(): Promise<Settings> {
  return clean(await chrome.storage.sync.get([...KEYS]));
}

/** Call `listener` with the new settings whenever another page (popup, options) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEYS.some((k) => k in changes)) void loadSettings().then(listener);
  });
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  const next = disabledSites.filter((s) => s !== site);
  if (!enabled) next.push(site);
  await chrome.storage.sync.set({ disabledSites: next.sort() });
}

export async function setCategoryEnabled(category: Category, enabled: boolean): Promise<void> {
  const { disabledCategories } = await loadSettings();
  const next = disabledCategories.filter((c) => c !== category);
  if (!enabled) next.push(category);
  await chrome.storage.sync.set({ disabledCategories: CATEGORIES.filter((c) => next.includes(c)) });
}

/**
 * The site a frame belongs to: the top-level page's hostname, so turning the extension off
 * for a site also covers the editors in its iframes.
 */
export function siteOf(loc: Location): string {
  const origins = loc.ancestorOrigins;
  const top = origins && origins.length > 0 ? origins[origins.length - 1] : loc.origin;
  try {
    return new URL(top ?? loc.href).hostname || loc.protocol.replace(/:$/, '');
  } catch {
    return loc.hostname;
  }
}

/** The message the popup sends to the content script to learn which site a tab shows. */
export const SITE_QUERY = 'reveal-lint:site';
export interface SiteReply {
  site: string;
}
