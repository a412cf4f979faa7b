/** Fresh secrets and the settings every test app starts with (test-app-env.js). */
export declare const testAppEnv: () => Record<string, string>;
