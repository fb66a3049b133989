import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/internal/localization.js';
import type { Locale } from '../src/domain/locale.js';

// Docs pages list attributes, properties, events, slots, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'The kit’s language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'sv', title: 'Svenska' },
          { value: 'nb', title: 'Norsk bokmål' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The host page’s background',
      toolbar: {
        title: 'Host page',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light host page' },
          { value: 'dark', title: 'Dark host page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = (context.args.locale ?? context.globals.locale ?? 'en') as Locale;
      void setLocale(locale);
      document.documentElement.lang = locale;
      const dark = context.globals.theme === 'dark';
      document.body.style.background = dark ? '#15181c' : '#ffffff';
      document.body.style.color = dark ? '#e8eaed' : '#1a1a1a';
      document.body.style.fontFamily = 'system-ui, sans-serif';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
