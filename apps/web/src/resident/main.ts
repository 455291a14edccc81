import { createApp } from 'vue';
import App from './App.vue';
import { registerOffline } from './lib/offline';
import { router } from './router';
import './styles.css';

createApp(App).use(router).mount('#app');
registerOffline();
