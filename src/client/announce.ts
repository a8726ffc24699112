/** Say something to screen readers through a polite live region (role="status"). */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  // Clearing first makes a repeated message ("Copied") be read again.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}
