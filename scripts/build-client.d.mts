// Types of scripts/build-client.mjs, for the vitest config and tests that import it.
export declare const ROOT: string;
export declare const ENTRY: string;
export declare const GENERATED: string;
export declare function bundleClient(opts?: { esbuild?: unknown }): Promise<string>;
export declare function buildClient(opts?: { esbuild?: unknown }): Promise<boolean>;
