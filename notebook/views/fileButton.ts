// A file input shown as a button of the page's own, labelled in the page's language. The browser's control
// names its button and its "no file chosen" in the browser's language, so an English browser showed
// "Choose File" on the Chinese page. The input stays in the tab order (clipped, not hidden): a keyboard
// reaches it and Enter or Space opens the chooser, and the label shows its focus ring.

/** `label`: the button's text (a node that follows the page's language, or a string). */
export function fileButton(
  label: Node | string,
  input: { accept: string; id?: string },
): { element: HTMLLabelElement; input: HTMLInputElement } {
  const element = document.createElement('label');
  element.className = 'file-button';
  const file = document.createElement('input');
  file.type = 'file';
  file.accept = input.accept;
  if (input.id) file.id = input.id;
  const face = document.createElement('span');
  face.append(label);
  element.append(file, face);
  return { element, input: file };
}
