/**
 * Full-text search over names, aliases and identifiers ({@code /api/search}).
 */
package org.ironriver.search;
