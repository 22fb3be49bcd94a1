/**
 * One entity and what surrounds it: the entity with its relationships, its neighbourhood
 * a page at a time, its timeline ({@code /api/entities/**}).
 */
package org.ironriver.entity;
