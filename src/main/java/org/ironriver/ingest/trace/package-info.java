/**
 * The trace-statistics format: published firearm-trace figures as flow observations with
 * their places.
 */
package org.ironriver.ingest.trace;
