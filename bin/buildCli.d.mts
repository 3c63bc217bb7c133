// Types of bin/buildCli.mjs (the bench imports it).
export declare const BUNDLE: string;
export declare function buildCli(): Promise<void>;
export declare function bundleForNode(entryPoints: Record<string, string>, outdir: string): Promise<void>;
