/**
 * The ATF FFL listing format: licensees as dealers, manufacturers and importers, resolved
 * across renewals.
 */
package org.ironriver.ingest.ffl;
