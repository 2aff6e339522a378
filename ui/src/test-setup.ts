// jsdom lacks a few browser APIs the kit relies on. These stand-ins are deliberately minimal:
// they make the components mountable, and the tests assert the kit's own behaviour on top.

// Svelte's bind:clientHeight observes size with ResizeObserver. jsdom has no layout, so
// nothing would ever be reported anyway: an observer that never fires is faithful enough.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// <dialog>: jsdom has the element but not its methods. Model the part Dialog.svelte uses:
// the open attribute, and a `close` event when an open dialog closes. (Browsers fire it in a
// later task; here it is synchronous, which the component must tolerate either way.)
const dialogProto = globalThis.HTMLDialogElement?.prototype as HTMLDialogElement | undefined;
if (dialogProto && typeof dialogProto.showModal !== 'function') {
  dialogProto.showModal = function (this: HTMLDialogElement) {
    if (this.open) return;
    this.setAttribute('open', '');
  };
  dialogProto.show = dialogProto.showModal;
  dialogProto.close = function (this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    this.removeAttribute('open');
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.dispatchEvent(new Event('close'));
  };
}
