// Types of scripts/build-cli.mjs, for the tests that import it.
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function buildCli(opts?: { esbuild?: unknown }): Promise<string[]>;
export declare function bundleIsFresh(root?: string): boolean;
