import { saveFile } from '../../ui/save-file';
import { tokenStore } from './token-store';

/**
 * Saves a file that needs the bearer token. A plain <a download> link cannot send the
 * Authorization header, so the file is fetched and handed to the browser as a Blob.
 */
export async function downloadWithToken(url: string, filename: string): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`Download failed with status ${response.status}`);
  saveFile(await response.blob(), filename);
}
