/** A file name without characters file systems refuse. */
export const safeFileName = (name: string) => name.replace(/[/\\:*?"<>|]/g, ' ');

/** Hands a file to the browser's download, from memory: nothing goes to a server. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
