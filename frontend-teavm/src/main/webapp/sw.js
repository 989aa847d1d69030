/*
 * GradLab's service worker: keeps the app usable when the server cannot be reached.
 *
 * - Install: the app shell (index.html, loader.js, the CSS), both engines (js/gradlab.js,
 *   wasm/gradlab.wasm and its runtime) and the vendor files (KaTeX with its fonts, CodeMirror) are
 *   put in the cache. A file that cannot be fetched is skipped, so a partial server still installs.
 * - Fetch: GET requests for those files, for the exercise list (api/exercises) and for each exercise
 *   (api/exercises/ID, per variant) go to the network first; a good answer refreshes the cache, and
 *   when the network fails the cached copy answers. So the app online behaves exactly as without a
 *   service worker, and offline it has every file and every exercise it has already seen. Nothing
 *   else is touched: other API requests (checks, sessions, progress, jobs) fail offline as they
 *   would, and the page queues what it must.
 * - Requests with the header X-GradLab-Prefetch are left alone: the page fetches every exercise of
 *   the list that way and puts each in the cache itself, after checking that the user has not
 *   changed meanwhile (Store.keepExercise).
 * - Message {type: 'cache', urls: [...]}: once this worker controls the page, the page (loader.js)
 *   lists what it loaded, and later what finishes loading: on a first visit those requests did not
 *   come through here. Those that may be kept and are not yet in the cache are fetched and cached.
 *
 * All paths are relative to this file, which sits next to index.html.
 */
'use strict';

// The page (Store.forgetCachedExercises) knows this name too.
var CACHE = 'gradlab-v1';

var SHELL = [
  './', 'index.html', 'loader.js', 'css/gradlab.css', 'css/exercises.css', 'css/account.css', 'css/viz.css',
  'js/gradlab.js', 'wasm/gradlab.wasm', 'wasm/gradlab.wasm-runtime.js',
  'vendor/katex/katex.min.js', 'vendor/katex/katex.min.css',
  'vendor/codemirror/codemirror.js', 'vendor/codemirror/codemirror.css', 'vendor/codemirror/python.js'
].concat(['AMS-Regular', 'Caligraphic-Bold', 'Caligraphic-Regular', 'Fraktur-Bold', 'Fraktur-Regular',
  'Main-Bold', 'Main-BoldItalic', 'Main-Italic', 'Main-Regular', 'Math-BoldItalic', 'Math-Italic',
  'SansSerif-Bold', 'SansSerif-Italic', 'SansSerif-Regular', 'Script-Regular', 'Size1-Regular',
  'Size2-Regular', 'Size3-Regular', 'Size4-Regular', 'Typewriter-Regular'].map(function (f) {
  return 'vendor/katex/fonts/KaTeX_' + f + '.woff2';
}));

var SCOPE = new URL('./', self.location.href);

/** The path of a same-origin URL inside the app ("" for the app's root), or null. */
function appPath(url) {
  var u = new URL(url, SCOPE);
  if (u.origin !== SCOPE.origin || u.pathname.indexOf(SCOPE.pathname) !== 0) {
    return null;
  }
  return u.pathname.substring(SCOPE.pathname.length);
}

/** Whether a GET of this app path is kept: the shell, engines, vendor files and exercise documents. */
function cacheable(path) {
  if (path === null) {
    return false;
  }
  if (path.indexOf('api/') === 0) {
    return path === 'api/exercises' || /^api\/exercises\/[A-Za-z0-9_.-]+$/.test(path);
  }
  return path !== 'sw.js';
}

function put(cache, request, response) {
  if (response && response.ok && response.type === 'basic') {
    return cache.put(request, response.clone()).catch(function () {});
  }
  return Promise.resolve();
}

function fetchAndCache(cache, url) {
  return fetch(url, { credentials: 'same-origin', cache: 'no-cache' }).then(function (response) {
    return put(cache, url, response);
  }).catch(function () {});
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(SHELL.map(function (path) {
      return fetchAndCache(cache, new URL(path, SCOPE).href);
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf('gradlab-') === 0 && k !== CACHE;
    }).map(function (k) {
      return caches.delete(k);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  // The page keeps exercise documents itself (Store.keepExercise), checking that the user has not
  // changed before it puts one in the cache: those requests go to the network untouched.
  if (request.method !== 'GET' || request.headers.get('X-GradLab-Prefetch')) {
    return;
  }
  var path = appPath(request.url);
  // Only the page itself is a navigation kept here (not, say, a download of api/gradebook.csv).
  var navigate = request.mode === 'navigate' && (path === '' || path === 'index.html');
  if (request.mode === 'navigate' ? !navigate : !cacheable(path)) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return fetch(request).then(function (response) {
      var kept = navigate ? put(cache, new URL('./', SCOPE).href, response) : put(cache, request, response);
      return kept.then(function () {
        return response;
      });
    }, function (networkError) {
      var lookup = navigate
        ? cache.match(new URL('./', SCOPE).href).then(function (r) {
          return r || cache.match(new URL('index.html', SCOPE).href);
        })
        : cache.match(request, { ignoreSearch: path.indexOf('api/') !== 0, ignoreVary: true }).then(function (r) {
          return r || caches.match(request.url, { ignoreVary: true });
        });
      return lookup.then(function (cached) {
        if (cached) {
          return cached;
        }
        throw networkError;
      });
    });
  }));
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'cache' || !Array.isArray(data.urls)) {
    return;
  }
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(data.urls.filter(function (url) {
      return cacheable(appPath(url));
    }).map(function (url) {
      return cache.match(url).then(function (hit) {
        return hit ? null : fetchAndCache(cache, url);
      });
    }));
  }));
});
