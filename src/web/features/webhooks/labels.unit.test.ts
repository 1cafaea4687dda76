import { describe, expect, it } from 'vitest';
import { attemptSummary, secretChange } from './labels.ts';

describe('robot page helpers', () => {
  it('summarizes an attempt', () => {
    expect(attemptSummary({ statusCode: 500, durationMs: 12 }, '无应答')).toBe('HTTP 500 · 12 ms');
    expect(attemptSummary({ statusCode: null, durationMs: 5000 }, '无应答')).toBe('无应答 · 5000 ms');
  });

  it('turns the form into the secret change', () => {
    expect(secretChange('dingtalk', undefined, false, true)).toBeUndefined();
    expect(secretChange('dingtalk', '  ', false, true)).toBeUndefined();
    expect(secretChange('dingtalk', 'SEC1', false, true)).toBe('SEC1');
    expect(secretChange('dingtalk', 'SEC1', true, true)).toBeNull();
    expect(secretChange('wecom', 'SEC1', false, true)).toBeNull();
    expect(secretChange('wecom', undefined, false, false)).toBeUndefined();
  });
});
