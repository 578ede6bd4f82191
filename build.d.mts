// Types for what tests import from build.mjs.
export declare const GECKO_ID: string;
export declare function build(): Promise<void>;
export declare function manifests(): Promise<{
  chrome: Record<string, unknown>;
  firefox: Record<string, unknown>;
}>;
export declare const FORBIDDEN: Array<{ what: string; pattern: RegExp }>;
export declare function findForbidden(code: string): string[];
export declare const noInnerHtml: import('esbuild').Plugin;
export declare const ALWAYS_ON_BUDGET: number;
export declare function gzipSize(file: string): Promise<number>;
export declare function checkAlwaysOn(
  dir: string,
  manifest: { content_scripts?: Array<{ js?: string[] }> },
  budget?: number,
): Promise<{ files: string[]; total: number }>;
export declare const stringsByPage: import('esbuild').Plugin;
export declare function partSource(
  part: string,
  lang: string,
): Promise<{ contents: string; warnings: Array<{ text: string }> }>;
export declare const pageEntries: Record<string, string>;
export declare function pageBuildOptions(
  dir: string,
  entryPoints?: Record<string, string>,
): import('esbuild').BuildOptions;
export declare const POPUP_FIRST_LOAD_BUDGET: number;
export declare function staticClosure(
  outputs: Record<string, { imports?: Array<{ path: string; kind: string }> }>,
  key: string,
): string[];
