/**
 * Neo4j Browser served by the application, and the WebSocket gateway that relays its Bolt
 * traffic with the caller's role (read-only for analysts) and the same query guard.
 */
package org.ironriver.browser;
