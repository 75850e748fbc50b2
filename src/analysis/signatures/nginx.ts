// Log signatures: nginx (error.log). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const NGINX_SIGNATURES: readonly Signature[] = [
  {
    id: 'nginx.unknown-directive', finding: 'log-bad-config', re: /unknown directive/i,
    examples: [{ line: "nginx: [emerg] unknown directive \"proxy_passs\" in /etc/nginx/conf.d/default.conf:7", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"],
  },
  {
    id: 'nginx.bad-directive', finding: 'log-bad-config', re: /bad directive/i,
    examples: [{ line: "2017-03-10T08:04:40.671046628Z Bad directive or wrong number of arguments", source: "https://github.com/tarosky/k8s-redis-ha/issues/4" }],
    counters: ["2017-03-10T08:04:40.670889692Z"],
  },
  {
    id: 'nginx.host-not-found-in', finding: 'log-dns', re: /host not found in upstream/i,
    examples: [{ line: "2024/03/27 17:13:48 [emerg] 1#1: host not found in upstream \"flask:5000\" in /etc/nginx/nginx.conf:13", source: "scenarios/nginx-upstream-before-service/logs/nginx-crashloop/nginx-8qtwn7hx9m-2jdr5/nginx.previous.log" }],
    counters: ["20-envsubst-on-templates.sh: ERROR: /etc/nginx/templates exists, but /etc/nginx/conf.d is not writable"],
  },
];
