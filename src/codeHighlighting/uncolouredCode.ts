import { createContext } from 'react';

/**
 * True around code the server sends uncoloured: the code inside a block that starts closed
 * (solutions, hints, examples). Each line goes out as one run of text instead of a span per
 * token; the block is rendered again, coloured, when the reader opens it (see Collapsible).
 * Solutions are most of a long lesson's code, and their token spans were most of its HTML.
 */
export const UncolouredCode = createContext(false);
