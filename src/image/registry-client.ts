// The OCI distribution client: manifest (or index → the node's platform → manifest) → config blob, with the
// anonymous bearer-token flow or basic credentials, one deadline for the whole lookup, bounded bodies.
import { createHash } from 'node:crypto';
import { isIndex, MANIFEST_ACCEPT } from './media-types.js';
import { DEFAULT_PLATFORM, platformText, selectPlatform, type IndexEntry, type Platform } from './platform.js';
import { basicAuth, parseChallenge, type Credentials } from './registry-auth.js';
import { registryEndpoint } from './registry-mirror.js';
import { manifestReference, parseImageReference, type ImageReference } from './reference.js';
import type { MessageRef } from '../errors.js';
import { ENGLISH, type MessageKey, type MessageValues } from '../i18n/translate.js';

export interface ImageConfig {
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  readonly env: readonly string[];
  readonly os?: string;
  readonly architecture?: string;
  /** Digest of the config blob (the image id). */
  readonly configDigest: string;
}

export type ImageConfigResult =
  | { readonly ok: true; readonly image: ImageReference; readonly config: ImageConfig }
  | { readonly ok: false; readonly image?: ImageReference; readonly reason: string; readonly ref?: MessageRef };

export interface FetchImageConfigOptions {
  readonly platform?: Platform;
  readonly credentials?: Credentials;
  readonly mirror?: string;
  /** For the whole lookup, all requests included. */
  readonly timeoutMs?: number;
}

const MAX_BODY = 4 << 20;

class LookupError extends Error {
  constructor(message: string, readonly ref?: MessageRef) { super(message); }
}

/** A failure worded from the catalog: `reason` keeps its English, `ref` lets a caller word it for its reader. */
function failure(key: MessageKey, values: MessageValues): { reason: string; ref: MessageRef } {
  return { reason: ENGLISH(key, values), ref: { key, values } };
}

const lookupError = (key: MessageKey, values: MessageValues): LookupError => {
  const { reason, ref } = failure(key, values);
  return new LookupError(reason, ref);
};

export async function fetchImageConfig(image: string, options: FetchImageConfigOptions = {}): Promise<ImageConfigResult> {
  let ref: ImageReference;
  try {
    ref = parseImageReference(image);
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const session = new RegistrySession(ref, options, signal);
  try {
    const platform = options.platform ?? DEFAULT_PLATFORM;
    let manifest = await session.json(`manifests/${manifestReference(ref)}`, MANIFEST_ACCEPT);
    if (isIndex(str(manifest['mediaType']) ?? session.lastContentType)) {
      const entries = Array.isArray(manifest['manifests']) ? (manifest['manifests'] as IndexEntry[]) : [];
      const entry = selectPlatform(entries, platform);
      if (!entry) {
        const offered = entries.map((e) => `${e.platform?.os}/${e.platform?.architecture}`).join(', ');
        throw new LookupError(`${ref.canonical} has no image for ${platformText(platform)} (it offers ${offered || 'none'})`);
      }
      manifest = await session.json(`manifests/${entry.digest}`, MANIFEST_ACCEPT);
    }
    const configDesc = manifest['config'] as { digest?: string } | undefined;
    if (!configDesc?.digest) throw lookupError('check.registry.noConfig', { image: ref.canonical });
    const blob = await session.bytes(`blobs/${configDesc.digest}`, '*/*');
    const actual = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
    if (configDesc.digest.startsWith('sha256:') && actual !== configDesc.digest) {
      throw lookupError('check.registry.digestMismatch', { image: ref.canonical });
    }
    return { ok: true, image: ref, config: parseConfig(JSON.parse(blob.toString('utf8')), configDesc.digest) };
  } catch (err) {
    return { ok: false, image: ref, ...describeFailure(err, ref, signal, options.mirror) };
  }
}

function parseConfig(doc: Record<string, unknown>, digest: string): ImageConfig {
  const c = (doc['config'] ?? {}) as Record<string, unknown>;
  const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const entrypoint = list(c['Entrypoint']);
  const cmd = list(c['Cmd']);
  return {
    ...(entrypoint ? { entrypoint } : {}),
    ...(cmd ? { cmd } : {}),
    ...(str(c['WorkingDir']) ? { workingDir: str(c['WorkingDir'])! } : {}),
    ...(str(c['User']) ? { user: str(c['User'])! } : {}),
    env: list(c['Env']) ?? [],
    ...(str(doc['os']) ? { os: str(doc['os'])! } : {}),
    ...(str(doc['architecture']) ? { architecture: str(doc['architecture'])! } : {}),
    configDigest: digest,
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

class RegistrySession {
  private authorization: string | undefined;
  lastContentType: string | undefined;
  private readonly endpoint;

  constructor(
    private readonly ref: ImageReference,
    private readonly options: FetchImageConfigOptions,
    private readonly signal: AbortSignal,
  ) {
    this.endpoint = registryEndpoint(ref, options.mirror ? { mirror: options.mirror } : {});
  }

  async json(path: string, accept: string): Promise<Record<string, unknown>> {
    const body = await this.bytes(path, accept);
    try {
      return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw lookupError('check.registry.notJson', { what: path.split('/')[0]! });
    }
  }

  async bytes(path: string, accept: string): Promise<Buffer> {
    const url = `${this.endpoint.base}/v2/${this.ref.repository}/${path}${this.endpoint.query}`;
    let res = await this.get(url, accept);
    if (res.status === 401 && (await this.authenticate(res))) res = await this.get(url, accept);
    if (res.status === 401) throw lookupError('check.registry.unauthorized', { registry: this.ref.registry, repository: this.ref.repository });
    if (res.status === 404) throw lookupError('check.registry.notFound', { image: this.ref.canonical });
    if (!res.ok) throw lookupError('check.registry.status', { registry: this.ref.registry, status: String(res.status), path });
    this.lastContentType = res.headers.get('content-type')?.split(';')[0]?.trim();
    return readBounded(res);
  }

  private get(url: string, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (this.authorization) headers['authorization'] = this.authorization;
    return fetch(url, { headers, signal: this.signal, redirect: 'follow' });
  }

  /** Answers the challenge; false when there is nothing we can answer it with. */
  private async authenticate(res: Response): Promise<boolean> {
    await res.body?.cancel();
    if (this.authorization?.startsWith('Bearer') || this.authorization?.startsWith('Basic')) return false;
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    const creds = this.options.credentials;
    if (challenge?.scheme === 'basic') {
      if (!creds) return false;
      this.authorization = basicAuth(creds);
      return true;
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params['realm']) return false;
    const realm = new URL(challenge.params['realm']);
    if (challenge.params['service']) realm.searchParams.set('service', challenge.params['service']);
    realm.searchParams.set('scope', challenge.params['scope'] ?? `repository:${this.ref.repository}:pull`);
    const tokenRes = await fetch(realm, { headers: creds ? { authorization: basicAuth(creds) } : {}, signal: this.signal });
    if (!tokenRes.ok) throw lookupError('check.registry.tokenStatus', { registry: this.ref.registry, status: String(tokenRes.status) });
    const doc = JSON.parse((await readBounded(tokenRes)).toString('utf8')) as { token?: string; access_token?: string };
    const token = doc.token ?? doc.access_token;
    if (!token) throw lookupError('check.registry.noToken', { registry: this.ref.registry });
    this.authorization = `Bearer ${token}`;
    return true;
  }
}

async function readBounded(res: Response): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY) throw lookupError('check.registry.tooLarge', { bytes: String(declared) });
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_BODY) throw lookupError('check.registry.tooLargeRead', { bytes: String(MAX_BODY) });
  return buf;
}

function describeFailure(err: unknown, ref: ImageReference, signal: AbortSignal, mirror: string | undefined): { reason: string; ref?: MessageRef } {
  if (err instanceof LookupError) return { reason: err.message, ...(err.ref ? { ref: err.ref } : {}) };
  const where = mirror ? { mirror: 'yes', host: new URL(mirror).host } : { mirror: 'no', host: ref.apiHost };
  if (signal.aborted) return failure('check.registry.timeout', where);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return failure('check.registry.unreachable', { ...where, code: cause.code });
  return failure('check.registry.failed', { image: ref.canonical, detail: (err as Error).message ?? String(err) });
}
