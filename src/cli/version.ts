// The build (scripts/build.mjs) and the test runner (vitest.config.ts) define this from package.json,
// so the version has one source and --version reads no file at start-up.
declare const __CRASHCOURSE_VERSION__: string;

export const VERSION: string = __CRASHCOURSE_VERSION__;
