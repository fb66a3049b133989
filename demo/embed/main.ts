/** demo/embed.html: mounts the builder with the manifest, the bundles' integrity values and the package's version. */
import manifest from '../../custom-elements.json';
import pkg from '../../package.json';
import integrity from 'virtual:care-cdn-integrity';
import { EmbedBuilder } from './builder.js';
import type { Manifest } from './manifest.js';
import { UI_LANGUAGES } from './strings.js';
import type { UiLanguage } from './strings.js';

const asked = new URLSearchParams(location.search).get('lang');
const uiLanguage: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as UiLanguage) : 'sv';
document.documentElement.lang = uiLanguage;

new EmbedBuilder(document.getElementById('builder')!, {
  manifest: manifest as Manifest,
  integrity,
  version: pkg.version,
  previewUrl: new URL('./embed-preview.html', location.href).href,
  uiLanguage,
  onUiLanguage(language) {
    const url = new URL(location.href);
    url.searchParams.set('lang', language);
    history.replaceState(null, '', url);
  },
});
