import { describe, expect, it, vi } from 'vitest';
import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron.module);

const { setupMenu } = await import('./menu');

interface Item {
  id?: string;
  role?: string;
  label?: string;
  accelerator?: string;
  submenu?: Item[];
  click?: () => void;
}

describe('application menu', () => {
  it('has Help › Keyboard and Marks, which asks for the help overlay and nothing else', () => {
    const actions = { open: vi.fn(), exportReport: vi.fn(), pasteArticle: vi.fn(), showHelp: vi.fn() };
    setupMenu(actions);
    const template = electron.menus.at(-1) as Item[];
    const help = template.find((item) => item.role === 'help');
    const item = help?.submenu?.find((i) => i.id === 'help-keyboard');
    expect(item?.label).toBe('Keyboard and Marks');
    expect(item?.accelerator).toBe('F1');
    item!.click!();
    expect(actions.showHelp).toHaveBeenCalledOnce();
    expect(actions.open).not.toHaveBeenCalled();
    expect(actions.exportReport).not.toHaveBeenCalled();
    expect(actions.pasteArticle).not.toHaveBeenCalled();
  });
});
