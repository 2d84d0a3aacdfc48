import { useRef, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface FigureProps {
  caption: string;
  /** Images zoom on click; diagrams drawn in the page do not need to. */
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
    const image = contentRef.current?.querySelector('img');
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
