import { send } from './client.ts';

/**
 * Fetches a file (so the request carries the chosen language, which exported
 * sheets follow, and failures come back as the error model) and hands it to the
 * browser as a download under the server's file name.
 */
export async function downloadFrom(path: string, fallbackName: string): Promise<void> {
  const res = await send('GET', path);
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
