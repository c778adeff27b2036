/**
 * Request interception for one Firefox tab: LinkedIn paths the test serves answer with the fixture page;
 * every other request is aborted and recorded, so a stray request fails the test. The add-on's own files
 * (moz-extension://) and inline data: URLs are not network requests.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';

export const FIXTURES = resolve('tests/fixtures/linkedin');

/**
 * Routes `page`'s requests: `routes` maps a LinkedIn path ('/in/priya-natarajan/') to a fixture file.
 *
 * @example await routeLinkedIn(page, new Map([['/in/priya/', 'sdui-connect.html']]), stray);
 */
export async function routeLinkedIn(page: Page, routes: Map<string, string>, stray: string[]) {
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request, routes, stray));
}

async function answer(request: HTTPRequest, routes: Map<string, string>, stray: string[]) {
  const url = request.url();
  if (url.startsWith('moz-extension://') || url.startsWith('data:') || url === 'about:blank')
    return request.continue();
  const { origin, pathname } = new URL(url);
  const file = origin === 'https://www.linkedin.com' ? routes.get(pathname) : undefined;
  if (!file) {
    stray.push(url);
    return request.abort('blockedbyclient');
  }
  return request.respond({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(join(FIXTURES, file)),
  });
}
