// Parses an API path (/api/v1/namespaces/NS/pods/NAME/log, /apis/apps/v1/deployments …) into what it names.
import { noSuchPath } from './api-status.js';
import { findResourceType, type ResourceType } from './resources.js';

export interface ResourceTarget {
  readonly type: ResourceType;
  readonly namespace?: string;
  readonly name?: string;
  readonly subresource: string;
}

export type ApiPath =
  | { readonly kind: 'group-version'; readonly group: string; readonly version: string }
  | { readonly kind: 'resource'; readonly target: ResourceTarget };

export function parseApiPath(pathname: string): ApiPath | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 2) [group, version, rest] = ['', parts[1]!, parts.slice(2)];
  else if (parts[0] === 'apis' && parts.length >= 3) [group, version, rest] = [parts[1]!, parts[2]!, parts.slice(3)];
  else return undefined;
  if (rest.length === 0) return { kind: 'group-version', group, version };
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1]!;
    rest = rest.slice(2);
  }
  const [resource, name, subresource, extra] = rest;
  if (extra !== undefined) throw noSuchPath();
  const type = findResourceType(group, version, resource!);
  if (!type) throw noSuchPath();
  if (namespace !== undefined && !type.namespaced) throw noSuchPath();
  if (subresource !== undefined && !type.subresources.includes(subresource)) throw noSuchPath();
  return {
    kind: 'resource',
    target: { type, ...(namespace !== undefined ? { namespace } : {}), ...(name !== undefined ? { name } : {}), subresource: subresource ?? '' },
  };
}
