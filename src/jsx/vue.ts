/**
 * Vue 3 template typings for the raw tags (`GlobalComponents`), so `vue-tsc`
 * checks `<care-evidence-card :treatment="…">` and `@care-plan-request`.
 * Load them with `import type {} from 'care-widgets/jsx-vue'`. Types only.
 * The app still tells Vue's compiler that `care-*` tags are custom elements
 * (`isCustomElement`), see the README.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CareElements, CareEvents, CareProperties, CareTag } from './tags.js';

/**
 * Vue matches `heading-level="3"` to the camelCase prop `headingLevel`, and a
 * static attribute is a string: numbers are accepted as numeric strings too.
 */
type VueProps<Props> = {
  [Name in keyof Props]?: Props[Name] | (NonNullable<Props[Name]> extends number ? `${number}` : never);
};

type VueEmit<Events> = EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;

/** A custom element as Vue's template checker sees a component. */
export type CareVueElement<T extends CareTag> = new () => CareElements[T] & {
  /** @deprecated For template type checking only; not on the element. */
  $props: HTMLAttributes & VueProps<CareProperties[T]> & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: VueEmit<CareEvents[T]>;
};

type CareGlobalComponents = { [T in CareTag]: CareVueElement<T> };

declare module 'vue' {
  interface GlobalComponents extends CareGlobalComponents {}
}
