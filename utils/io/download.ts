/** Offers text to the person as a file download, from an extension page (no permission needed). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date: pln-capture-2026-11-23.json */
export function datedName(stem: string, ext: string, now: Date = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
