/**
 * The start-up report: where everything is, printed once the application is ready (the
 * start page is the explorer's).
 */
package org.ironriver.home;
