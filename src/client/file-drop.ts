/**
 * A file a tool reads: picked with a file input or dropped on a zone. The zone carries
 * data-dragover while a file is over it; other drags (text) keep the browser's default.
 */
export function wireFileDrop(zone: HTMLElement, input: HTMLInputElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    // Cleared, so that picking the same file again reads it again.
    input.value = '';
    if (f) onFile(f);
  });
  zone.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    zone.dataset.dragover = '';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.dragover);
  zone.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    delete zone.dataset.dragover;
    if (!f) return;
    e.preventDefault();
    onFile(f);
  });
}
