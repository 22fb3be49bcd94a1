/**
 * Errors as answers: RFC 9457 problem details for every error the server gives, and the
 * exceptions that features throw for them, and the rules request parameters must meet
 * (each failing as a 400 with its reason).
 */
package org.ironriver.problems;
