/**
 * The facts format: subject, relation, object with evidence, mapped onto the model's
 * types.
 */
package org.ironriver.ingest.facts;
