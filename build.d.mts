// Types for what tests import from build.mjs.
export declare const GECKO_ID: string;
export declare function build(): Promise<void>;
export declare function manifests(): Promise<{ chrome: Record<string, unknown>; firefox: Record<string, unknown> }>;
