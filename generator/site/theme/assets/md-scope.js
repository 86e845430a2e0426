/* Material's inline head script, served as a file so that the Content-Security-Policy needs no
   'unsafe-inline'. Material computes the scope from the page's base URL; this file lives in
   <site>/assets/, so the site root is one folder up from its own address. */
__md_scope = new URL("..", document.currentScript.src);
__md_hash = function (value) {
  return Array.from(value).reduce(function (hash, character) { return (hash << 5) - hash + character.charCodeAt(0); }, 0);
};
__md_get = function (key, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
__md_set = function (key, value, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (error) { /* storage full or blocked */ }
};
