/**
 * A calendar day as this engine's Intl writes it in British English, the kit's `en`:
 * Chromium gives "Tuesday 2 December", WebKit "Tuesday, 2 December"; both are right,
 * so tests expect what Intl says rather than one engine's literal.
 */
export function britishDate(iso: string, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: style,
    day: 'numeric',
    month: style,
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
