import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { CrossIcon } from './icons';

interface DialogProps {
  title: ReactNode;
  /** Names the close button, e.g. "Close". */
  closeLabel: string;
  onClose(): void;
  /** A question that needs an answer before going on (role alertdialog). */
  alert?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, Escape closes it and the page
 * behind is inert. Mount it to open it and unmount it to close it; focus goes back where it was.
 */
export function Dialog({ title, closeLabel, onClose, alert = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" role={alert ? 'alertdialog' : undefined} aria-labelledby={titleId}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" aria-label={closeLabel} onClick={onClose}>
          <CrossIcon />
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
