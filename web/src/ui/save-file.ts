/** Hands a file made in the page to the browser to save, under the name given. */
export function saveFile(file: Blob, filename: string): void {
  const href = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
