/** Accent and case folding for the anchors: written once in `text/fold.ts`, re-exported here for the stages that import it from here. */
export { foldName, foldWord } from '../text/fold.js';
