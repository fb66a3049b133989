/**
 * JSX typings for the raw tags in React 19 (`<care-evidence-card treatment="…">`),
 * for hosts that use the elements without the wrappers (for example a Next.js
 * client component). Load them with `import type {} from 'care-widgets/jsx-react'`
 * or by importing `care-widgets/react`. Types only.
 *
 * React 19 sets a custom element's property when the element has one and an
 * attribute otherwise, and listens for `on<event-name>` props: write
 * `oncare-suitability-change={…}`. On a server render only attributes exist, so
 * the kebab-case attribute names are listed too.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareAttributes, CareElements, CareEvents, CareProperties, CareTag } from './tags.js';

type EventProps<Events> = { [Name in keyof Events as `on${Name & string}`]?: (event: Events[Name]) => void };

/** Everything a React 19 JSX tag `T` accepts. */
export type CareIntrinsicProps<T extends CareTag> = DetailedHTMLProps<HTMLAttributes<CareElements[T]>, CareElements[T]> &
  CareProperties[T] &
  CareAttributes[T] &
  EventProps<CareEvents[T]>;

type CareIntrinsicElements = { [T in CareTag]: CareIntrinsicProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CareIntrinsicElements {}
  }
}
