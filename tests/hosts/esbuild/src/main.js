import 'care-widgets/suitability-check';
import 'care-widgets/plan-handoff';

const form = document.querySelector('form#order');
const log = document.querySelector('#host-log');
form.addEventListener('care-suitability-change', (event) => log.append(`care-suitability-change ${event.detail.verdict}\n`));
document.querySelector('care-plan-handoff').addEventListener('care-handoff-link', (event) => log.append(`care-handoff-link ${event.detail.url}\n`));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  log.append(`submit ${[...new FormData(form)].map(([name, value]) => `${name}=${value}`).join('&')}\n`);
});
