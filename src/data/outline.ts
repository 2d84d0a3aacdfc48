/**
 * Which module numbers belong to which session, from the course outline. The content
 * check uses it to catch a module filed under the wrong session; everything a page
 * shows about itself still comes from its own front matter.
 */
export const sessionModules: Record<number, readonly number[]> = {
  1: [1, 2, 3, 4],
  2: [5, 6, 7, 8, 9],
  3: [10, 11],
  4: [12, 13, 14, 15],
  5: [16, 17, 18, 19],
  6: [20, 21],
  7: [22, 23, 24, 25, 26],
  8: [27, 28],
  9: [29, 30, 31],
  10: [32, 33, 34],
};
