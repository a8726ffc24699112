/** Offer bytes or text as a file download, created in the page (nothing is uploaded). */
export function downloadFile(name: string, data: BlobPart | BlobPart[], type: string): void {
  const blob = new Blob(Array.isArray(data) ? data : [data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
