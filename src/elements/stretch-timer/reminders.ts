/**
 * "Add reminders to my calendar": the .ics file is written in the browser and
 * handed over as a download (Blob and object URL). Nothing goes over the network.
 */
import { msg, str } from '@lit/localize';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import { remindersIcs } from '../../domain/ics.js';

export const REMINDERS_FILE_NAME = 'iqoro-training.ics';

function uniqueId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // Not a secure context.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The reminders file in the active locale. */
export function remindersFile(times: readonly TimeOfDay[], firstDate: IsoDate, stamp: Date): string {
  const total = times.length;
  return remindersIcs({
    events: times.map((time, i) => {
      const n = i + 1;
      return { time, summary: msg(str`IQoro training, session ${n} of ${total}`, { id: 'timer.ics-summary' }) };
    }),
    firstDate,
    description: msg('Time for your IQoro training: three stretches.', {
      id: 'timer.ics-description-stretches',
    }),
    stamp,
    uid: uniqueId(),
  });
}

/** Offers `text` as a file download from `parent`; false when the browser refused. */
export function download(parent: Node, text: string, fileName: string, type: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    parent.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether this document can start a download: `allowed` at the top of the
 * tab or in a frame that allows it, `blocked` in a frame sandboxed without
 * `allow-downloads` (the click then does nothing, silently), `unknown` in a
 * frame of another origin, whose sandbox cannot be read.
 */
export function downloadPermission(view: Window = window): 'allowed' | 'blocked' | 'unknown' {
  try {
    if (view.self === view.top) return 'allowed';
    const frame = view.frameElement;
    if (!frame) return 'unknown';
    const sandbox = frame.getAttribute('sandbox');
    return sandbox === null || sandbox.split(/\s+/).includes('allow-downloads') ? 'allowed' : 'blocked';
  } catch {
    return 'unknown';
  }
}

/** The file as a `data:` URL, which a user can open, long-press or copy where a download cannot start. */
export function dataUrl(text: string, type: string): string {
  return `data:${type},${encodeURIComponent(text)}`;
}
