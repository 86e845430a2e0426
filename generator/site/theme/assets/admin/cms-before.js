// Runs before decap-cms.js: stop its automatic start, so that cms-init.js starts it with the generated configuration.
window.CMS_MANUAL_INIT = true;
