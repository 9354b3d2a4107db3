/** The application menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu can ask the app to do. */
export interface MenuActions {
  open(): void;
  /** File › Export…: asks the window to export its open articles. */
  exportReport(): void;
  /** Edit › Paste as Article: makes an article of the clipboard. */
  pasteArticle(): void;
  /** Help › Keyboard and Marks: shows the window's help overlay. */
  showHelp(): void;
}

/** Builds and installs the application menu. */
export function setupMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          id: 'file-open',
          label: 'Open Articles…',
          accelerator: 'CmdOrCtrl+O',
          // The renderer handles the shortcut itself, so it works the same with or without this menu.
          registerAccelerator: false,
          click: () => actions.open(),
        },
        {
          id: 'file-export',
          label: 'Export…',
          accelerator: 'CmdOrCtrl+E',
          // As with Open, the renderer handles the shortcut; it knows which articles are open.
          registerAccelerator: false,
          click: () => actions.exportReport(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { id: 'edit-paste-article', label: 'Paste as Article', accelerator: 'CmdOrCtrl+Shift+V', click: () => actions.pasteArticle() },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(process.env['NODE_ENV'] === 'development' ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // F1 is handled by the renderer, as Open's shortcut is.
        { id: 'help-keyboard', label: 'Keyboard and Marks', accelerator: 'F1', registerAccelerator: false, click: () => actions.showHelp() },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
