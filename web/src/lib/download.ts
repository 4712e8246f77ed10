import { session } from '../api/client';

/** Saves a file the API serves behind the bearer token (a plain link cannot send it). */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = session.token();
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ?? fallbackName;
  a.click();
  URL.revokeObjectURL(url);
}
