// Types of bin/pageInputs.mjs, for the Vite plugin that imports it (notebook/build/buildStampPlugin.ts).
export declare const PAGE_INPUT_DIRS: string[];
export declare const PAGE_INPUT_FILES: string[];
export declare const PAGE_STAMP: string;
export declare function pageInputsHash(root: string): string;
