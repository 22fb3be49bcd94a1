/**
 * Limits that keep one caller from taking the service from others: body sizes, JSON
 * depth, uploads and rate limits.
 */
package org.ironriver.limits;
