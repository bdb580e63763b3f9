import { useEffect, useRef, useState } from 'react';
import { CopyIcon } from './icons';

interface CopyButtonProps {
  text: string;
  label: string;
  /** Announced once the text is on the clipboard. */
  copiedLabel: string;
  /** Shown when the browser refuses the clipboard; the text is then selected in the field named. */
  failedLabel: string;
  className?: string;
  /** A fuller name when several copy buttons share a label, e.g. "Copy the link for ana@example.org". */
  accessibleLabel?: string;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way, which works on plain http too.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  return copied;
}

/** Copies a text and says so in a polite live region beside the button. */
export function CopyButton({ text, label, copiedLabel, failedLabel, className = 'button button--secondary', accessibleLabel }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const copied = await copyToClipboard(text);
    setState(copied ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 4000);
  }

  return (
    <span className="copy-button">
      <button type="button" className={className} aria-label={accessibleLabel} onClick={() => void copy()}>
        <CopyIcon /> {label}
      </button>
      <span className={`copy-button__status${state === 'failed' ? ' copy-button__status--failed' : ''}`} role="status">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
