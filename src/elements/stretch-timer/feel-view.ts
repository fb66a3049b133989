/**
 * "How did it feel?" (issue 16.3): on a day with a completed session, the
 * patient may tick what they noticed (never required); the choice is kept on
 * the day in the log. A ticked side effect offers "What the manufacturer says
 * about this", which fires `care-side-effect-open` with the
 * `<care-side-effect-guide>` situation id, for the host to open the guide there.
 * The kinds and their situations live in the domain (session-notes.ts); the
 * names follow the seed's words (001) and the guide's.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { NOTE_KINDS, situationOf } from '../../domain/session-notes.js';
import type { NoteKind } from '../../domain/session-notes.js';
import type { SideEffectId } from '../../domain/side-effects.js';

/** A note's name, as the patient reads it in the choices and the history. */
export function noteName(kind: NoteKind): string {
  switch (kind) {
    case 'soreness':
      return msg('Training soreness', { id: 'timer.note-soreness' });
    case 'reflux':
      return msg('More heartburn or acid regurgitation', { id: 'timer.note-reflux' });
    case 'blood-taste':
      return msg('A taste of blood in the mouth', { id: 'timer.note-blood-taste' });
    case 'tinnitus':
      return msg('A changed tinnitus sound', { id: 'timer.note-tinnitus' });
    case 'nothing':
      return msg('Nothing of this', { id: 'timer.note-nothing' });
  }
}

export interface FeelViewOptions {
  /** The day's notes. */
  readonly notes: readonly NoteKind[];
  readonly onToggle: (kind: NoteKind, on: boolean) => void;
  readonly onOpenGuide: (situation: SideEffectId) => void;
}

/** The optional choices, with a link to the guide beside each ticked side effect. */
export function renderFeel({ notes, onToggle, onOpenGuide }: FeelViewOptions): TemplateResult {
  const about = msg('What the manufacturer says about this', { id: 'timer.note-guide' });
  return html`<fieldset class="feel" part="feel" aria-describedby="feel-hint">
    <legend>${msg('How did it feel? (optional)', { id: 'timer.feel' })}</legend>
    <p class="hint" id="feel-hint">
      ${msg('Tick anything you noticed today. It is kept with today’s sessions, on this device.', { id: 'timer.feel-hint' })}
    </p>
    <ul class="feel-list">
      ${NOTE_KINDS.map((kind) => {
        const checked = notes.includes(kind);
        const situation = situationOf(kind);
        const name = noteName(kind);
        return html`<li>
          <label class="switch">
            <input
              type="checkbox"
              name="feel"
              value=${kind}
              .checked=${checked}
              @change=${(event: Event) => onToggle(kind, (event.target as HTMLInputElement).checked)}
            />
            <span>${name}</span>
          </label>
          ${checked && situation
            ? html`<button
                type="button"
                class="link guide-link"
                part="guide-link"
                data-situation=${situation}
                aria-label=${`${about}: ${name}`}
                @click=${() => onOpenGuide(situation)}
              >
                ${about}
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>
  </fieldset>`;
}
