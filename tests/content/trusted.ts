/**
 * happy-dom makes every event untrusted (it has no `isTrusted` at all). A browser marks the person's
 * own input trusted; these helpers stand for that input in unit tests, nothing in the product reads
 * them. End-to-end tests use real trusted input (tests/e2e/cdp-kit.ts).
 */
import { vi } from 'vitest';

/** Dispatches `type` on `target` as the person's own input would arrive. */
export function trusted(target: EventTarget, type = 'click'): void {
  const event =
    type === 'keydown'
      ? new KeyboardEvent(type, { bubbles: true, composed: true, key: 'Tab' })
      : new MouseEvent(type, { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A script's event: what a hostile page could do. */
export function untrusted(target: EventTarget, type = 'click'): void {
  const event = new MouseEvent(type, { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: false });
  target.dispatchEvent(event);
}

/** Every shadow root made from now on, with its host: the references only our code keeps (closed roots
 * can't be found from the host). */
export function recordShadowRoots(): { host: Element; root: ShadowRoot }[] {
  const roots: { host: Element; root: ShadowRoot }[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push({ host: this, root });
    return root;
  });
  return roots;
}
