/**
 * The evidence vocabulary: the properties every relationship carries (sources, quote,
 * locator, valid and asserted dates, confidence) and the views that show them.
 */
package org.ironriver.evidence;
