import { pageInfo } from './page-info';

describe('pageInfo', () => {
  it('describes the first of several pages', () => {
    expect(pageInfo(0, 50, 120)).toEqual({ from: 1, to: 50, previousOffset: null, nextOffset: 50 });
  });

  it('describes the last, partial page', () => {
    expect(pageInfo(100, 50, 120)).toEqual({ from: 101, to: 120, previousOffset: 50, nextOffset: null });
  });

  it('has nothing to show when there is no row', () => {
    expect(pageInfo(0, 50, 0)).toEqual({ from: 0, to: 0, previousOffset: null, nextOffset: null });
  });

  it('brings an offset past the end back onto the rows', () => {
    expect(pageInfo(500, 50, 120)).toMatchObject({ from: 120, to: 120, nextOffset: null });
  });
});
