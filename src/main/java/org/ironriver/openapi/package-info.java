/**
 * The OpenAPI document of the REST API: security, roles, error answers, media types and
 * tags, in one place.
 */
package org.ironriver.openapi;
