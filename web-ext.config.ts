import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a headed browser; there is no display on CI or dev machines here.
export default defineWebExtConfig({ disabled: true });
