import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/training/api-status.js';
import { parseFieldSelector } from '../../src/training/field-selector.js';
import { parseLabelSelector } from '../../src/training/label-selector.js';

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front', 'app.kubernetes.io/name': 'shop' };
  it.each([
    ['app=web', true],
    ['app==web,tier=front', true],
    ['app!=web', false],
    ['app in (api, web)', true],
    ['tier notin (front)', false],
    ['app.kubernetes.io/name', true],
    ['!missing', true],
    ['missing', false],
    ['missing!=x', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(parseLabelSelector(selector)!(labels)).toBe(expected);
  });

  it('rejects what it cannot parse with a 400', () => {
    expect(() => parseLabelSelector('app in web')).toThrow(ApiError);
  });
});

describe('field selectors', () => {
  const event = { metadata: { name: 'e1', namespace: 'ns' }, involvedObject: { kind: 'Pod', name: 'p', uid: 'u1', apiVersion: 'v1' }, type: 'Warning', reason: 'BackOff' };
  it('evaluates involvedObject fields, type and reason with =, == and !=', () => {
    expect(parseFieldSelector('involvedObject.name=p,involvedObject.kind==Pod,type!=Normal', 'events')!(event)).toBe(true);
    expect(parseFieldSelector('reason=Started', 'events')!(event)).toBe(false);
    expect(parseFieldSelector('regarding.uid=u1', 'events')!(event)).toBe(true);
  });

  it('answers 400 for a field the resource does not support', () => {
    expect(() => parseFieldSelector('involvedObject.name=p', 'pods')).toThrow('field label not supported: involvedObject.name');
  });
});
