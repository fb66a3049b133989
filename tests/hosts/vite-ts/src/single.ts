// README: vite-single
import 'care-widgets/suitability-check'; // registers <care-suitability-check> only
import type { CareSuitabilityCheck } from 'care-widgets/suitability-check';
import { logOrder } from './log-order.js';

const check: CareSuitabilityCheck = document.querySelector('care-suitability-check')!;
check.supportLabel = 'Ring kundtjänst: 010-123 45 67';
logOrder(document.querySelector('form#order')!);
// END README
