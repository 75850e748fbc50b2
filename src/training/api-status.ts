// Failures in the apiserver's v1.Status shape: kubectl prints `Error from server (<reason>): <message>` from them,
// and client-node hands the body to callers verbatim, so the wording follows the real apiserver.

export interface StatusDetails {
  readonly name?: string;
  readonly group?: string;
  readonly kind?: string;
  readonly causes?: readonly { readonly reason: string; readonly message: string; readonly field?: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
  }

  body(): string {
    return JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    });
  }
}

/** `pods`, `deployments.apps`: how the apiserver names a resource in messages. */
export const qualified = (resource: string, group: string): string => (group ? `${resource}.${group}` : resource);

export const notFound = (resource: string, group: string, name: string): ApiError =>
  new ApiError(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource });

export const noSuchPath = (): ApiError => new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});

export const methodNotAllowed = (): ApiError =>
  new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});

export const badRequest = (message: string): ApiError => new ApiError(400, 'BadRequest', message);

export const alreadyExists = (resource: string, group: string, name: string): ApiError =>
  new ApiError(409, 'AlreadyExists', `${qualified(resource, group)} "${name}" already exists`, { name, ...(group ? { group } : {}), kind: resource });

export const unsupportedMediaType = (contentType: string): ApiError =>
  new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (got ${contentType})`);

export function invalid(kind: string, group: string, name: string, field: string, value: string, detail: string): ApiError {
  const cause = `Invalid value: ${JSON.stringify(value)}: ${detail}`;
  return new ApiError(422, 'Invalid', `${kind}${group ? `.${group}` : ''} "${name}" is invalid: ${field}: ${cause}`, {
    name,
    ...(group ? { group } : {}),
    kind,
    causes: [{ reason: 'FieldValueInvalid', message: cause, field }],
  });
}

export function forbidden(user: string, verb: string, resource: string, subresource: string, group: string, namespace: string | undefined, name: string | undefined): ApiError {
  const full = subresource ? `${resource}/${subresource}` : resource;
  const subject = name ? `${qualified(resource, group)} "${name}"` : qualified(resource, group);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return new ApiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${full}" in API group "${group}" ${scope}`,
    { ...(name ? { name } : {}), ...(group ? { group } : {}), kind: resource },
  );
}

export const internalError = (message: string): ApiError => new ApiError(500, 'InternalError', message);
