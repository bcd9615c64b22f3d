import { chromium } from 'playwright-core';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
p.on('requestfailed', (r) => console.log('failed', r.url()));
await p.goto(process.argv[2]);
await p.waitForTimeout(4000);
console.log((await p.content()).slice(0, 500));
await p.screenshot({ path: '/tmp/dbg.png' });
await b.close();
