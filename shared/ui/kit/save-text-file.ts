/**
 * Hands `text` to the person as a download called `fileName`: a link to the text, clicked once and
 * taken away. The link is a blob: address made here from our own text, never from data, and never shown.
 */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the page while clicked: Firefox ignores a click on a link that is not in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the address is freed; freeing it at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
