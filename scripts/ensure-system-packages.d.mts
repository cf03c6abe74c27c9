// Types of scripts/ensure-system-packages.mjs, for its test.
export declare const LIST: string;
export declare function readPackageList(text: string): string[];
export declare function missingPackages(packages: string[]): string[] | undefined;
export declare function ensureSystemPackages(opts?: {
  list?: string;
  env?: Record<string, string | undefined>;
  uid?: number | undefined;
  missing?: (packages: string[]) => string[] | undefined;
  aptGet?: (args: string[]) => boolean;
  log?: (line: string) => void;
}): number;
