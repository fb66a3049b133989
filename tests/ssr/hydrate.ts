// The page's one module script, as a host writes it: Lit's hydration support
// first, then the elements. Reports when every element has hydrated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/elements/evidence-card/define.js';
import '../../src/elements/evidence-list/define.js';
import '../../src/elements/treatment-compare/define.js';
import '../../src/elements/suitability-check/define.js';
import { afterHostGrace } from '../helpers/grace.js';

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };

const elements = [...document.querySelectorAll<Upgraded>('main > *')];
await Promise.all(elements.map((el) => el.updateComplete));
// Past the grace in which a host may still set properties (and notices could appear).
await afterHostGrace();
await Promise.all(elements.map((el) => el.updateComplete));
(window as unknown as { __hydrated: boolean }).__hydrated = true;
