/**
 * The graph model: node types, relationship types with the types they connect, and the
 * rules for business ids.
 */
package org.ironriver.model;
