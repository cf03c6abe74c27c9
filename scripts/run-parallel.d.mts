// Types of scripts/run-parallel.mjs, for its test.
export declare function runParallel(scripts: string[], opts?: { npm?: string; out?: { write(s: string): unknown } }): Promise<number>;
