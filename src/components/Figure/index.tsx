import { useRef, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface FigureProps {
  caption: string;
  /** Pictures zoom on click and with the Enlarge button. */
  zoom?: string;
  children: ReactNode;
}

/** A figure with a caption; an image inside it opens enlarged in a dialog on click or with the Enlarge button. */
export default function Figure({ caption, zoom, children }: FigureProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [enlarged, setEnlarged] = useState<{ src: string; alt: string } | null>(null);
  const canZoom = zoom === 'true';

  const open = () => {
    // A diagram holds one picture per colour theme; enlarge the one on screen.
    const images = Array.from(contentRef.current?.querySelectorAll('img') ?? []);
    const image = images.find((candidate) => candidate.getClientRects().length > 0) ?? images[0];
    if (!image) return;
    setEnlarged({ src: image.currentSrc || image.src, alt: image.alt });
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();

  return (
    <figure className={styles.figure}>
      <div ref={contentRef} className={canZoom ? styles.zoomable : undefined} onClick={canZoom ? open : undefined}>
        {children}
      </div>
      <figcaption className={styles.caption}>
        {caption}
        {canZoom && (
          <button type="button" className={styles.enlarge} onClick={open}>
            Enlarge
          </button>
        )}
      </figcaption>
      {canZoom && (
        <dialog
          ref={dialogRef}
          className={styles.dialog}
          aria-label={`Enlarged figure: ${caption}`}
          onClick={(event) => event.target === dialogRef.current && close()}
        >
          {enlarged && <img src={enlarged.src} alt={enlarged.alt} className={styles.enlargedImage} />}
          <button type="button" className={styles.close} onClick={close}>
            Close
          </button>
        </dialog>
      )}
    </figure>
  );
}
