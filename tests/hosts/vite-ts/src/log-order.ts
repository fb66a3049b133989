// README: vite-log
/** Shows what the host receives: the checker's verdict, then the submitted form. */
export function logOrder(form: HTMLFormElement): void {
  const log = document.querySelector('#host-log')!;
  form.addEventListener('care-suitability-change', (event) => {
    log.append(`care-suitability-change ${event.detail.verdict}\n`);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = [...new FormData(form)].map(([name, value]) => `${name}=${String(value)}`);
    log.append(`submit ${fields.join('&')}\n`);
  });
}
// END README
