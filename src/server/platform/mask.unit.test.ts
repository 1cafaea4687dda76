import { describe, expect, it } from 'vitest';
import { diffOf } from './audit.ts';
import { maskIdNumbersInText, maskValue } from './mask.ts';

describe('masking', () => {
  it('hides secrets and keeps only the ends of personal identifiers', () => {
    expect(maskValue('passwordHash', '$argon2id$...')).toBe('***');
    expect(maskValue('idNumber', '11010119900307451X')).toBe('1101**********451X');
    expect(maskValue('phone', '13812345678')).toBe('138****5678');
    expect(maskValue('displayName', '张三')).toBe('张三');
  });

  it('masks 18-digit ID numbers inside free text but not longer digit runs', () => {
    expect(maskIdNumbersInText('id=11010119900307451X&x=1')).toBe('id=110101********451X&x=1');
    expect(maskIdNumbersInText('n=1234567890123456789012')).toBe('n=1234567890123456789012');
  });

  it('keeps only changed fields in a diff', () => {
    expect(diffOf({ a: 1, b: 'x', passwordHash: 'h1' }, { a: 2, b: 'x', passwordHash: 'h2' })).toEqual({
      a: { from: 1, to: 2 },
      passwordHash: { from: '***', to: '***' },
    });
    expect(diffOf(null, { a: 1 })).toEqual({ a: { to: 1 } });
  });
});
