// Every size in the bench, the budgets and the breakdown is measured one way: gzip at level 9.
import { gzipSync } from 'node:zlib';

export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
