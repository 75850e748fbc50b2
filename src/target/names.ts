// Kubernetes object names, checked before any request so a typo is a usage error, not a confusing 404 or 422.
import { userError } from '../i18n/user-error.js';

// Namespaces are DNS-1123 labels; pod names are DNS-1123 subdomains (apimachinery's validation).
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const isDns1123Label = (s: string): boolean => s.length <= 63 && LABEL.test(s);
export const isDns1123Subdomain = (s: string): boolean => s.length <= 253 && SUBDOMAIN.test(s);

export function checkNamespaceName(ns: string): string {
  if (!isDns1123Label(ns)) {
    throw userError('fail.name.namespace', { namespace: ns }, 2);
  }
  return ns;
}

export function checkPodName(name: string): string {
  if (!isDns1123Subdomain(name)) {
    throw userError('fail.name.pod', { name }, 2);
  }
  return name;
}
