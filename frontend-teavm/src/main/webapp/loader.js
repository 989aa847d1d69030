/*
 * Starts GradLab's browser engine: shared-core compiled by TeaVM either to WebAssembly GC
 * (wasm/gradlab.wasm + wasm/gradlab.wasm-runtime.js) or to JavaScript (js/gradlab.js).
 *
 * Choice: ?engine=wasm or ?engine=js forces one; otherwise WasmGC when the browser validates a
 * module with a GC struct type, else JavaScript. If WasmGC was picked automatically and fails to
 * load, the JavaScript build is used instead. Then window.gradlab = {ready, engine, trace, ...}.
 * All paths are relative to the page.
 */
(function () {
  'use strict';

  var NAMES = { wasm: 'WasmGC', js: 'JavaScript' };

  function wasmGcSupported() {
    try {
      // (module (type (struct (field i8)))): valid only where WebAssembly GC is implemented.
      return typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function' &&
        WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]));
    } catch (e) {
      return false;
    }
  }

  function forcedEngine() {
    var m = /[?&]engine=(js|wasm)(?:&|$)/.exec(window.location.search);
    return m ? m[1] : null;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  // ---- Vendor libraries, loaded on first use (KaTeX for math, CodeMirror 5 for program parts) ----

  var vendorLoads = {};

  function once(key, load) {
    if (!vendorLoads[key]) {
      vendorLoads[key] = load();
    }
    return vendorLoads[key];
  }

  function loadCss(href) {
    return new Promise(function (resolve) {
      var l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = href;
      l.onload = function () { resolve(); };
      l.onerror = function () { resolve(); };
      document.head.appendChild(l);
    });
  }

  function katexReady() {
    return once('katex', function () {
      return Promise.all([loadCss('vendor/katex/katex.min.css'), loadScript('vendor/katex/katex.min.js')]);
    });
  }

  function codemirrorReady() {
    return once('codemirror', function () {
      return Promise.all([loadCss('vendor/codemirror/codemirror.css'),
        loadScript('vendor/codemirror/codemirror.js').then(function () {
          return loadScript('vendor/codemirror/python.js');
        })]);
    });
  }

  /** Renders every [data-tex] element inside root with KaTeX (math-display ones as display math). */
  function renderMath(root) {
    if (!root.querySelector('[data-tex]')) {
      return;
    }
    katexReady().then(function () {
      var els = root.querySelectorAll('[data-tex]');
      for (var i = 0; i < els.length; i++) {
        var el = els[i];
        var tex = el.getAttribute('data-tex');
        if (el.getAttribute('data-rendered') === tex) {
          continue;
        }
        try {
          window.katex.render(tex, el, { displayMode: el.classList.contains('math-display'), throwOnError: false });
          el.setAttribute('data-rendered', tex);
        } catch (e) {
          el.textContent = tex;
        }
      }
    }, function (e) {
      if (window.console) {
        console.warn('GradLab: KaTeX did not load; math stays as TeX:', e);
      }
    });
  }

  /**
   * Makes a text area a CodeMirror editor. Tab indents; Esc then Tab leaves the editor (no keyboard
   * trap); Ctrl/Cmd+Enter calls onRun. Each change is saved to the text area and sent to onChange.
   */
  function editor(area, onChange, onRun) {
    if (area.glEditor || area.glEditorPending) {
      return;
    }
    area.glEditorPending = true;
    codemirrorReady().then(function () {
      if (!document.body.contains(area)) {
        return;
      }
      // After Esc, the next Tab (or Shift+Tab) is left to the browser, which moves the focus on.
      var escaped = false;
      var cm = window.CodeMirror.fromTextArea(area, {
        mode: 'python', lineNumbers: true, indentUnit: 4, tabSize: 4, viewportMargin: Infinity,
        inputStyle: 'contenteditable',
        extraKeys: {
          'Tab': function (c) {
            if (c.somethingSelected()) { c.indentSelection('add'); } else { c.replaceSelection('    '); }
          },
          'Shift-Tab': function (c) { c.indentSelection('subtract'); },
          'Esc': function () { escaped = true; },
          'Ctrl-Enter': function () { onRun(); },
          'Cmd-Enter': function () { onRun(); }
        }
      });
      cm.on('keydown', function (c, e) {
        if (e.key === 'Tab' && escaped) {
          e.codemirrorIgnore = true;
        } else if (e.key !== 'Escape' && e.key !== 'Shift') {
          escaped = false;
        }
      });
      cm.on('focus', function () { escaped = false; });
      cm.on('change', function () { cm.save(); onChange(cm.getValue()); });
      var input = cm.getInputField();
      var label = document.querySelector('label[for="' + area.id + '"]');
      input.setAttribute('aria-label', label ? label.textContent : 'Program');
      input.setAttribute('aria-multiline', 'true');
      if (area.getAttribute('aria-describedby')) {
        input.setAttribute('aria-describedby', area.getAttribute('aria-describedby'));
      }
      if (label) {
        label.addEventListener('click', function () { cm.focus(); });
      }
      cm.getWrapperElement().setAttribute('data-editor-for', area.id);
      area.glEditor = cm;
    }, function (e) {
      area.glEditorPending = false;
      if (window.console) {
        console.warn('GradLab: CodeMirror did not load; the plain text area stays:', e);
      }
    });
  }

  window.gradlabVendor = { renderMath: renderMath, editor: editor, katexReady: katexReady };

  function startJs() {
    return loadScript('js/gradlab.js').then(function () {
      var main = window.main;
      if (typeof main !== 'function') {
        throw new Error('js/gradlab.js did not define main');
      }
      main([]);
    });
  }

  function startWasm() {
    return loadScript('wasm/gradlab.wasm-runtime.js').then(function () {
      // Bytes rather than a URL: compiling does not then depend on the server's MIME type for .wasm.
      return fetch('wasm/gradlab.wasm');
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('wasm/gradlab.wasm: HTTP ' + response.status);
      }
      return response.arrayBuffer();
    }).then(function (bytes) {
      return window.TeaVM.wasmGC.load(new Uint8Array(bytes));
    }).then(function (teavm) {
      teavm.exports.main([]);
    });
  }

  function waitForJava() {
    return new Promise(function (resolve, reject) {
      var started = Date.now();
      (function poll() {
        if (window.gradlabJava) {
          resolve(window.gradlabJava);
        } else if (Date.now() - started > 10000) {
          reject(new Error('the engine started but did not register'));
        } else {
          setTimeout(poll, 10);
        }
      })();
    });
  }

  function errorJson(e) {
    return JSON.stringify({ error: { code: 'internal', message: String((e && e.message) || e),
      line: 1, column: 1, hint: null } });
  }

  function publish(engine, java) {
    window.gradlab = {
      ready: true,
      engine: engine,
      /** trace(source, inputsJson, outputOrNull) -> JSON string (a trace or {"error": ...}); never throws. */
      trace: function (source, inputsJson, output) {
        try {
          var inputs = inputsJson == null ? '{}'
            : (typeof inputsJson === 'string' ? inputsJson : JSON.stringify(inputsJson));
          return java.trace(source == null ? '' : String(source), inputs,
            output == null || output === '' ? null : String(output));
        } catch (e) {
          return errorJson(e);
        }
      },
      /** shared-core's cross-runtime suite as JSON, to compare with the JVM's. */
      selftest: function () { return java.selftest(); },
      /** "[7,10,15,22] [7,10,15,22] -2": EJML single- and multi-threaded paths in this engine. */
      ejmlCheck: function () { return java.ejmlCheck(); },
      /** attentionWorkload(n, d, reps) -> {"n","d","reps","medianMs","minMs","checksum"}: the timed attention workload. */
      attentionWorkload: function (n, d, reps) { return java.attention(n, d, reps); }
    };
    var el = document.getElementById('engine');
    if (el) {
      el.textContent = NAMES[engine];
      el.setAttribute('data-engine', engine);
    }
    document.documentElement.setAttribute('data-engine', engine);
    document.dispatchEvent(new CustomEvent('gradlab:ready', { detail: { engine: engine } }));
  }

  function fail(engine, e) {
    var el = document.getElementById('engine');
    if (el) {
      el.textContent = 'failed to start ' + NAMES[engine];
    }
    var err = document.getElementById('error');
    if (err) {
      err.textContent = 'Could not start the ' + NAMES[engine] + ' engine: ' + ((e && e.message) || e);
      err.hidden = false;
    }
    var status = document.getElementById('status');
    if (status) {
      status.textContent = 'The engine did not start.';
    }
    var appError = document.getElementById('app-error');
    if (appError) {
      appError.textContent = 'GradLab could not start its ' + NAMES[engine] + ' engine in this browser: '
        + ((e && e.message) || e) + '. Try reloading the page, or another browser.';
      appError.hidden = false;
    }
    window.gradlab = { ready: false, engine: engine, error: String((e && e.message) || e) };
  }

  function start(engine) {
    window.gradlabJava = null;
    return (engine === 'wasm' ? startWasm() : startJs()).then(waitForJava).then(function (java) {
      publish(engine, java);
    });
  }

  // ---- Offline: the service worker (sw.js) keeps the app shell, the engines, the vendor files and
  // the exercises already opened. Registered once the engine has started, so it never competes with
  // the first load. On a first visit the page loaded its files and documents before the worker was
  // in control (and some requests may still be on their way when it takes over), so from the moment
  // it is in control the page tells it every resource it has loaded, and goes on telling it of those
  // that finish later; the worker fetches and keeps the ones it may keep and does not have. ----

  function tellWorkerWhatWasLoaded() {
    var told = {};
    function tell(urls) {
      var worker = navigator.serviceWorker.controller;
      var fresh = urls.filter(function (u) { return !told[u]; });
      if (!worker || fresh.length === 0) {
        return;
      }
      fresh.forEach(function (u) { told[u] = true; });
      worker.postMessage({ type: 'cache', urls: fresh });
    }
    function names(entries) {
      return entries.map(function (e) { return e.name; });
    }
    tell([window.location.href.split('#')[0]].concat(names(performance.getEntriesByType('resource'))));
    if (typeof PerformanceObserver === 'function') {
      new PerformanceObserver(function (list) { tell(names(list.getEntries())); }).observe({ type: 'resource' });
    }
  }

  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) {
      return;
    }
    if (!navigator.serviceWorker.controller && window.performance && performance.getEntriesByType) {
      navigator.serviceWorker.addEventListener('controllerchange', tellWorkerWhatWasLoaded, { once: true });
    }
    navigator.serviceWorker.register('sw.js').catch(function (e) {
      if (window.console) {
        console.warn('GradLab: no offline mode (the service worker did not register):', e);
      }
    });
  }

  function afterStart() {
    if (document.readyState === 'complete') {
      setTimeout(registerServiceWorker, 0);
    } else {
      window.addEventListener('load', function () { setTimeout(registerServiceWorker, 0); });
    }
  }

  var forced = forcedEngine();
  var engine = forced || (wasmGcSupported() ? 'wasm' : 'js');
  start(engine).catch(function (e) {
    if (engine === 'wasm' && !forced) {
      if (window.console) {
        console.warn('GradLab: WasmGC failed, using JavaScript instead:', e);
      }
      return start('js').catch(function (e2) { fail('js', e2); });
    }
    fail(engine, e);
  }).then(afterStart, afterStart);
})();
