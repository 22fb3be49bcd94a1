/**
 * The start page and the start-up report.
 */
package org.ironriver.home;
