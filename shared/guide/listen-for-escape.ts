import { searchRoots } from './search-roots.ts';

/** The page's document and those of the same-origin frames inside it, at any depth: where a person may type. */
function documentsIn(root: Document): Document[] {
  return searchRoots(root).filter((each): each is Document => each.nodeType === Node.DOCUMENT_NODE);
}

/**
 * Calls `onEscape` when the person presses Escape in `root` or in a same-origin frame inside it (the frames the
 * guide searches, see searchRoots), including a frame added later or loading a new page: a key pressed in a
 * frame goes to the frame's document and never reaches the page around it (UI Events, "keydown" target).
 * Only the person's own key press counts (`isTrusted`). Only listens: the page still hears the key, which it may have its own use for. Cross-origin frames are left
 * out (the browser keeps us out). Returns the function that stops listening in every document.
 */
export function listenForEscape(root: Document, onEscape: () => void): () => void {
  const listening = new Set<Document>();
  const heardKey = (event: KeyboardEvent) => {
    // A page script's made-up key press (not isTrusted) can't send the highlight away.
    if (event.isTrusted && event.key === 'Escape') onEscape();
  };
  // A frame's load event means it has a new document (added late, or moved to a new page): listen there too.
  // It doesn't bubble, but passes the frame's document on its way down, so capture hears it.
  const frameLoaded = (event: Event) => {
    const loaded = event.target as Element;
    if (loaded.localName === 'iframe' || loaded.localName === 'frame') listenInNewDocuments();
  };
  function listenInNewDocuments() {
    for (const document of documentsIn(root)) {
      if (listening.has(document)) continue;
      listening.add(document);
      document.addEventListener('keydown', heardKey, true);
      document.addEventListener('load', frameLoaded, true);
    }
  }

  listenInNewDocuments();
  return () => {
    for (const document of listening) {
      document.removeEventListener('keydown', heardKey, true);
      document.removeEventListener('load', frameLoaded, true);
    }
    listening.clear();
  };
}
