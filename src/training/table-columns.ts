// The pieces a Table printer is made of: column definitions as the apiserver sends them, and a cells function.
import type { KubeObject } from '../k8s/index.js';

export interface Column {
  readonly name: string;
  readonly type: string;
  readonly format: string;
  readonly description: string;
  readonly priority: number;
}

export const col = (name: string, priority = 0, type = 'string', format = ''): Column => ({ name, type, format, description: name, priority });
export const NAME = col('Name', 0, 'string', 'name');

export type Cells = (obj: KubeObject, now: number) => readonly (string | number)[];

export interface Printer {
  readonly columns: readonly Column[];
  readonly cells: Cells;
}

export const none = (v: unknown): string => (typeof v === 'string' && v ? v : '<none>');
