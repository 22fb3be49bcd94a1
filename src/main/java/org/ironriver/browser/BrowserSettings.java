package org.ironriver.browser;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The script the application puts first in Neo4j Browser's page: it presets Browser's own
 * settings (kept in the page's local storage, {@code neo4j.*}) before Browser starts, so
 * Browser opens with ironriver's guide and style and without reaching outside the
 * application. Browser 5.24 (see docs/browser.md) would otherwise, on a Community server,
 * load Segment's analytics and Canny's feedback widget whenever it is connected (the
 * server setting that should stop them counts only on Enterprise), initialise Sentry, and
 * show a usage-data consent banner. The script:
 * <ul>
 * <li>turns off Browser's usage statistics and crash reports and marks the consent banner
 * as seen;</li>
 * <li>sets the command Browser runs once connected to play ironriver's guide (unless the
 * user chose another than Browser's default {@code :play start});</li>
 * <li>stores ironriver's style as Browser's current style (what {@code :style <url>}
 * does);</li>
 * <li>defines the globals Segment's and Canny's loaders look for, so they never add their
 * scripts, and refuses any fetch, XMLHttpRequest or beacon to another origin (the
 * database's Bolt WebSocket is not one of these), any script or stylesheet link from
 * another origin, and the web-font {@code @import} in Browser's bundled CSS.</li>
 * </ul>
 */
@Component
class BrowserSettings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BrowserStyle style;

	BrowserSettings(BrowserStyle style) {
		this.style = style;
	}

	String script() {
		return """
							(function () {
							  'use strict';
							  var origin = window.location.origin;
							  function read(key) {
							    try { return JSON.parse(window.localStorage.getItem('neo4j.' + key)) || {}; } catch (e) { return {}; }
							  }
							  function write(key, value) {
							    try { window.localStorage.setItem('neo4j.' + key, JSON.stringify(value)); } catch (e) { /* private mode */ }
							  }
							  var settings = read('settings');
							  settings.allowUserStats = false;
							  settings.allowCrashReports = false;
							  if (!settings.initCmd || settings.initCmd === ':play start') {
							    settings.initCmd = ':play ' + origin + '/guides/ironriver.html';
							  }
							  write('settings', settings);
							  var udc = read('udc');
							  udc.consentBannerShownCount = 100;
							  write('udc', udc);
							  write('grass', %s);

							  var noop = function () { return analytics; };
							  var analytics = { initialize: true, invoked: true };
							  ['track', 'identify', 'page', 'reset', 'group', 'alias', 'ready', 'on', 'off', 'once', 'debug',
							   'trackSubmit', 'trackClick', 'trackLink', 'trackForm', 'pageview', 'setAnonymousId',
							   'addSourceMiddleware', 'addIntegrationMiddleware', 'addDestinationMiddleware', 'load']
							    .forEach(function (name) { analytics[name] = noop; });
							  window.analytics = analytics;
							  window.Canny = function () {};
							  window.IsCannyLoaded = true;

							  function local(url) {
							    try { return new URL(url, window.location.href).origin === origin; } catch (e) { return false; }
							  }
							  function refused(url) {
							    return new TypeError('ironriver: Neo4j Browser may not reach ' + String(url).split('?')[0]);
							  }
							  var fetch = window.fetch;
							  window.fetch = function (input, init) {
							    var url = typeof input === 'string' ? input : input && input.url;
							    return local(url) ? fetch.call(window, input, init) : Promise.reject(refused(url));
							  };
							  var open = XMLHttpRequest.prototype.open;
							  XMLHttpRequest.prototype.open = function (method, url) {
							    if (!local(url)) { throw refused(url); }
							    return open.apply(this, arguments);
							  };
							  // Browser's bundled CSS imports web fonts from Google ("@import url(https://fonts.googleapis.com/...)",
							  // added as a style element's text); its own fonts are served with it, so the import is dropped.
							  function withoutForeignImports(css) {
							    return css.replace(/@import\\s+url\\(\\s*['"]?([^'")\\s]+)['"]?\\s*\\)[^;]*;?/gi, function (rule, url) {
							      return local(url) ? rule : '';
							    });
							  }
				// A loader whose global was deleted (Segment's, when Browser disconnects) would add
				// its script again.
				['insertBefore','appendChild'].forEach(function (method) {
							    var original = Node.prototype[method];
							    Node.prototype[method] = function (node) {
							      if (node && node.tagName === 'SCRIPT' && node.src && !local(node.src)) { return node; }
							      if (node && node.tagName === 'LINK' && node.href && !local(node.href)) { return node; }
							      if (node && node.nodeType === 3 && this.tagName === 'STYLE') { node.data = withoutForeignImports(node.data); }
							      if (node && node.tagName === 'STYLE' && node.textContent) {
							        node.textContent = withoutForeignImports(node.textContent);
							      }
							      return original.apply(this, arguments);
							    };
							  });
							  if (navigator.sendBeacon) {
							    var beacon = navigator.sendBeacon.bind(navigator);
							    navigator.sendBeacon = function (url, data) { return local(url) ? beacon(url, data) : false; };
							  }
							})();"""
			.formatted(JSON.writeValueAsString(style.rules()));

	}

}
