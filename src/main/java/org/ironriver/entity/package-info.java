/**
 * One entity and what surrounds it: the entity with its relationships, its neighbourhood
 * a page at a time, its timeline, its dossier ({@code /api/entities/**}). An id judged
 * the same as others answers for its cluster in each (docs/resolution.md).
 */
package org.ironriver.entity;
