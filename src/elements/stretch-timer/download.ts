/**
 * Files made in the browser and handed over as a download (Blob and object
 * URL): the calendar reminders (reminders.ts) and "Your log"'s exports and
 * backups (data-section.ts). Nothing goes over the network. Both of those are
 * loaded when the patient asks for a file; this stays in the timer's first
 * file and is handed to them, so each loads as one file.
 */

/** Offers `text` as a file download from `parent`; false when the browser refused. */
function download(parent: Node, text: string, fileName: string, type: string): boolean {
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
function downloadPermission(view: Window = window): 'allowed' | 'blocked' | 'unknown' {
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

/**
 * Starts the download of `text` from `parent`: `started`; `unsure` in a frame
 * of another origin, whose sandbox cannot be read; `blocked` where it cannot
 * start (a frame sandboxed without `allow-downloads`, a browser that refused).
 */
export function offerFile(parent: Node, text: string, fileName: string, type: string): 'started' | 'unsure' | 'blocked' {
  const permission = downloadPermission();
  if (permission === 'blocked' || !download(parent, text, fileName, type)) return 'blocked';
  return permission === 'allowed' ? 'started' : 'unsure';
}

/** The type of a file offered by `offerFile`'s caller. */
export type OfferFile = (text: string, fileName: string, type: string) => ReturnType<typeof offerFile>;
