/**
 * Errors as answers: RFC 9457 problem details for every error the server gives, and the
 * exceptions that features throw for them.
 */
package org.ironriver.problems;
