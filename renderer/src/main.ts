import { mount } from 'svelte';
import App from './App.svelte';
import { Library } from './state/library.svelte';
import './app.css';

const library = new Library(window.api);
mount(App, { target: document.getElementById('app')!, props: { library } });
void library.start();
