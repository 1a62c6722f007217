// Test fixture: every localStorage call throws, as in a sandboxed frame or with cookies blocked.
// Loaded before the widget by storage-blocked.html.
const refuse = () => {
  throw new DOMException("The operation is insecure.", "SecurityError");
};
for (const name of ["getItem", "setItem", "removeItem", "clear", "key"]) {
  Storage.prototype[name] = refuse;
}
Object.defineProperty(window, "localStorage", { configurable: true, get: refuse });
