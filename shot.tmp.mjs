import { chromium } from '@playwright/test';
const [,, url, out, width, full, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 500 ? 780 : 900 }, colorScheme: scheme || 'light' });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
