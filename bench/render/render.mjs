// render.mjs renders saved pages to the text a browser shows:
// document.body.innerText in headless Chromium with JavaScript off and every
// request but the page itself blocked.
//
// It reads jobs from stdin, one JSON object a line:
//
//   {"in": "/path/page.html", "out": "/cache/NAME.txt", "url": "https://…"}
//
// and writes each rendering to its out file (through a temporary file, so an
// interrupted run leaves no half-written rendering). The page is served at
// its url, so relative links resolve as on the site; its bytes go out as
// they are, as text/html without a charset, so Chromium decodes them as it
// would a page whose server said nothing. One browser (with a fresh
// temporary profile, as Playwright launches it) renders every page, a few
// at a time.
//
// Usage: node render.mjs [-j N] < jobs.jsonl   (default N = 2)

import { chromium } from 'playwright-core';
import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const pageTimeoutMs = 60000;

const jIndex = process.argv.indexOf('-j');
const parallel = Math.max(1, jIndex > 0 ? Number(process.argv[jIndex + 1]) || 2 : 2);

const jobs = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== '') jobs.push(JSON.parse(line));
}
if (jobs.length === 0) {
  console.error('render: nothing to render');
  process.exit(0);
}

// The flags a headless Chromium needs when run as root in a container, and
// no traffic of its own.
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

// withoutRefresh disables <meta http-equiv="refresh">: with JavaScript off a
// <noscript> refresh would leave the saved page for a "please enable
// JavaScript" page that cannot load, or for a redirect target. The
// attribute value is overwritten in place, byte for byte (the bytes are
// handled as Latin-1, so any encoding survives), and nothing else changes.
function withoutRefresh(bytes) {
  const html = bytes.toString('latin1');
  const out = html.replace(/(http-equiv\s*=\s*["']?)refresh/gi, '$1nofresh');
  return out === html ? bytes : Buffer.from(out, 'latin1');
}

let done = 0;
let failed = 0;

// A worker renders pages one after another in one tab of its own context:
// with JavaScript off and every request but the page blocked, nothing (no
// cookie, no storage) carries from one page to the next, and a tab is
// costly to open on a busy machine. Between pages the tab goes to
// about:blank, so a page whose URL differs from the last only by its
// fragment is still loaded afresh.
async function worker() {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  let body = null; // the page being served, until its navigation asks for it
  await page.route('**/*', async (route) => {
    const req = route.request();
    if (body !== null && req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      const served = body;
      body = null;
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/html' }, body: served });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  while (jobs.length > 0) {
    const job = jobs.shift();
    try {
      body = withoutRefresh(await readFile(job.in));
      await page.goto(job.url, { waitUntil: 'load', timeout: pageTimeoutMs });
      const text = await page.evaluate(() => (document.body ? document.body.innerText : ''));
      await mkdir(dirname(job.out), { recursive: true });
      const tmp = job.out + '.tmp';
      await writeFile(tmp, text);
      await rename(tmp, job.out);
    } catch (err) {
      failed++;
      console.error(`render: ${job.in}: ${err.message.split('\n')[0]}`);
    } finally {
      body = null;
      await page.goto('about:blank').catch(() => {});
    }
    done++;
    if (done % 50 === 0) console.error(`render: ${done} pages`);
  }
  await context.close();
}

const total = jobs.length;
await Promise.all(Array.from({ length: parallel }, worker));
await browser.close();
console.error(`render: ${total - failed} of ${total} pages rendered`);
process.exit(failed > 0 ? 1 : 0);
