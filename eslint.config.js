import js from "@eslint/js"
import tseslint from "typescript-eslint"
import solid from "eslint-plugin-solid/configs/typescript"
import globals from "globals"

// Layers import one way: lib -> api, storage -> state -> components -> routes.
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...forbidden.map((dir) => ({
            group: [`**/${dir}/**`, `../${dir}`, `./${dir}`],
            message: `This layer may not import from ${dir}/ (see style guide: layers import one way).`,
          })),
          ...extra,
        ],
      },
    ],
  },
})
const noSolid = { group: ["solid-js", "solid-js/*", "@solidjs/*"], message: "No Solid below state/." }
const noSdk = { group: ["@opencode-ai/sdk", "@opencode-ai/sdk/*"], message: "Only api/ touches the SDK." }

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-results/**", "playwright-report/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  { files: ["src/**/*.{ts,tsx}"], ...solid },
  // The service worker runs in its own global scope; the build fills in __PORTAL_SHELL__.
  { files: ["pwa/sw.js"], languageOptions: { globals: { ...globals.serviceworker, __PORTAL_SHELL__: "readonly" } } },
  { files: ["e2e/**", "tests/**", "bench/**", "scripts/**", "**/*.test.ts", "**/*.test.tsx"], rules: { "no-console": "off", "@typescript-eslint/no-non-null-assertion": "off" } },
  {
    // A focused or skipped test left in silently runs less than the suite claims (Playwright's
    // forbidOnly and Vitest's allowOnly catch `.only` at run time; this catches the rest early).
    files: ["e2e/**/*.ts", "tests/**/*.ts", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name=/^(test|it|describe|suite)$/][property.name=/^(only|skip|skipIf|runIf|fixme|todo)$/]",
          message: "No focused, skipped or unfinished tests: run one with `-t`/`--grep`, delete a test that no longer applies.",
        },
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.property.name=/^(describe|serial|parallel)$/][property.name=/^(only|skip|fixme)$/]",
          message: "No focused, skipped or unfinished tests: run one with `-t`/`--grep`, delete a test that no longer applies.",
        },
      ],
    },
  },
  layer(["src/lib/**"], ["api", "storage", "state", "components", "routes"], [noSolid, noSdk]),
  layer(["src/api/**", "src/storage/**"], ["state", "components", "routes"], [noSolid]),
  layer(["src/storage/**"], ["api", "state", "components", "routes"], [noSolid, noSdk]),
  layer(["src/state/**"], ["components", "routes"], [noSdk]),
  layer(["src/components/**"], ["routes", "api", "storage"], [noSdk]),
  layer(["src/routes/**"], ["api", "storage"], [noSdk]),
)
