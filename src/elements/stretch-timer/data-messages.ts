/**
 * What "Your log" says under its buttons after a restore, an `importData()` or
 * a download that could not start, in the active locale.
 */
import { msg } from '@lit/localize';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../domain/log-backup.js';
import type { BackupProblem } from '../../domain/backup-reader.js';

/** What the data section shows under its buttons. */
export type DataMessage =
  | { readonly kind: 'problem'; readonly problem: BackupProblem | 'unreadable' }
  | { readonly kind: 'restored' }
  | { readonly kind: 'download-failed' };

/** The console warning for a value that is not a backup: what is valid. */
export const VALID_BACKUP = `a backup is what exportData() returns, or the text of a backup file: { "format": "${BACKUP_FORMAT}", "formatVersion": ${BACKUP_FORMAT_VERSION}, "savedAt", "storageKey", "log" }`;

/** The sentence for a message, in the active locale. */
export function messageText(message: DataMessage): string {
  if (message.kind === 'restored') {
    return msg('Your backup has been restored. Days that were already on this device were kept.', { id: 'timer.restore-done' });
  }
  if (message.kind === 'download-failed') {
    return msg('This browser could not save the file. Nothing was changed.', { id: 'timer.download-failed' });
  }
  switch (message.problem) {
    case 'not-ours':
      return msg('This file is not a backup of this training log. Nothing was changed.', { id: 'timer.restore-not-ours' });
    case 'newer':
      return msg(
        'This backup was made by a newer version of the timer and cannot be read here. Nothing was changed.',
        { id: 'timer.restore-newer' },
      );
    default:
      return msg('This backup file is damaged and cannot be read. Nothing was changed.', { id: 'timer.restore-damaged' });
  }
}
