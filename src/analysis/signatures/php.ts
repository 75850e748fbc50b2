// Log signatures: PHP (fatal errors). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const PHP_SIGNATURES: readonly Signature[] = [
  {
    id: 'php.uncaught-error', finding: 'log-panic', re: /Uncaught (?:\w*Error|exception)\b/,
    examples: [{ line: "Fatal error: Uncaught Error: Call to a member function on() on null in /var/www/html/api.php:10 Stack trace: #0 /var/www/html/bootstrap.php(309): include() #1 /var/www/html/index.php(22): require('/var/www/html/...') #2 {main} thrown in /var/www/html/api.php on line 10", source: "https://github.com/agentejo/CockpitQL/issues/20" }],
    counters: ["thrown in /var/www/squarebracket/private/class/OpenSB/Utilities.php on line 234"],
  },
];
