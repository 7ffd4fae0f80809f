// The configuration internal/e2e/recipe_test.go runs docs/ci.md's spec with: the app's address from
// APP_URL, and Debian's chromium (CHROMIUM_PATH), since a browser download cannot be reached here.
// On a hosted runner `npx playwright install --with-deps chromium` provides the browser instead.
const { defineConfig } = require('@playwright/test');

module.exports = defineConfig({
  testDir: 'tests',
  reporter: 'line',
  workers: 1,
  use: {
    baseURL: process.env.APP_URL,
    launchOptions: process.env.CHROMIUM_PATH
      ? {
          executablePath: process.env.CHROMIUM_PATH,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        }
      : {},
  },
});
