// Types of bin/start.mjs, for the browser tests' set-up that imports it (tests/e2e/globalSetup.ts).
/** Builds the page unless dist/ was built from exactly the files there are now; true when it built. */
export declare function ensurePage(): Promise<boolean>;
