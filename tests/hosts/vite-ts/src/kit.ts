// README: vite-kit
import 'care-widgets'; // registers every <care-*> element
import { logOrder } from './log-order.js';

logOrder(document.querySelector('form#order')!);
// END README
