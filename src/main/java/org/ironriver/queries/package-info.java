/**
 * The query library: one copy of every query in {@code cypher/queries/}, loaded from the
 * classpath with its parameters and expectations, and the entity lookup every read
 * feature runs first. A leaf.
 */
package org.ironriver.queries;
