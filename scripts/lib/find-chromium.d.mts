export declare const CHROMIUM_NAMES: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv, debianPath?: string): { path: string; from: string } | null;
export declare const NO_CHROMIUM: string;
export declare function chromiumInstallPlan(host: { uid: number | null; osRelease: string | null; hasAptGet: boolean }): { action: 'apt-get'; commands: string[][] } | { action: 'tell'; line: string };
