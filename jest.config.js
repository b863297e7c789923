/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/__tests__/**/*.test.ts", "**/test/**/*.test.ts", "**/test/**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-mock depends on ESM-only strip-bom and uuid under jest 30.
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/test/support/setupCustomFunctions.ts"],
  // strip-bom and uuid are ESM-only, also where they sit nested under office-addin-mock's dependencies.
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(strip-bom|uuid)/)"],
};
