// Reading a flow's YAML nodes while keeping their line numbers, so every error names file, step and line.
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { MessageRef } from '../errors.js';
import { userError } from '../i18n/user-error.js';
import { entryOf, field, msg } from './subjects.js';

export class FlowReader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  /** `flows/x.yaml:42: step "logs": <message>`, the message worded in the reader's language where it is printed. */
  fail(at: Node | number | null | undefined, step: string | undefined, message: MessageRef): never {
    const line = typeof at === 'number' ? at : this.line(at);
    throw step === undefined ? userError('fail.flow.at', { file: this.file, line }, 1, message) : userError('fail.flow.atStep', { file: this.file, line, step }, 1, message);
  }

  pairs(node: Node | null | undefined, step: string | undefined, what: MessageRef): readonly Pair<Node, Node | null>[] {
    if (!isMap(node)) this.fail(node, step, msg('flows.fail.notMapping', {}, what));
    return (node as YAMLMap<Node, Node | null>).items;
  }

  key(pair: Pair<Node, Node | null>, step: string | undefined): string {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') this.fail(pair.key, step, msg('flows.fail.notWord'));
    return pair.key.value as string;
  }

  string(node: Node | null | undefined, step: string | undefined, what: MessageRef): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') this.fail(node, step, msg('flows.fail.notText', {}, what));
    return (node.value as string).trim();
  }

  list(node: Node | null | undefined, step: string | undefined, what: MessageRef): readonly (Node | null)[] {
    if (!isSeq(node)) this.fail(node, step, msg('flows.fail.notList', {}, what));
    return node.items as (Node | null)[];
  }

  /** A list of texts under the field `name`. */
  strings(node: Node | null | undefined, step: string | undefined, name: string): readonly { value: string; node: Node | null }[] {
    return this.list(node, step, field(name)).map((item) => ({ value: this.string(item, step, entryOf(name)), node: item }));
  }

  /** The node's value in flow-file syntax, for messages: `probe-kil`, `[137, 143]`. */
  text(node: Node | null | undefined): string {
    return compact(node && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : null);
  }
}

function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')}}`;
  }
  return String(value);
}
