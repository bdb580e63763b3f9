import { offsetOfPage, pageOfOffset } from './page-param';

describe('page numbers in the address', () => {
  it('turns ?page= into a row offset and back', () => {
    expect(offsetOfPage('3', 50)).toBe(100);
    expect(pageOfOffset(100, 50)).toBe('3');
  });

  it('reads a missing or odd page as the first, which needs no ?page=', () => {
    for (const page of [null, '', '0', '-2', '1.5', 'two']) expect(offsetOfPage(page, 50)).toBe(0);
    expect(pageOfOffset(0, 50)).toBeUndefined();
  });
});
