// Dev-server plugin: the test commands that mean the same on every engine, where
// @web/test-runner-commands has none (its sendKeys has no `down`/`up` over WebDriver).
//   care-engine          -> 'chromium' | 'firefox' | 'webkit'
//   care-chord {keys}    -> presses the keys together, e.g. ['Shift', 'Tab']
export function engineCommands(engine) {
  return {
    name: 'care-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'care-engine') return engine;
      if (command !== 'care-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) {
        throw new Error('care-chord needs { keys: string[] }');
      }
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // webdriverio's keys() holds every key of the array down, then releases them.
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      throw new Error(`care-chord: no support for ${session.browser.type}`);
    },
  };
}
