/// <reference types="chrome" />
/**
 * The options page: one switch per category (the public categories of reveal-lint), and the
 * sites the extension was turned off on, each with a way to turn it back on.
 */
import { CATEGORIES, categoryHint, categoryLabel } from './category-labels.js';
import { loadSettings, onSettingsChanged, setCategoryEnabled, setSiteEnabled, type Settings } from './settings.js';

const list = document.getElementById('categories') as HTMLElement;
const sites = document.getElementById('sites') as HTMLElement;

function renderCategories(settings: Settings) {
  list.replaceChildren(
    ...CATEGORIES.map((category) => {
      const item = document.createElement('li');
      item.dataset.revealLintCategory = category;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = category;
      box.checked = !settings.disabledCategories.includes(category);
      box.addEventListener('change', () => void setCategoryEnabled(category, box.checked));
      const text = document.createElement('span');
      const name = document.createElement('strong');
      name.textContent = categoryLabel(category);
      const hint = document.createElement('small');
      hint.textContent = categoryHint(category);
      text.append(name, hint);
      label.append(box, text);
      item.append(label);
      return item;
    }),
  );
}

function renderSites(settings: Settings) {
  if (settings.disabledSites.length === 0) {
    const none = document.createElement('li');
    none.textContent = 'None: reveal-lint checks messages on every site.';
    sites.replaceChildren(none);
    return;
  }
  sites.replaceChildren(
    ...settings.disabledSites.map((site) => {
      const item = document.createElement('li');
      item.dataset.site = site;
      const name = document.createElement('span');
      name.textContent = site;
      const on = document.createElement('button');
      on.type = 'button';
      on.textContent = 'Turn back on';
      on.addEventListener('click', () => void setSiteEnabled(site, true));
      item.append(name, on);
      return item;
    }),
  );
}

const render = (settings: Settings) => {
  renderCategories(settings);
  renderSites(settings);
};
onSettingsChanged(render);
void loadSettings().then(render);
