import { mount } from 'svelte';
import App from './App.svelte';
import { Library } from './state/library.svelte';
import { Analysis } from './state/analysis.svelte';
import { View } from './state/view.svelte';
import './app.css';

const library = new Library(window.api);
const analysis = new Analysis();
const view = new View();
mount(App, { target: document.getElementById('app')!, props: { library, analysis, view } });
void library.start();
