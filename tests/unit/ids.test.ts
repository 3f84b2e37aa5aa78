import { describe, expect, it } from 'vitest';
import { isUuid } from '@/lib/domain/ids';

describe('isUuid', () => {
  it('takes a uuid in either case and refuses anything else', () => {
    expect(isUuid('0f6c7f9f-c3b5-48da-92e6-bde4ae57d72a')).toBe(true);
    expect(isUuid('0F6C7F9F-C3B5-48DA-92E6-BDE4AE57D72A')).toBe(true);
    for (const value of ['', 'geen-uuid', '0f6c7f9f-c3b5-48da-92e6-bde4ae57d72', ' 0f6c7f9f-c3b5-48da-92e6-bde4ae57d72a', '0f6c7f9fc3b548da92e6bde4ae57d72a', null, undefined, 42, ['0f6c7f9f-c3b5-48da-92e6-bde4ae57d72a']]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
  });
});
