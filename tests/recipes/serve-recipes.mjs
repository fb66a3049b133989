// Serves the embedding recipes (docs/embedding.md) to the browser tests as a host site would:
// `/recipe-page/<file>` is the recipe's file itself; a fragment (what a CMS block holds) is put
// into a bare page in the query's `lang`; a Shopify section (.liquid) is rendered with liquidjs,
// its schema's defaults overridden by `s.<setting>=` query values, inside a bare page as a theme's
// layout would. The paths a recipe loads the kit from are where that site keeps the files; they
// are answered from the built script-tag bundles in dist/cdn/. A classic script at the end of each
// page records, while the page is still being parsed (before any module script runs), each
// <care-*> element's height and whether it is defined: the space reserved before definition.
import { readFileSync } from 'node:fs';
import { Liquid, Tag } from 'liquidjs';

const RECIPES = new URL('./', import.meta.url);

/** Where each recipe's site keeps the kit's dist/cdn folder → the built folder. */
const SITE_PATHS = [
  ['/wp-content/uploads/care-widgets/', '/dist/cdn/'],
  ['/care-widgets/', '/dist/cdn/'],
  ['/shopify-assets/', '/dist/cdn/'],
];

/** The JSON of a section's `{% schema %}` tag. */
export function schemaOf(source) {
  const match = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source);
  if (!match) throw new Error('the section has no {% schema %}');
  return JSON.parse(match[1]);
}

/**
 * Renders a Shopify section: `settings` over the schema's defaults; `asset_url` points into the
 * theme's assets, here the language folder (`assets`) a merchant uploaded.
 */
export async function renderSection(source, settings, assets) {
  const engine = new Liquid({ strictFilters: true });
  // Shopify's own tag: the theme editor reads it; it renders nothing.
  engine.registerTag(
    'schema',
    class extends Tag {
      constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        for (let next = remainTokens.shift(); next; next = remainTokens.shift()) {
          if (next.name === 'endschema') return;
        }
        throw new Error('{% schema %} without {% endschema %}');
      }
      *render() {}
    },
  );
  engine.registerFilter('asset_url', (name) => `/shopify-assets/${assets}/${name}`);
  const defaults = Object.fromEntries(
    schemaOf(source)
      .settings.filter((setting) => setting.id)
      .map((setting) => [setting.id, setting.default ?? '']),
  );
  return engine.parseAndRender(source, { section: { id: 'template--1__care', settings: { ...defaults, ...settings } } });
}

const PROBE = `<script>
  window.carePending = [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('care-'))
    .map((el) => ({ tag: el.localName, defined: el.matches(':defined'), height: el.getBoundingClientRect().height }));
</script>`;

function page(body, lang) {
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>recipe</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function recipesMiddleware() {
  return async (context, next) => {
    for (const [from, to] of SITE_PATHS) {
      if (context.path.startsWith(from)) {
        context.url = to + context.url.slice(from.length);
        return next();
      }
    }
    if (!context.path.startsWith('/recipe-page/')) return next();
    const file = context.path.slice('/recipe-page/'.length);
    if (!/^[\w-]+(\/[\w-]+)*\.(html|liquid|css)$/.test(file)) return next();
    const source = readFileSync(new URL(file, RECIPES), 'utf8');
    if (file.endsWith('.css')) {
      context.type = 'css';
      context.body = source;
      return undefined;
    }
    const query = new URLSearchParams(context.querystring);
    const lang = query.get('lang') ?? 'sv';
    let html = source;
    if (file.endsWith('.liquid')) {
      const settings = Object.fromEntries([...query].filter(([key]) => key.startsWith('s.')).map(([key, value]) => [key.slice(2), value]));
      html = page(await renderSection(source, settings, query.get('assets') ?? lang), lang);
    } else if (!/<html[\s>]/.test(source)) {
      html = page(source, lang);
    }
    context.type = 'html';
    context.body = html.replace('</body>', `${PROBE}\n</body>`);
    return undefined;
  };
}
