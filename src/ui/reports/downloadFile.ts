/**
 * Saves text as a file through a link to a Blob: made on the device, so it
 * works offline, and nothing leaves the device but by the user's own save.
 */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
