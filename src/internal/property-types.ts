/**
 * Property values checked as attributes are. An attribute is always a string,
 * but a property can be anything a host's framework or script puts there:
 * an array, a number, `null`, an object. Each public property of an element
 * names its type here; a value with one clear meaning is coerced (an array of
 * ids for a token list means those ids, `null` means unset), anything else is
 * refused with the element's notice and one warning naming the valid values,
 * and the property falls back to its default. Nothing throws inside an update.
 */
import { msg, str } from '@lit/localize';
import type { PropertyValues } from 'lit';
import type { AttributeProblem } from './care-element.js';

export interface PropertyType<T> {
  /** What the property takes, in English, for the console warning. */
  readonly expected: string;
  /** `value` as the property's type, or `undefined` when it has no one clear meaning. */
  coerce(value: unknown): T | undefined;
}

/** A string; `null` and `undefined` mean unset (the empty string). */
export const TEXT: PropertyType<string> = {
  expected: 'a string',
  coerce: (value) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : undefined),
};

/** A string or `null` (unset), as ids whose attribute may be removed. */
export const NULLABLE_TEXT: PropertyType<string | null> = {
  expected: 'a string or null',
  coerce: (value) => (typeof value === 'string' ? value : value === null || value === undefined ? null : undefined),
};

/** Space-separated ids: a string, or an array (or any iterable) of strings, which means those ids. */
export const TOKEN_LIST: PropertyType<string> = {
  expected: 'a space-separated string or an array of strings',
  coerce(value) {
    if (typeof value === 'string') return value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object' && Symbol.iterator in value) {
      const items = [...(value as Iterable<unknown>)];
      return items.every((item) => typeof item === 'string') ? items.join(' ') : undefined;
    }
    return undefined;
  },
};

/** A boolean; `null` and `undefined` mean false. */
export const FLAG: PropertyType<boolean> = {
  expected: 'true or false',
  coerce: (value) => (typeof value === 'boolean' ? value : value === null || value === undefined ? false : undefined),
};

/** A finite number or a string holding one; `null` and `undefined` mean unset. Range checks stay with the element. */
export const NULLABLE_NUMBER: PropertyType<number | null> = {
  expected: 'a number or null',
  coerce(value) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return undefined;
  },
};

/** One public property's type, its default and how a refusal reads. */
export interface PropertyRule<T> {
  readonly type: PropertyType<T>;
  /** Used instead of a refused value. */
  readonly fallback: T;
  /** The attribute it mirrors, for the notice's key; defaults to the property's name. */
  readonly attribute?: string;
  /** The valid values, named in the warning (e.g. the list of ids). */
  readonly valid?: string;
  /** The element's own localized notice for a bad value of this property, when it has one. */
  readonly notice?: () => string;
  /**
   * For a value of the right type: the console warning (English, naming the
   * valid values) when it is still not one the element can use (an unknown id),
   * or null. Reported with `notice` under the attribute's key.
   */
  readonly check?: (value: T, element: Element) => string | null;
}

export type PropertyRules<E> = { readonly [K in keyof E]?: PropertyRule<E[K]> };

/** Per element, the raw value of each property whose type is refused now (the property holds its fallback). */
const refusedValues = new WeakMap<object, Map<string, unknown>>();

/**
 * The old value to give `requestUpdate` for `name`: while the property is
 * refused it holds its fallback, so a later good value equal to the fallback
 * would look unchanged and leave the notice up. Compared with the refused raw
 * value instead, it counts as a change. CareElement calls it from `requestUpdate`.
 */
export function oldValueFor(element: object, name: PropertyKey | undefined, oldValue: unknown): unknown {
  const refused = refusedValues.get(element);
  return typeof name === 'string' && refused?.has(name) ? refused.get(name) : oldValue;
}

/** `value` for a console message: never throws, whatever it is (a symbol, a bigint, a cyclic object). */
export function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'number') return String(value);
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 80);
  } catch {
    return `a ${typeof value}`;
  }
}

/** The notice for a refused property that has no notice of its own. */
function genericNotice(attribute: string): () => string {
  return () =>
    msg(str`This page gave a value for “${attribute}” that cannot be used, so the default is used.`, {
      id: 'common.bad-property',
    });
}

/**
 * A rule's `valid` and `check` for ids from a closed list: one of `values`, or
 * null (unset) unless `required`; the warning names them all ("Valid `label`: …").
 */
export function oneOf(
  attribute: string,
  values: readonly string[],
  label = 'values',
  required = false,
): Required<Pick<PropertyRule<string | null>, 'valid' | 'check'>> {
  const valid = values.join(', ');
  return {
    valid,
    check: (value) =>
      (value === null && !required) || values.includes(value!) ? null : `${attribute}="${value ?? ''}" is not known. Valid ${label}: ${valid}.`,
  };
}

/**
 * Coerces each changed property of `element` that `rules` names, in place.
 * Call it first thing in `willUpdate`, so the rest of the update sees only
 * values of the right type. A refused value is replaced by the rule's fallback
 * and reported through `report` under the attribute's name, the key the
 * element's own check of that attribute uses; a later good value clears it,
 * unless the rule's `check` finds it still bad (then that is reported).
 * Returns the names of the refused properties: the element's own check still
 * derives its state from the fallback, but must not report or clear a problem
 * for them (the one warning is this one).
 */
export function coerceProperties<E extends object>(
  element: E,
  changed: PropertyValues,
  rules: PropertyRules<E>,
  report: (key: string, problem: AttributeProblem | null) => void,
): ReadonlySet<string> {
  // Clears first, then problems: two properties may share one key (a pair), and a good one must not clear a bad one.
  const reports: [key: string, problem: AttributeProblem | null][] = [];
  const refused = new Set<string>();
  let raw = refusedValues.get(element);
  if (!raw) refusedValues.set(element, (raw = new Map()));
  for (const name of Object.keys(rules) as (keyof E & string)[]) {
    if (!changed.has(name)) continue;
    const rule = rules[name]!;
    const value: unknown = element[name];
    const coerced = rule.type.coerce(value);
    const attribute = rule.attribute ?? name;
    let warning: string | null | undefined;
    if (coerced === undefined) {
      element[name] = rule.fallback;
      raw.set(name, value);
      refused.add(name);
      warning = `the ${name} property was set to ${describeValue(value)}, which is refused: it takes ${rule.type.expected}${
        rule.valid ? `. Valid values: ${rule.valid}` : ''
      }.`;
    } else {
      raw.delete(name);
      if (!Object.is(coerced, value)) element[name] = coerced;
      warning = rule.check?.(coerced, element as unknown as Element);
    }
    if (warning) reports.push([attribute, { warning, notice: rule.notice ?? genericNotice(attribute) }]);
    else reports.unshift([attribute, null]);
  }
  for (const [key, problem] of reports) report(key, problem);
  return refused;
}
