// The image and its entrypoint: a spec that replaces the entrypoint (command/args) is the first suspect for a
// command that does not exist; an image whose name says another CPU architecture than the node's explains
// `exec format error`.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { fieldOf, specLine } from '../container-facts.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

const ARCH_ALIASES: readonly [RegExp, string][] = [
  [/(?:^|[/:_.-])(?:arm64v8|arm64|aarch64)(?:$|[/:_.-])/i, 'arm64'],
  [/(?:^|[/:_.-])(?:amd64|x86_64|x86-64)(?:$|[/:_.-])/i, 'amd64'],
  [/(?:^|[/:_.-])(?:arm32v7|armv7|armhf|arm32v6|armel)(?:$|[/:_.-])/i, 'arm'],
  [/(?:^|[/:_.-])(?:ppc64le)(?:$|[/:_.-])/i, 'ppc64le'],
  [/(?:^|[/:_.-])(?:s390x)(?:$|[/:_.-])/i, 's390x'],
  [/(?:^|[/:_.-])(?:i386|386)(?:$|[/:_.-])/i, '386'],
];

/** The architecture an image reference names (e.g. "arm64v8/nginx", "app:1.2-amd64"), if any. */
export function imageArchitecture(image: string): string | undefined {
  return ARCH_ALIASES.find(([re]) => re.test(image))?.[1];
}

export function imageFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const spec = v?.spec;
  if (!v || !spec) return [];
  const out: Finding[] = [];
  if (spec.command?.length || spec.args?.length) {
    const parts = [spec.command?.length ? `command=${JSON.stringify(spec.command)}` : '', spec.args?.length ? `args=${JSON.stringify(spec.args)}` : ''].filter(Boolean);
    out.push(finding({ id: 'command-overridden', confidence: 'confirmed', container: v.name,
      say: spec.command?.length ? say('dx.f.commandOverridden', { command: spec.command.join(' ') }) : say('dx.f.argsOverridden'),
      evidence: [specLine(fieldOf(v), parts.join(' '))], facts: { command: (spec.command ?? []).join(' '), args: (spec.args ?? []).join(' ') } }));
  }
  const nodeArch = evidence.node?.status?.nodeInfo?.architecture;
  const image = [spec.image, v.status?.image].find((i) => i && imageArchitecture(i)) ?? spec.image ?? '';
  const imageArch = imageArchitecture(image);
  if (nodeArch && imageArch && imageArch !== nodeArch) {
    out.push(finding({ id: 'arch-mismatch', cause: 'exec-format', confidence: 'likely', container: v.name,
      say: say('dx.f.archMismatch', { image, imageArch, node: evidence.node?.metadata.name ?? '', nodeArch }),
      evidence: [specLine(`${fieldOf(v)}.image`, image), { source: 'node', where: 'node.status.nodeInfo.architecture', text: `node.status.nodeInfo.architecture: ${nodeArch}` }],
      facts: { imageArch, nodeArch } }));
  }
  return out;
}
