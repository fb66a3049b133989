import 'care-widgets/suitability-check';

const form = document.querySelector('form#order');
const log = document.querySelector('#host-log');
form.addEventListener('care-suitability-change', (event) => log.append(`care-suitability-change ${event.detail.verdict}\n`));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  log.append(`submit ${[...new FormData(form)].map(([name, value]) => `${name}=${value}`).join('&')}\n`);
});
